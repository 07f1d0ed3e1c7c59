// Command-line arguments: valued options, flags, positionals, unknown options and missing values.
#include "cli/arguments.h"

#include <boost/test/unit_test.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace mspdoc;

namespace {

const std::set<std::string> kValued{"--to", "--at", "-o"};
const std::set<std::string> kFlags{"--force", "--help"};

Arguments parsed(const std::vector<std::string>& args) {
  auto result = Arguments::parse(args, kValued, kFlags);
  BOOST_TEST_REQUIRE(result.ok(), (result.ok() ? "" : result.error().str()));
  return *result;
}

std::string refused(const std::vector<std::string>& args) {
  auto result = Arguments::parse(args, kValued, kFlags);
  return result.ok() ? "(accepted)" : result.error().str();
}

using Options = std::map<std::string, std::string>;
using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_arguments)

BOOST_AUTO_TEST_CASE(options_take_their_values_separately_or_after_an_equals_sign) {
  Arguments args =
      parsed({"report.xml", "--to", "docx,md", "--at=2024-06-30", "-o", "out", "--force", "-", "more.xml"});
  BOOST_TEST(
      (args.options == Options{{"--to", "docx,md"}, {"--at", "2024-06-30"}, {"-o", "out"}, {"--force", ""}}));
  BOOST_TEST(args.positionals == (Strings{"report.xml", "-", "more.xml"}));

  Arguments inline_values = parsed({"--at=", "--to=a=b", "--to", "md"});
  BOOST_TEST((inline_values.options == Options{{"--at", ""}, {"--to", "md"}}));
  BOOST_TEST(parsed({"--to=a=b"}).value_or("--to", "") == "a=b");
  BOOST_TEST(parsed({"--to", "--force"}).value_or("--to", "") == "--force");
  BOOST_TEST(parsed({}).options.empty());
  BOOST_TEST(parsed({}).positionals.empty());
}

BOOST_AUTO_TEST_CASE(a_double_dash_ends_the_options_and_h_means_help) {
  Arguments args = parsed({"-h", "in.xml", "--", "--to", "-o", "--"});
  BOOST_TEST((args.options == Options{{"--help", ""}}));
  BOOST_TEST(args.positionals == (Strings{"in.xml", "--to", "-o", "--"}));
  BOOST_TEST(args.has("--help"));
  BOOST_TEST(!args.has("-h"));
}

BOOST_AUTO_TEST_CASE(an_unknown_option_or_a_missing_value_is_an_error_naming_it) {
  BOOST_TEST(refused({"--bogus"}) == "unknown option --bogus");
  BOOST_TEST(refused({"in.xml", "-x"}) == "unknown option -x");
  BOOST_TEST(refused({"--force=yes"}) == "unknown option --force=yes");
  BOOST_TEST(refused({"--bogus=1"}) == "unknown option --bogus=1");
  BOOST_TEST(refused({"in.xml", "--to"}) == "option --to needs a value");
  BOOST_TEST(refused({"-o"}) == "option -o needs a value");
  auto result = Arguments::parse({"-h"}, kValued, {});
  BOOST_TEST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().str() == "unknown option -h");
  BOOST_TEST(result.error().file == "");
  BOOST_TEST(result.error().line == 0);
  BOOST_TEST(result.error().exit_code == 2);
}

BOOST_AUTO_TEST_CASE(value_or_gives_the_value_given_or_the_fallback) {
  Arguments args = parsed({"--to", "pdf", "--force"});
  BOOST_TEST(args.has("--to"));
  BOOST_TEST(args.has("--force"));
  BOOST_TEST(!args.has("--at"));
  BOOST_TEST(args.value_or("--to", "docx") == "pdf");
  BOOST_TEST(args.value_or("--force", "unset") == "");
  BOOST_TEST(args.value_or("--at", "2024-06-30") == "2024-06-30");
}

BOOST_AUTO_TEST_SUITE_END()
