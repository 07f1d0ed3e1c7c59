#include "name_matching.h"

#include <algorithm>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) out += char32_t(unicode.char32At(i));
  return out;
}

}  // namespace

std::string fold_name(std::string_view name) {
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

std::size_t edit_distance(std::string_view a_text, std::string_view b_text) {
  std::u32string a = to_code_points(a_text), b = to_code_points(b_text);
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

}  // namespace mspdoc
