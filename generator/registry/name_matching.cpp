#include "registry/name_matching.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace mspdoc {
namespace {

bool is_apostrophe(UChar32 c) {
  return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`' || c == U'\u00B4';
}

icu::UnicodeString decompose(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), int32_t(name.size())));
  if (U_FAILURE(status)) return text;
  icu::UnicodeString out = nfkd->normalize(text, status);
  return U_SUCCESS(status) ? out : text;
}

/// Appends the folded form of one decomposed code point; `space` records a pending separator.
void fold_char(UChar32 c, icu::UnicodeString& out, bool& space) {
  if (u_charType(c) == U_NON_SPACING_MARK || is_apostrophe(c)) return;
  if (c == U'&') {
    out.append(out.isEmpty() ? u"and" : u" and");
    space = true;
    return;
  }
  if (!u_isalnum(c)) {
    space = !out.isEmpty();
    return;
  }
  if (space) out.append(u' ');
  space = false;
  out.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1))
    out += char32_t(unicode.char32At(i));
  return out;
}

/// fold_name for plain ASCII, without ICU: the common case, and much faster.
std::string fold_ascii(std::string_view name) {
  std::string out;
  bool space = false;
  for (char raw : name) {
    unsigned char c = static_cast<unsigned char>(raw);
    if (c == '\'' || c == '`') continue;
    if (c == '&') {
      out += out.empty() ? "and" : " and";
      space = true;
    } else if (!std::isalnum(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += char(std::tolower(c));
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string fold_name(std::string_view name) {
  if (is_ascii(name)) return fold_ascii(name);
  icu::UnicodeString decomposed = decompose(name);
  icu::UnicodeString folded;
  bool space = false;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1))
    fold_char(decomposed.char32At(i), folded, space);
  std::string out;
  folded.toUTF8String(out);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::u32string code_points(std::string_view text) {
  return to_code_points(text);
}

std::size_t edit_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_best = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_best = std::min(row_best, current[j]);
    }
    if (row_best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  std::u32string a = to_code_points(a_text), b = to_code_points(b_text);
  return edit_distance_within(a, b, std::max(a.size(), b.size()));
}

}  // namespace mspdoc
