#pragma once
/// UN editorial rules for numbers, lists and the order of names (UN Editorial Manual).

#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace mspdoc {

/// Where a word stands, which decides capitals and whether a number is written out.
enum class Position { running_text, sentence_start };

/// A whole number in English words from ICU's spellout rules: 39 → "thirty-nine", 0 → "zero".
std::string number_in_words(long long n);

/// A count as UN style writes it: one to nine in words, 10 and above in figures, and always in
/// words, capitalised, at the start of a sentence ("Thirty-nine").
std::string count_in_text(long long n, Position where = Position::running_text);

/// A chapter number as UN headings write it: 1 → "I", 4 → "IV", 1994 → "MCMXCIV".
std::string roman_numeral(int n);

/// Upper-cases the first letter (Unicode-aware), leaving the rest alone.
std::string capitalize_first(std::string_view text);

/// True when `a` sorts before `b` in UN alphabetical order (English collation, ICU):
/// "Bolivia (Plurinational State of)" under B, "Côte d'Ivoire" between "Costa Rica" and "Croatia".
bool un_less(std::string_view a, std::string_view b);

/// Sorts names in UN alphabetical order.
void sort_un(std::vector<std::string>& names);

/// Sorts any items in UN alphabetical order of the name `key` gives for each.
template <class T, class Key>
void sort_un_by(std::vector<T>& items, Key key);

/// ICU collation sort key for UN alphabetical order; byte order of keys is UN order.
std::string un_sort_key(std::string_view name);

}  // namespace mspdoc

#include <algorithm>

template <class T, class Key>
void mspdoc::sort_un_by(std::vector<T>& items, Key key) {
  std::vector<std::pair<std::string, T>> keyed;
  keyed.reserve(items.size());
  for (auto& item : items) keyed.emplace_back(un_sort_key(key(item)), std::move(item));
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < items.size(); ++i) items[i] = std::move(keyed[i].second);
}
