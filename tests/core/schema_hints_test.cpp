#include <boost/test/unit_test.hpp>

#include "registry/state_registry.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::string first_error(const Paths& paths) {
  auto loaded = StateRegistry::load(paths);
  return loaded ? "(loaded)" : loaded.error().str();
}

const char* const kGood = R"(<states>
  <state iso3="CHL" membership="member"><short>Chile</short><formal>the Republic of Chile</formal></state>
</states>
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(core_schema_hints)

BOOST_AUTO_TEST_CASE(a_state_without_formal_name_stops_with_file_and_line) {
  TempDir dir;
  Paths paths = home_with_states(dir,
                                 "<states>\n  <state iso3=\"CHL\" membership=\"member\">\n"
                                 "    <short>Chile</short>\n  </state>\n</states>\n");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() + ":2: <state> lacks <formal>, which is required");
}

BOOST_AUTO_TEST_CASE(a_value_outside_its_list_names_the_values_expected) {
  TempDir dir;
  Paths paths = home_with_states(dir,
                                 "<states>\n  <state iso3=\"CHL\" membership=\"friend\">"
                                 "<short>Chile</short><formal>Chile</formal></state>\n</states>\n");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() +
                 ":2: <state> has membership=\"friend\"; expected member, observer or non-member");
}

BOOST_AUTO_TEST_CASE(an_unexpected_element_names_what_may_stand_there) {
  TempDir dir;
  Paths paths = home_with_states(dir,
                                 "<states>\n  <state iso3=\"CHL\" membership=\"member\">\n"
                                 "<short>Chile</short><formal>Chile</formal><capital/></state>\n</states>\n");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() +
                 ":3: <capital> is not expected in <state>; expected <short>, <formal> or <alias>");
}

BOOST_AUTO_TEST_SUITE_END()
