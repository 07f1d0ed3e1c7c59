// Each rule of the design notes with a failing and a passing example written for the purpose.
#include <boost/test/unit_test.hpp>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(check_list_rules)

BOOST_AUTO_TEST_CASE(count_mismatch) {
  auto wrong = DraftBuilder().paragraph(
      "1",
      "Nine States Parties (Belgium, Chile, Croatia, Japan, Lebanon, New Zealand, Peru and Spain) reported.");
  BOOST_TEST(only_message(wrong, "count-mismatch") ==
             "paragraph 1 says \"Nine States Parties\" but its list names 8 States");
  auto finding = with_rule(check(wrong.build()), "count-mismatch").front();
  BOOST_TEST(*finding.stated == 9);
  BOOST_TEST(*finding.listed == 8);
  BOOST_TEST(finding.names.size() == 8u);
  auto right = DraftBuilder().paragraph("1",
                                        "Eight States Parties (Belgium, Chile, Croatia, Japan, Lebanon, New "
                                        "Zealand, Peru and Spain) reported.");
  BOOST_TEST(count_rule(right, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(count_mismatch_counts_a_misspelt_state_as_a_state) {
  auto typo = DraftBuilder().paragraph("1", "Two States Parties (Chile and Slovakai) reported.");
  BOOST_TEST(count_rule(typo, "count-mismatch") == 0u);
  BOOST_TEST(count_rule(typo, "unknown-name") == 1u);
}

BOOST_AUTO_TEST_CASE(status_conflict_with_the_registry) {
  auto wrong = DraftBuilder().paragraph("1", "Two States Parties (Angola and Chile) reported.");
  BOOST_TEST(
      only_message(wrong, "status-conflict") ==
      "paragraph 1 lists Angola among States Parties, but on 18 September 2024 Angola was a signatory");
  auto right = DraftBuilder().paragraph("1", "Two signatory States (Angola and Cyprus) took part.");
  BOOST_TEST(count_rule(right, "status-conflict") == 0u);
}

BOOST_AUTO_TEST_CASE(status_conflict_within_the_document) {
  auto wrong = DraftBuilder()
                   .paragraph("1", "Two States Parties (Chile and Peru) reported.")
                   .paragraph("2", "Two States not party (Peru and Finland) attended.");
  BOOST_TEST(count_rule(wrong, "status-conflict") >= 1u);
  auto joined_in_period = DraftBuilder()
                              .paragraph("1", "One State not party (South Sudan) acceded during the period.")
                              .paragraph("2", "Two States Parties (Chile and South Sudan) reported.");
  BOOST_TEST(count_rule(joined_in_period, "status-conflict") == 0u);
}

BOOST_AUTO_TEST_CASE(unknown_name) {
  auto wrong = DraftBuilder().paragraph("1", "Two States Parties (Chile and State of Pelestine) reported.");
  BOOST_TEST(only_message(wrong, "unknown-name") ==
             "\"State of Pelestine\" in paragraph 1 is no known State; did you mean State of Palestine?");
  auto right = DraftBuilder().paragraph("1", "Two States Parties (Chile and State of Palestine) reported.");
  BOOST_TEST(count_rule(right, "unknown-name") == 0u);
}

BOOST_AUTO_TEST_CASE(name_variant_is_a_warning) {
  auto variant = DraftBuilder().paragraph("1", "Two States Parties (Chile and Lao PDR) reported.");
  auto found = with_rule(check(variant.build()), "name-variant");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST((found.front().severity == Severity::warning));
  BOOST_TEST(found.front().names == std::vector<std::string>{"Lao People's Democratic Republic"});
  auto right = DraftBuilder().paragraph(
      "1", "Two States Parties (Chile and the Lao People's Democratic Republic) reported.");
  BOOST_TEST(count_rule(right, "name-variant") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(check_list_rules_regressions)

BOOST_AUTO_TEST_CASE(regression_ccm_convention_status_2011_americas_region_list) {
  DraftBuilder draft;
  draft.paragraph("", "Americas (3) Chile, Equador and Saint Vincent and the Grenadines");
  BOOST_TEST(only_message(draft, "unknown-name") ==
             "\"Equador\" in the front matter is no known State; did you mean Ecuador?");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
  DraftBuilder short_by_one;
  short_by_one.paragraph("", "Pacific (4) Cook Islands, Fiji and Samoa");
  BOOST_TEST(only_message(short_by_one, "count-mismatch") ==
             "the front matter says \"4 States\" but its list names 3 States");
}

BOOST_AUTO_TEST_CASE(regression_ccm_hi_five_years_2015_a_date_after_a_name_is_a_remark) {
  DraftBuilder draft;
  draft.paragraph("1",
                  "Four new States signed: the Palestinian Territories, Canada, South Africa, Paraguay and "
                  "Slovakia since July 27th.");
  BOOST_TEST(only_message(draft, "count-mismatch") ==
             "paragraph 1 says \"Four new States\" but its list names 5 States");
  BOOST_TEST(only_message(draft, "name-variant") ==
             "\"the Palestinian Territories\" in paragraph 1: the UN name is \"State of Palestine\"");
  DraftBuilder lost_comma;
  lost_comma.paragraph("2", "Three States Parties (Chile, Japan Slovakia) met.");
  BOOST_TEST(only_message(lost_comma, "unknown-name") ==
             "\"Japan Slovakia\" in paragraph 2 is no known State or organization");
  BOOST_TEST(only_message(lost_comma, "count-mismatch") ==
             "paragraph 2 says \"Three States Parties\" but its list names 2 States");
}

BOOST_AUTO_TEST_CASE(regression_ccm_isu_website_pages_an_ampersand_is_a_name_variant) {
  DraftBuilder draft;
  draft.paragraph("1", "Two States Parties (Chile and Bosnia & Herzegovina) met.");
  BOOST_TEST(only_message(draft, "name-variant") ==
             "\"Bosnia & Herzegovina\" in paragraph 1: the UN name is \"Bosnia and Herzegovina\"");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_landmine_monitor_1999_africa_a_parenthesis_of_counts_is_no_list) {
  // "forty have signed (thirty-five ..., and another five since then--...)": the parenthesis holds
  // counts with lists of their own, so it is not the forty's list.
  DraftBuilder draft;
  draft.paragraph("1",
                  "Of the forty-eight countries in the region, forty have signed (thirty-five at the "
                  "conference, and another five since then--Chad, Mali, Niger, Togo and Benin).");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
  BOOST_TEST(count_rule(draft, "overlap") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_landmine_monitor_1999_americas_a_remark_before_the_colon) {
  DraftBuilder draft;
  draft.paragraph("1", "Three countries had ratified (in order of ratification): Canada, Mexico and Peru.");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
  DraftBuilder wrong;
  wrong.paragraph("1", "Four countries had ratified (in order of ratification): Canada, Mexico and Peru.");
  BOOST_TEST(only_message(wrong, "count-mismatch") ==
             "paragraph 1 says \"Four countries\" but its list names 3 States");
}

BOOST_AUTO_TEST_CASE(regression_landmine_monitor_1999_europe_a_former_name_is_a_variant) {
  DraftBuilder draft;
  draft.paragraph("1", "The two non-signatories are: Finland and FR Yugoslavia.");
  BOOST_TEST(count_rule(draft, "unknown-name") == 0u);
  BOOST_TEST(only_message(draft, "name-variant") ==
             "\"FR Yugoslavia\" in paragraph 1: the UN name is \"Serbia\"");
}

BOOST_AUTO_TEST_CASE(regression_ccm_convention_status_2011_a_total_over_regional_groups) {
  // "66 States Parties (by region)" above "Africa (17)", "Americas (13)" ...: the groups are the
  // total's list; a misspelt name in a group is reported once, in its group.
  DraftBuilder draft;
  draft.paragraph("", "3 States Parties (by region)");
  draft.paragraph("", "Africa (1) Ghana");
  draft.paragraph("", "Americas (2) Chile and Equador");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
  BOOST_TEST(count_rule(draft, "unknown-name") == 1u);
  DraftBuilder wrong;
  wrong.paragraph("", "4 States Parties (by region)");
  wrong.paragraph("", "Africa (1) Ghana");
  wrong.paragraph("", "Americas (2) Chile and Peru");
  BOOST_TEST(only_message(wrong, "count-mismatch") ==
             "the front matter says \"4 States Parties\" but its list names 3 States");
}

BOOST_AUTO_TEST_CASE(regression_12msp_final_report_paragraph_17_a_document_symbol_is_no_count) {
  DraftBuilder draft;
  draft.paragraph("17",
                  "The group presented its analysis: CCM/MSP/2024/4 (Chad) and CCM/MSP/2024/5 (Germany).");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_12msp_progress_report_paragraph_25_a_track_number_is_no_count) {
  DraftBuilder draft;
  draft.paragraph("25", "On track 1, Belgium and Germany coordinated with the other Coordinators.");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_12msp_progress_report_paragraph_141_sub_paragraphs_are_no_list) {
  // A sentence ending in a colon above sub-paragraphs that are sentences, not names.
  DraftBuilder draft;
  draft.paragraph("141", "During the period 3 States Parties reported new national measures:");
  draft.bullet("Mexico reported that it regards its existing law as enough to implement the Convention;");
  draft.bullet("Chile prepared administrative documents for one region; and");
  draft.bullet("Colombia adopted new legislation.");
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
  DraftBuilder names;
  names.paragraph("141", "The following 3 States Parties completed clearance:");
  names.bullet("Albania;");
  names.bullet("Grenada; and");
  BOOST_TEST(only_message(names, "count-mismatch") ==
             "paragraph 141 says \"3 States Parties\" but its list names 2 States");
}

BOOST_AUTO_TEST_SUITE(check_list_rules_status_in_the_document)

BOOST_AUTO_TEST_CASE(a_state_party_in_one_list_and_a_non_signatory_in_another_without_a_registry) {
  DraftBuilder builder;
  builder.paragraph("1", "Three States Parties (Chile, Peru and Mexico) reported.")
      .paragraph("2", "The two non-signatories are: Chile and Finland.");
  DraftDocument document = builder.undated().build();  // no treaty: no registry status checks
  auto found = with_rule(check(document), "status-conflict");
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(
      found.front().message ==
      "paragraph 2 counts Chile among States not party, but paragraph 1 counts it among States Parties");
}

BOOST_AUTO_TEST_CASE(signatories_that_ratified_are_no_conflict) {
  DraftBuilder builder;
  builder.paragraph("1", "Three signatories are: Chile, Peru and Mexico.")
      .paragraph("2", "Of the three signatories, two had ratified. They are: Chile and Peru.");
  DraftDocument document = builder.undated().build();
  BOOST_TEST(with_rule(check(document), "status-conflict").empty());
}

BOOST_AUTO_TEST_SUITE_END()
BOOST_AUTO_TEST_SUITE_END()
