#include "cli/cli.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(cli_cli)

BOOST_AUTO_TEST_CASE(usage_errors_exit_2_with_one_line) {
  CliRun bad_date = run_mspdoc({"states", "--at", "2024-02-30"});
  BOOST_TEST(bad_date.code == 2);
  BOOST_TEST(bad_date.err == "mspdoc states: --at wants a date YYYY-MM-DD, not \"2024-02-30\"\n");
  BOOST_TEST(run_mspdoc({"states", "--status", "observer"}).code == 2);
  BOOST_TEST(run_mspdoc({"states", "--bogus"}).err ==
             "mspdoc states: unknown option --bogus (see mspdoc states --help)\n");
  BOOST_TEST(run_mspdoc({"frobnicate"}).code == 2);
  BOOST_TEST(run_mspdoc({}).code == 2);
}

BOOST_AUTO_TEST_CASE(help_teaches_each_command) {
  CliRun top = run_mspdoc({"--help"});
  BOOST_TEST(top.code == 0);
  BOOST_TEST(top.out.find("mspdoc states resolve NAME") != std::string::npos);
  CliRun states = run_mspdoc({"states", "--help"});
  BOOST_TEST(states.out.find("Examples:") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_exception_that_escapes_a_command_is_one_line_and_exit_2) {
  std::ostringstream err;
  int code = run_guarded([]() -> int { throw std::runtime_error("cut in a character \xe2\x80"); }, err);
  BOOST_TEST(code == 2);
  BOOST_TEST(err.str() == "mspdoc: cut in a character \uFFFD\n");
  std::ostringstream other;
  BOOST_TEST(run_guarded([]() -> int { throw 42; }, other) == 2);
  BOOST_TEST(other.str() == "mspdoc: an unexpected error stopped the run\n");
  std::ostringstream none;
  BOOST_TEST(run_guarded([] { return 1; }, none) == 1);
  BOOST_TEST(none.str().empty());
}

BOOST_AUTO_TEST_CASE(help_states_every_limit) {
  std::string help = run_mspdoc({"--help"}).out;
  for (const char* limit : {"at most 64 MiB, elements nested at most 256 deep, no DOCTYPE anywhere",
                            "at most 64 KiB of text handed to pandoc", "MSPDOC_TOOL_TIMEOUT"})
    BOOST_TEST(help.find(limit) != std::string::npos, limit);
}

BOOST_AUTO_TEST_SUITE_END()
