#include "core/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace mspdoc {
namespace {

bool parse_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

constexpr std::array<const char*, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Date> Date::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  Date d;
  if (!parse_int(iso.substr(0, 4), d.year) || !parse_int(iso.substr(5, 2), d.month) ||
      !parse_int(iso.substr(8, 2), d.day))
    return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

Date Date::today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  return Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::un_style() const {
  return std::to_string(day) + " " + kMonthNames[month - 1] + " " + std::to_string(year);
}

std::optional<DateMention> un_date_at(std::string_view text, std::size_t at) {
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  if (!digit(at) || (at > 0 && (digit(at - 1) || std::isalpha(static_cast<unsigned char>(text[at - 1])))))
    return std::nullopt;
  std::size_t i = at;
  while (digit(i) && i - at < 2) ++i;
  if (digit(i) || i >= text.size() || text[i] != ' ') return std::nullopt;
  std::string_view day = text.substr(at, i - at);
  for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
    std::string_view month = kMonthNames[m];
    if (text.substr(i + 1, month.size()) != month || text.substr(i + 1 + month.size(), 1) != " ") continue;
    std::size_t year_at = i + 2 + month.size();
    if (!(digit(year_at) && digit(year_at + 1) && digit(year_at + 2) && digit(year_at + 3)) ||
        digit(year_at + 4))
      return std::nullopt;
    std::string iso = std::string(text.substr(year_at, 4)) + "-" + (m < 9 ? "0" : "") +
                      std::to_string(m + 1) + "-" + (day.size() == 1 ? "0" : "") + std::string(day);
    auto date = Date::parse(iso);
    if (!date) return std::nullopt;
    return DateMention{at, year_at + 4 - at, *date};
  }
  return std::nullopt;
}

std::vector<DateMention> find_un_dates(std::string_view text) {
  std::vector<DateMention> found;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (auto mention = un_date_at(text, i)) {
      found.push_back(*mention);
      i = mention->offset + mention->length;
    }
  return found;
}

std::vector<DateMention> find_month_years(std::string_view text) {
  std::vector<DateMention> found;
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t m = 0; m < kMonthNames.size(); ++m) {
    std::string_view month = kMonthNames[m];
    for (std::size_t at = text.find(month); at != std::string_view::npos; at = text.find(month, at + 1)) {
      std::size_t year_at = at + month.size() + 1;
      if (text.substr(at + month.size(), 1) != " " ||
          !(digit(year_at) && digit(year_at + 1) && digit(year_at + 2) && digit(year_at + 3)) ||
          digit(year_at + 4))
        continue;
      bool after_day = at >= 2 && text[at - 1] == ' ' && digit(at - 2);
      if (after_day) continue;  // "30 June 2024": a full date
      int year = std::stoi(std::string(text.substr(year_at, 4)));
      int number = int(m) + 1;
      found.push_back(DateMention{at, year_at + 4 - at, Date{year, number, days_in_month(year, number)}});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const DateMention& a, const DateMention& b) { return a.offset < b.offset; });
  return found;
}

Date Date::plus_months(int months) const {
  int index = year * 12 + (month - 1) + months;
  Date later{index / 12, index % 12 + 1, 1};
  later.day = std::min(day, days_in_month(later.year, later.month));
  return later;
}

Date Date::first_day_of_month_after(int months) const {
  Date later = plus_months(months);
  later.day = 1;
  return later;
}

std::optional<SourcedDate> first_date(
    const std::vector<std::pair<std::optional<Date>, std::string>>& candidates) {
  for (const auto& [date, source] : candidates)
    if (date) return SourcedDate{*date, source};
  return std::nullopt;
}

}  // namespace mspdoc
