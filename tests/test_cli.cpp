#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.h"
#include "test_support.h"

using namespace mspdoc;

namespace {

using Run = testing::CliRun;

Run run(const std::vector<std::string>& args) { return testing::run_mspdoc(args); }

}  // namespace

BOOST_AUTO_TEST_SUITE(cli)

BOOST_AUTO_TEST_CASE(states_json_lists_112_parties_on_30_june_2024) {
  Run r = run({"states", "--at", "2024-06-30", "--status", "party", "--format", "json"});
  BOOST_TEST(r.code == 0);
  auto parsed = nlohmann::json::parse(r.out);
  BOOST_TEST(parsed.size() == 112u);
  BOOST_TEST(parsed[0]["iso3"] == "AFG");
  BOOST_TEST(parsed[0]["name"] == "Afghanistan");
  BOOST_TEST(run({"states", "--at=2025-06-30", "--status=party", "--format=json"}).out.find("\"LTU\"") ==
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(states_text_lists_code_and_name_and_a_summary) {
  Run r = run({"states", "--at", "2024-06-30", "--status", "signatory"});
  BOOST_TEST(r.code == 0);
  BOOST_TEST(r.out.rfind("AGO  Angola\nCAF  Central African Republic\n", 0) == 0);
  BOOST_TEST(r.err == "12 signatories to the Convention on Cluster Munitions on 30 June 2024\n");
}

BOOST_AUTO_TEST_CASE(resolve_names_each_state_and_suggests_for_typos) {
  Run r = run({"states", "resolve", "Lao PDR", "Bosnia & Herzegovina", "Cote d'Ivoire", "State of Pelestine"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.out ==
             "Lao PDR: Lao People's Democratic Republic (LAO)\n"
             "Bosnia & Herzegovina: Bosnia and Herzegovina (BIH)\n"
             "Cote d'Ivoire: Côte d'Ivoire (CIV)\n"
             "State of Pelestine: unknown; did you mean State of Palestine?\n");
  BOOST_TEST(r.err == "mspdoc states resolve: 1 of 4 names are no known State\n");
}

BOOST_AUTO_TEST_CASE(resolve_exits_zero_when_every_name_is_known) {
  BOOST_TEST(run({"states", "resolve", "UK", "Turkey"}).code == 0);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2_with_one_line) {
  Run bad_date = run({"states", "--at", "2024-02-30"});
  BOOST_TEST(bad_date.code == 2);
  BOOST_TEST(bad_date.err == "mspdoc states: --at wants a date YYYY-MM-DD, not \"2024-02-30\"\n");
  BOOST_TEST(run({"states", "--status", "observer"}).code == 2);
  BOOST_TEST(run({"states", "--bogus"}).err == "mspdoc states: unknown option --bogus (see mspdoc states --help)\n");
  BOOST_TEST(run({"frobnicate"}).code == 2);
  BOOST_TEST(run({}).code == 2);
}

BOOST_AUTO_TEST_CASE(help_teaches_each_command) {
  Run top = run({"--help"});
  BOOST_TEST(top.code == 0);
  BOOST_TEST(top.out.find("mspdoc states resolve NAME") != std::string::npos);
  Run states = run({"states", "--help"});
  BOOST_TEST(states.out.find("Examples:") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
