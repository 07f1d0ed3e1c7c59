// Each rule of the design notes with a failing and a passing example written for the purpose.

#include <boost/test/unit_test.hpp>

#include "checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::size_t count(const DraftBuilder& builder, const std::string& rule) {
  return with_rule(check(builder.build()), rule).size();
}

std::string only_message(const DraftBuilder& builder, const std::string& rule) {
  auto found = with_rule(check(builder.build()), rule);
  BOOST_TEST_REQUIRE(found.size() == 1u, rule);
  return found.front().message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(checker_rules)

BOOST_AUTO_TEST_CASE(count_mismatch) {
  auto wrong = DraftBuilder().paragraph("1", "Nine States Parties (Belgium, Chile, Croatia, Japan, Lebanon, New Zealand, Peru and Spain) reported.");
  BOOST_TEST(only_message(wrong, "count-mismatch") == "paragraph 1 says \"Nine States Parties\" but its list names 8 States");
  auto finding = with_rule(check(wrong.build()), "count-mismatch").front();
  BOOST_TEST(*finding.stated == 9);
  BOOST_TEST(*finding.listed == 8);
  BOOST_TEST(finding.names.size() == 8u);
  auto right = DraftBuilder().paragraph("1", "Eight States Parties (Belgium, Chile, Croatia, Japan, Lebanon, New Zealand, Peru and Spain) reported.");
  BOOST_TEST(count(right, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(count_mismatch_counts_a_misspelt_state_as_a_state) {
  auto typo = DraftBuilder().paragraph("1", "Two States Parties (Chile and Slovakai) reported.");
  BOOST_TEST(count(typo, "count-mismatch") == 0u);
  BOOST_TEST(count(typo, "unknown-name") == 1u);
}

BOOST_AUTO_TEST_CASE(not_a_subset) {
  auto wrong = DraftBuilder().paragraph("1", "Of the three States Parties (Chile, Peru and Spain) that asked, of these, two (Chile and Japan) received help.");
  BOOST_TEST(only_message(wrong, "not-a-subset") ==
             "Japan is in the list of \"two States Parties\" but not among the 3 States Parties of paragraph 1");
  auto right = DraftBuilder().paragraph("1", "Of the three States Parties (Chile, Peru and Spain) that asked, of these, two (Chile and Peru) received help.");
  BOOST_TEST(count(right, "not-a-subset") == 0u);
}

BOOST_AUTO_TEST_CASE(not_a_subset_for_bullets_under_a_paragraph) {
  auto wrong = DraftBuilder()
                   .paragraph("85", "Three States Parties (Austria, Belgium and Chile) gave assistance.")
                   .bullet("Two States (Andorra and Austria) gave assistance for Article 5.");
  BOOST_TEST(with_rule(check(wrong.build()), "not-a-subset").front().names == std::vector<std::string>{"Andorra"});
  auto right = DraftBuilder()
                   .paragraph("85", "Three States Parties (Austria, Belgium and Chile) gave assistance.")
                   .bullet("Two States (Belgium and Austria) gave assistance for Article 5.");
  BOOST_TEST(count(right, "not-a-subset") == 0u);
}

BOOST_AUTO_TEST_CASE(overlap) {
  auto wrong = DraftBuilder().paragraph("1", "Two States Parties (Nigeria and South Sudan) asked. An additional two States Parties (Senegal and Nigeria) asked too.");
  BOOST_TEST(with_rule(check(wrong.build()), "overlap").front().names == std::vector<std::string>{"Nigeria"});
  auto right = DraftBuilder().paragraph("1", "Two States Parties (Nigeria and South Sudan) asked. An additional two States Parties (Senegal and Seychelles) asked too.");
  BOOST_TEST(count(right, "overlap") == 0u);
}

BOOST_AUTO_TEST_CASE(status_conflict_with_the_registry) {
  auto wrong = DraftBuilder().paragraph("1", "Two States Parties (Angola and Chile) reported.");
  BOOST_TEST(only_message(wrong, "status-conflict") ==
             "paragraph 1 lists Angola among States Parties, but on 18 September 2024 Angola was a signatory");
  auto right = DraftBuilder().paragraph("1", "Two signatory States (Angola and Cyprus) took part.");
  BOOST_TEST(count(right, "status-conflict") == 0u);
}

BOOST_AUTO_TEST_CASE(status_conflict_within_the_document) {
  auto wrong = DraftBuilder()
                   .paragraph("1", "Two States Parties (Chile and Peru) reported.")
                   .paragraph("2", "Two States not party (Peru and Finland) attended.");
  BOOST_TEST(count(wrong, "status-conflict") >= 1u);
  auto joined_in_period = DraftBuilder()
                              .paragraph("1", "One State not party (South Sudan) acceded during the period.")
                              .paragraph("2", "Two States Parties (Chile and South Sudan) reported.");
  BOOST_TEST(count(joined_in_period, "status-conflict") == 0u);
}

BOOST_AUTO_TEST_CASE(unknown_name) {
  auto wrong = DraftBuilder().paragraph("1", "Two States Parties (Chile and State of Pelestine) reported.");
  BOOST_TEST(only_message(wrong, "unknown-name") ==
             "\"State of Pelestine\" in paragraph 1 is no known State; did you mean State of Palestine?");
  auto right = DraftBuilder().paragraph("1", "Two States Parties (Chile and State of Palestine) reported.");
  BOOST_TEST(count(right, "unknown-name") == 0u);
}

BOOST_AUTO_TEST_CASE(name_variant_is_a_warning) {
  auto variant = DraftBuilder().paragraph("1", "Two States Parties (Chile and Lao PDR) reported.");
  auto found = with_rule(check(variant.build()), "name-variant");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST((found.front().severity == Severity::warning));
  BOOST_TEST(found.front().names == std::vector<std::string>{"Lao People's Democratic Republic"});
  auto right = DraftBuilder().paragraph("1", "Two States Parties (Chile and the Lao People's Democratic Republic) reported.");
  BOOST_TEST(count(right, "name-variant") == 0u);
}

BOOST_AUTO_TEST_CASE(total_mismatch) {
  auto wrong = DraftBuilder()
                   .paragraph("1", "Thirteen States Parties (Afghanistan, Albania, Chad, Chile, Croatia, Germany, Iraq, Lebanon, Mauritania, Montenegro, Peru, Somalia and South Sudan) reported clearance obligations under Article 4 for contaminated land.")
                   .paragraph("2", "Of the 14 States Parties that reported clearance obligations under Article 4 for contaminated land, few finished.");
  BOOST_TEST(count(wrong, "total-mismatch") == 1u);
  auto right = DraftBuilder()
                   .paragraph("1", "Thirteen States Parties (Afghanistan, Albania, Chad, Chile, Croatia, Germany, Iraq, Lebanon, Mauritania, Montenegro, Peru, Somalia and South Sudan) reported clearance obligations under Article 4 for contaminated land.")
                   .paragraph("2", "Of the 13 States Parties that reported clearance obligations under Article 4 for contaminated land, few finished.");
  BOOST_TEST(count(right, "total-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(indicator_mismatch) {
  auto build = [](const std::string& summary_count) {
    return DraftBuilder()
        .heading(0, "II. Report summary")
        .bullet(summary_count + " States Parties requested support for national legislation enforcing the Convention.")
        .heading(0, "III. Monitoring progress")
        .cell(0, 0, 0, "Action 48")
        .cell(0, 0, 1, "04 SPs requested support for national legislation enforcing the Convention.");
  };
  BOOST_TEST(only_message(build("03"), "indicator-mismatch") ==
             "the report summary says 3 States Parties requested support for national legislation enforcing the "
             "Convention; the table for Action 48 says 4");
  BOOST_TEST(count(build("04"), "indicator-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(arithmetic) {
  auto parts = DraftBuilder().paragraph("1", "65 States Parties adopted measures; of these 32 adopted legislation and 31 found existing law sufficient.");
  BOOST_TEST(count(parts, "arithmetic") == 1u);
  auto adds_up = DraftBuilder().paragraph("1", "65 States Parties adopted measures; of these 32 adopted legislation and 33 found existing law sufficient.");
  BOOST_TEST(count(adds_up, "arithmetic") == 0u);
  auto too_many = DraftBuilder().paragraph("1", "113 of 112 States Parties reported.");
  BOOST_TEST(count(too_many, "arithmetic") == 1u);
}

BOOST_AUTO_TEST_CASE(placeholder) {
  auto wrong = DraftBuilder().paragraph("1", "XX States Parties paid on time; the meeting is on (day month year) with (TBC).");
  BOOST_TEST(count(wrong, "placeholder") == 3u);
  auto right = DraftBuilder().paragraph("1", "Forty States Parties paid on time; XXL and TBCs are not placeholders.");
  BOOST_TEST(count(right, "placeholder") == 0u);
  auto unknown = DraftBuilder().paragraph("1", "The value is [not yet known].");
  BOOST_TEST((with_rule(check(unknown.build()), "placeholder").front().severity == Severity::warning));
}

BOOST_AUTO_TEST_CASE(numbering) {
  auto skipped = DraftBuilder().paragraph("1", "One.").paragraph("2", "Two.").paragraph("4", "Four.");
  BOOST_TEST(only_message(skipped, "numbering") == "paragraph 4 follows paragraph 2: 3 is missing");
  auto repeated = DraftBuilder().paragraph("1", "One.").paragraph("1", "One again.");
  BOOST_TEST(only_message(repeated, "numbering") == "paragraph number 1 is used twice");
  auto lone_a = DraftBuilder().heading(0, "I. Introduction").heading(1, "A. Only section").paragraph("1", "Text.");
  BOOST_TEST(count(lone_a, "numbering") == 1u);
  auto right = DraftBuilder()
                   .heading(0, "I. Introduction").heading(1, "A. First").paragraph("1", "One.")
                   .heading(1, "B. Second").paragraph("2", "Two.").heading(0, "II. Next").paragraph("3", "Three.");
  BOOST_TEST(count(right, "numbering") == 0u);
}

BOOST_AUTO_TEST_CASE(date_out_of_period) {
  auto wrong = DraftBuilder().paragraph("1", "All States Parties have declared compliance as of 31 December 2024.");
  BOOST_TEST(only_message(wrong, "date-out-of-period") ==
             "paragraph 1 says \"as of 31 December 2024\", after the document's date (18 September 2024)");
  auto right = DraftBuilder().paragraph("1", "As of 30 June 2024, 112 States had joined.");
  BOOST_TEST(count(right, "date-out-of-period") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
