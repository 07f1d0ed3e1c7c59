// Each rule of the design notes with a failing and a passing example written for the purpose.
#include <boost/test/unit_test.hpp>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(check_text_rules)

BOOST_AUTO_TEST_CASE(placeholder) {
  auto wrong = DraftBuilder().paragraph(
      "1", "XX States Parties paid on time; the meeting is on (day month year) with (TBC).");
  BOOST_TEST(count_rule(wrong, "placeholder") == 3u);
  auto right =
      DraftBuilder().paragraph("1", "Forty States Parties paid on time; XXL and TBCs are not placeholders.");
  BOOST_TEST(count_rule(right, "placeholder") == 0u);
  auto unknown = DraftBuilder().paragraph("1", "The value is [not yet known].");
  BOOST_TEST((with_rule(check(unknown.build()), "placeholder").front().severity == Severity::warning));
}

BOOST_AUTO_TEST_CASE(numbering) {
  auto skipped = DraftBuilder().paragraph("1", "One.").paragraph("2", "Two.").paragraph("4", "Four.");
  BOOST_TEST(only_message(skipped, "numbering") == "paragraph 4 follows paragraph 2: 3 is missing");
  auto repeated = DraftBuilder().paragraph("1", "One.").paragraph("1", "One again.");
  BOOST_TEST(only_message(repeated, "numbering") == "paragraph number 1 is used twice");
  auto lone_a =
      DraftBuilder().heading(0, "I. Introduction").heading(1, "A. Only section").paragraph("1", "Text.");
  BOOST_TEST(count_rule(lone_a, "numbering") == 1u);
  auto right = DraftBuilder()
                   .heading(0, "I. Introduction")
                   .heading(1, "A. First")
                   .paragraph("1", "One.")
                   .heading(1, "B. Second")
                   .paragraph("2", "Two.")
                   .heading(0, "II. Next")
                   .paragraph("3", "Three.");
  BOOST_TEST(count_rule(right, "numbering") == 0u);
}

BOOST_AUTO_TEST_CASE(date_out_of_period) {
  auto wrong =
      DraftBuilder().paragraph("1", "All States Parties have declared compliance as of 31 December 2024.");
  BOOST_TEST(only_message(wrong, "date-out-of-period") ==
             "paragraph 1 says \"as of 31 December 2024\", after the document's date (18 September 2024)");
  auto right = DraftBuilder().paragraph("1", "As of 30 June 2024, 112 States had joined.");
  BOOST_TEST(count_rule(right, "date-out-of-period") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_landmine_monitor_1999_a_date_after_the_facts_stated_as_of) {
  // No dated masthead: the date the text states its facts as of decides; what is yet to come may
  // lie after it.
  DraftBuilder builder;
  builder.heading(1, "Signature and ratification");
  builder.paragraph(
      "", "As of 31 March 1999, five had signed: Chad on 11 August 1999 and Mali on 3 December 1997.");
  builder.paragraph("", "The next meeting will be held on 7 May 1999 as of 31 March 1999 plans.");
  DraftDocument document = builder.undated().build();
  auto found = with_rule(check(document), "date-out-of-period");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found.front().message ==
             "the text under \"Signature and ratification\" dates something 11 August 1999, after the date "
             "the document states its facts as of (31 March 1999)");
}

BOOST_AUTO_TEST_SUITE_END()
