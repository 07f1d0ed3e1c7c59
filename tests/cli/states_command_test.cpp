#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(cli_states_command)

BOOST_AUTO_TEST_CASE(states_json_lists_112_parties_on_30_june_2024) {
  CliRun r = run_mspdoc({"states", "--at", "2024-06-30", "--status", "party", "--format", "json"});
  BOOST_TEST(r.code == 0);
  auto parsed = nlohmann::json::parse(r.out);
  BOOST_TEST(parsed.size() == 112u);
  BOOST_TEST(parsed[0]["iso3"] == "AFG");
  BOOST_TEST(parsed[0]["name"] == "Afghanistan");
  BOOST_TEST(
      run_mspdoc({"states", "--at=2025-06-30", "--status=party", "--format=json"}).out.find("\"LTU\"") ==
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(states_text_lists_code_and_name_and_a_summary) {
  CliRun r = run_mspdoc({"states", "--at", "2024-06-30", "--status", "signatory"});
  BOOST_TEST(r.code == 0);
  BOOST_TEST(r.out.rfind("AGO  Angola\nCAF  Central African Republic\n", 0) == 0);
  BOOST_TEST(r.err == "12 signatories to the Convention on Cluster Munitions on 30 June 2024\n");
}

BOOST_AUTO_TEST_CASE(resolve_names_each_state_and_suggests_for_typos) {
  CliRun r = run_mspdoc(
      {"states", "resolve", "Lao PDR", "Bosnia & Herzegovina", "Cote d'Ivoire", "State of Pelestine"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.out ==
             "Lao PDR: Lao People's Democratic Republic (LAO)\n"
             "Bosnia & Herzegovina: Bosnia and Herzegovina (BIH)\n"
             "Cote d'Ivoire: Côte d'Ivoire (CIV)\n"
             "State of Pelestine: unknown; did you mean State of Palestine?\n");
  BOOST_TEST(r.err == "mspdoc states resolve: 1 of 4 names are no known State\n");
}

BOOST_AUTO_TEST_CASE(resolve_exits_zero_when_every_name_is_known) {
  BOOST_TEST(run_mspdoc({"states", "resolve", "UK", "Turkey"}).code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
