// Calendar dates: parsing, ISO and UN style, month arithmetic, and "30 June 2024" found in text.
#include "core/date.h"

#include <boost/test/unit_test.hpp>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

using namespace mspdoc;

namespace {

/// "OFFSET+LENGTH=ISO" for each mention, to compare in one go.
std::vector<std::string> mentions(const std::vector<DateMention>& found) {
  std::vector<std::string> out;
  for (const DateMention& m : found)
    out.push_back(std::to_string(m.offset) + "+" + std::to_string(m.length) + "=" + m.date.iso());
  return out;
}

Date day(int year, int month, int day_of_month) {
  return Date{year, month, day_of_month};
}

std::string parsed(const char* iso) {
  auto date = Date::parse(iso);
  return date ? date->iso() : "(none)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(core_date)

BOOST_AUTO_TEST_CASE(parse_accepts_only_real_calendar_days) {
  BOOST_TEST(parsed("2024-06-30") == "2024-06-30");
  BOOST_TEST(parsed("2024-02-29") == "2024-02-29");
  BOOST_TEST(parsed("2000-02-29") == "2000-02-29");
  BOOST_TEST(parsed("2023-02-29") == "(none)");
  BOOST_TEST(parsed("1900-02-29") == "(none)");
  BOOST_TEST(parsed("2024-06-31") == "(none)");
  BOOST_TEST(parsed("2024-13-01") == "(none)");
  BOOST_TEST(parsed("2024-00-10") == "(none)");
  BOOST_TEST(parsed("2024-06-00") == "(none)");
  BOOST_TEST(parsed("2024-6-30") == "(none)");
  BOOST_TEST(parsed("2024/06/30") == "(none)");
  BOOST_TEST(parsed("+024-06-30") == "(none)");
  BOOST_TEST(parsed("2024-06-30T00") == "(none)");
  BOOST_TEST(parsed("") == "(none)");
  BOOST_TEST(days_in_month(2024, 2) == 29);
  BOOST_TEST(days_in_month(2023, 2) == 28);
  BOOST_TEST(days_in_month(1900, 2) == 28);
  BOOST_TEST(days_in_month(2000, 2) == 29);
  BOOST_TEST(days_in_month(2024, 4) == 30);
  BOOST_TEST(days_in_month(2024, 12) == 31);
}

BOOST_AUTO_TEST_CASE(dates_are_written_in_iso_and_un_style_and_ordered_by_day) {
  BOOST_TEST(day(2024, 6, 30).iso() == "2024-06-30");
  BOOST_TEST(day(2024, 6, 30).un_style() == "30 June 2024");
  BOOST_TEST(day(987, 1, 5).iso() == "0987-01-05");
  BOOST_TEST(day(2024, 1, 5).un_style() == "5 January 2024");
  BOOST_TEST(day(2023, 12, 1).un_style() == "1 December 2023");
  BOOST_TEST(Date{}.iso() == "1970-01-01");
  BOOST_TEST((day(2024, 6, 30) < day(2024, 7, 1)));
  BOOST_TEST((day(2023, 12, 31) < day(2024, 1, 1)));
  BOOST_TEST((day(2024, 6, 30) == *Date::parse("2024-06-30")));

  std::time_t before = std::time(nullptr);
  Date today = Date::today();
  std::time_t after = std::time(nullptr);
  auto utc_day = [](std::time_t t) {
    std::tm parts{};
    gmtime_r(&t, &parts);
    return Date{parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday}.iso();
  };
  BOOST_TEST((today.iso() == utc_day(before) || today.iso() == utc_day(after)), today.iso());
}

BOOST_AUTO_TEST_CASE(adding_months_keeps_the_day_or_takes_the_shorter_months_last) {
  BOOST_TEST(day(2024, 1, 31).plus_months(1).iso() == "2024-02-29");
  BOOST_TEST(day(2023, 1, 31).plus_months(1).iso() == "2023-02-28");
  BOOST_TEST(day(2024, 8, 31).plus_months(6).iso() == "2025-02-28");
  BOOST_TEST(day(2024, 11, 15).plus_months(3).iso() == "2025-02-15");
  BOOST_TEST(day(2024, 6, 30).plus_months(12).iso() == "2025-06-30");
  BOOST_TEST(day(2024, 3, 31).plus_months(-1).iso() == "2024-02-29");
  BOOST_TEST(day(2024, 1, 15).plus_months(-1).iso() == "2023-12-15");
  BOOST_TEST(day(2024, 5, 20).plus_months(0).iso() == "2024-05-20");
  BOOST_TEST(day(2024, 6, 30).first_day_of_month_after(6).iso() == "2024-12-01");
  BOOST_TEST(day(2024, 12, 15).first_day_of_month_after(1).iso() == "2025-01-01");
  BOOST_TEST(day(2024, 1, 31).first_day_of_month_after(1).iso() == "2024-02-01");
  BOOST_TEST(day(2024, 1, 31).first_day_of_month_after(0).iso() == "2024-01-01");
}

BOOST_AUTO_TEST_CASE(un_dates_are_found_where_written_and_only_real_days_count) {
  std::string text =
      "From 1 July 2023 to 30 June 2024; not 31 June 2024, 130 June 2024, x5 May 2024 or 5 May 20245.";
  BOOST_TEST(mentions(find_un_dates(text)) ==
             (std::vector<std::string>{"5+11=2023-07-01", "20+12=2024-06-30"}));
  BOOST_TEST(mentions(find_un_dates("09 May 2024,1 May 2024")) ==
             (std::vector<std::string>{"0+11=2024-05-09", "12+10=2024-05-01"}));
  BOOST_TEST(find_un_dates("5 may 2024, 5 Mayo 2024, 5  May 2024, June 2024").empty());

  auto at = un_date_at("on 5 May 2024.", 3);
  BOOST_TEST_REQUIRE(at.has_value());
  BOOST_TEST(at->offset == 3u);
  BOOST_TEST(at->length == 10u);
  BOOST_TEST(at->date.iso() == "2024-05-05");
  BOOST_TEST(!un_date_at("on 5 May 2024.", 2).has_value());
  BOOST_TEST(!un_date_at("on 15 May 2024.", 4).has_value());
  BOOST_TEST(!un_date_at("on 5 May 2024", 100).has_value());
}

BOOST_AUTO_TEST_CASE(a_month_with_its_year_and_no_day_means_its_last_day) {
  auto found =
      find_month_years("In February 2024, and by 2o September 2011, but not on 3 March 2020 or in May.");
  BOOST_TEST_REQUIRE(found.size() == 2u);
  BOOST_TEST(found[0].date.iso() == "2024-02-29");
  BOOST_TEST(found[0].offset == 3u);
  BOOST_TEST(found[0].length == std::string("February 2024").size());
  BOOST_TEST(found[1].date.iso() == "2011-09-30");
}

BOOST_AUTO_TEST_SUITE_END()
