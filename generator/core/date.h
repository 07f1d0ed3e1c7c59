#pragma once
/// Calendar dates as treaties and UN documents use them: whole days, no time zone.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mspdoc {

/// A day of the Gregorian calendar.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  /// Reads YYYY-MM-DD; nullopt unless it is a real calendar day.
  static std::optional<Date> parse(std::string_view iso);
  /// Today in UTC.
  static Date today();

  /// "2024-06-30".
  std::string iso() const;
  /// "30 June 2024", as UN documents write dates.
  std::string un_style() const;
  /// The same day `months` calendar months later, or the month's last day where it is shorter.
  Date plus_months(int months) const;
  /// The first day of the month that lies `months` calendar months after this date's month.
  Date first_day_of_month_after(int months) const;

  auto operator<=>(const Date&) const = default;
};

/// Number of days in a month of a year.
int days_in_month(int year, int month);

/// A date written in UN style ("30 June 2024") where it stands in a text.
struct DateMention {
  std::size_t offset = 0, length = 0;
  Date date;
};

/// The date written "30 June 2024" that starts at `at`, if one does.
std::optional<DateMention> un_date_at(std::string_view text, std::size_t at);

/// Every date written "30 June 2024" in `text`, in order.
std::vector<DateMention> find_un_dates(std::string_view text);

/// Every month written with its year and no day ("September 2011", "by 2o September 2011"), in
/// order, each dated the last day of its month: the latest day it may mean.
std::vector<DateMention> find_month_years(std::string_view text);

/// A date and where it came from ("--as-of", "masthead", "reporting period", ...).
struct SourcedDate {
  Date date;
  std::string source;
};

/// The first of `candidates` (in order of precedence) that holds a date; nullopt when none does.
/// The generator and the checker both choose the date that decides statuses through it.
std::optional<SourcedDate> first_date(
    const std::vector<std::pair<std::optional<Date>, std::string>>& candidates);

}  // namespace mspdoc
