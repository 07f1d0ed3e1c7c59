// Each rule of the design notes with a failing and a passing example written for the purpose.
#include <boost/test/unit_test.hpp>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(check_restatement_rules)

BOOST_AUTO_TEST_CASE(total_mismatch) {
  auto wrong = DraftBuilder()
                   .paragraph("1",
                              "Thirteen States Parties (Afghanistan, Albania, Chad, Chile, Croatia, Germany, "
                              "Iraq, Lebanon, Mauritania, Montenegro, Peru, Somalia and South Sudan) "
                              "reported clearance obligations under Article 4 for contaminated land.")
                   .paragraph("2",
                              "Of the 14 States Parties that reported clearance obligations under Article 4 "
                              "for contaminated land, few finished.");
  BOOST_TEST(count_rule(wrong, "total-mismatch") == 1u);
  auto right = DraftBuilder()
                   .paragraph("1",
                              "Thirteen States Parties (Afghanistan, Albania, Chad, Chile, Croatia, Germany, "
                              "Iraq, Lebanon, Mauritania, Montenegro, Peru, Somalia and South Sudan) "
                              "reported clearance obligations under Article 4 for contaminated land.")
                   .paragraph("2",
                              "Of the 13 States Parties that reported clearance obligations under Article 4 "
                              "for contaminated land, few finished.");
  BOOST_TEST(count_rule(right, "total-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(indicator_mismatch) {
  auto build = [](const std::string& summary_count) {
    return DraftBuilder()
        .heading(0, "II. Report summary")
        .bullet(summary_count +
                " States Parties requested support for national legislation enforcing the Convention.")
        .heading(0, "III. Monitoring progress")
        .cell(0, 0, 0, "Action 48")
        .cell(0, 0, 1, "04 SPs requested support for national legislation enforcing the Convention.");
  };
  BOOST_TEST(
      only_message(build("03"), "indicator-mismatch") ==
      "the report summary says 3 States Parties requested support for national legislation enforcing the "
      "Convention; the table for Action 48 says 4");
  BOOST_TEST(count_rule(build("04"), "indicator-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(total_mismatch_between_two_wordings_of_one_group) {
  auto draft =
      DraftBuilder()
          .paragraph("1", "The 13 States parties with stockpiles reported on destruction.")
          .paragraph("2",
                     "Of the 14 States parties that have declared obligations to destroy stockpiles, "
                     "most have finished.");
  BOOST_TEST(
      only_message(draft, "total-mismatch") ==
      "paragraph 2 speaks of the 14 States parties that have declared obligations to destroy stockpiles; "
      "paragraph 1 says 13");
  auto other_article =
      DraftBuilder()
          .paragraph("1", "All 41 States Parties with Article 3 obligations have declared compliance.")
          .paragraph("2",
                     "Two of the 12 States Parties with Article 5 obligations (Chile and Peru) "
                     "reported.");
  BOOST_TEST(count_rule(other_article, "total-mismatch") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
