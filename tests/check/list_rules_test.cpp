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
