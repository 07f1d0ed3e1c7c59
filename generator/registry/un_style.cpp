#include "registry/un_style.h"

#include <unicode/coll.h>
#include <unicode/rbnf.h>
#include <unicode/sortkey.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace mspdoc {
namespace {

icu::UnicodeString to_unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

/// ICU objects are costly to build and not thread-safe to share; one per thread.
const icu::Collator& un_collator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no English collation data");
    return made;
  }();
  return *collator;
}

icu::RuleBasedNumberFormat& spellout() {
  thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto made =
        std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no English spellout rules");
    return made;
  }();
  return *format;
}

}  // namespace

std::string number_in_words(long long n) {
  icu::UnicodeString words;
  spellout().format(int64_t(n), words);
  return to_utf8(words);
}

std::string count_in_text(long long n, Position where) {
  if (where == Position::sentence_start) return capitalize_first(number_in_words(n));
  if (n >= 0 && n <= 9) return number_in_words(n);
  return std::to_string(n);
}

std::string roman_numeral(int n) {
  static constexpr std::array<std::pair<int, const char*>, 13> kNumerals = {{{1000, "M"},
                                                                             {900, "CM"},
                                                                             {500, "D"},
                                                                             {400, "CD"},
                                                                             {100, "C"},
                                                                             {90, "XC"},
                                                                             {50, "L"},
                                                                             {40, "XL"},
                                                                             {10, "X"},
                                                                             {9, "IX"},
                                                                             {5, "V"},
                                                                             {4, "IV"},
                                                                             {1, "I"}}};
  std::string out;
  for (const auto& [value, numeral] : kNumerals)
    for (; n >= value; n -= value) out += numeral;
  return out;
}

std::string capitalize_first(std::string_view text) {
  if (text.empty()) return {};
  icu::UnicodeString unicode = to_unicode(text);
  UChar32 first = unicode.char32At(0);
  icu::UnicodeString out;
  out.append(u_toupper(first));
  out.append(unicode, U16_LENGTH(first), unicode.length() - U16_LENGTH(first));
  return to_utf8(out);
}

bool un_less(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  return un_collator().compareUTF8(icu::StringPiece(a.data(), int32_t(a.size())),
                                   icu::StringPiece(b.data(), int32_t(b.size())), status) == UCOL_LESS;
}

std::string un_sort_key(std::string_view name) {
  icu::UnicodeString text = to_unicode(name);
  const icu::Collator& collator = un_collator();
  int32_t size = collator.getSortKey(text, nullptr, 0);
  std::string key(std::size_t(size), '\0');
  collator.getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), size);
  if (!key.empty() && key.back() == '\0') key.pop_back();
  return key;
}

void sort_un(std::vector<std::string>& names) {
  sort_un_by(names, [](const std::string& name) -> const std::string& { return name; });
}

}  // namespace mspdoc
