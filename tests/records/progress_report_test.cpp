#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(records_progress_report)

BOOST_AUTO_TEST_CASE(a_missing_required_field_stops_the_build) {
  expect_build_rejected(
      "<title>Test progress report: monitoring the *action plan*</title>", "",
      ":8: <progress-report> lacks <title>, which is required; found <title-note> where it belongs");
}

BOOST_AUTO_TEST_CASE(an_unknown_state_stops_the_build_with_a_suggestion) {
  expect_build_rejected("<state>Chile</state>", "<state>Slovakai</state>",
                        ":15: unknown State \"Slovakai\"; did you mean Slovakia?");
}

BOOST_AUTO_TEST_CASE(a_signatory_in_a_states_parties_set_stops_the_build) {
  expect_build_rejected(
      "<state>Croatia</state>", "<state>Angola</state>",
      ":16: Angola was a signatory on 18 September 2024, so it cannot be in set \"gender-form\" of States "
      "Parties (status=\"party\")");
}

BOOST_AUTO_TEST_CASE(malformed_xml_stops_the_build) {
  expect_build_rejected("</sets>", "</set>", "Opening and ending tag mismatch");
}

BOOST_AUTO_TEST_CASE(a_reference_to_a_missing_set_stops_the_build) {
  expect_build_rejected("<states set=\"signatories\" list=\"none\"/>",
                        "<states set=\"signatorie\" list=\"none\"/>", "no set has id \"signatorie\"");
}

BOOST_AUTO_TEST_SUITE_END()
