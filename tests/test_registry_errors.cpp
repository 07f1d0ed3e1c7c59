#include <boost/test/unit_test.hpp>

#include "state_registry.h"
#include "test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// A home folder with the project's schemas and the given states.xml.
Paths home_with_states(const TempDir& dir, const std::string& states_xml) {
  Paths paths = project_paths();
  std::filesystem::create_directories(dir.path() / "data");
  std::filesystem::copy(paths.data() / "schema", dir.path() / "data" / "schema",
                        std::filesystem::copy_options::recursive);
  write_file(dir.path() / "data" / "states.xml", states_xml);
  paths.home = dir.path();
  return paths;
}

std::string first_error(const Paths& paths) {
  auto loaded = StateRegistry::load(paths);
  return loaded ? "(loaded)" : loaded.error().str();
}

const char* const kGood = R"(<states>
  <state iso3="CHL" membership="member"><short>Chile</short><formal>the Republic of Chile</formal></state>
</states>
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_errors)

BOOST_AUTO_TEST_CASE(a_minimal_registry_loads) {
  TempDir dir;
  auto loaded = StateRegistry::load(home_with_states(dir, kGood));
  BOOST_TEST_REQUIRE(loaded.ok());
  BOOST_TEST(loaded->resolve("chile")->iso3 == "CHL");
}

BOOST_AUTO_TEST_CASE(a_state_without_formal_name_stops_with_file_and_line) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"CHL\" membership=\"member\">\n"
                                      "    <short>Chile</short>\n  </state>\n</states>\n");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() + ":2: <state> lacks <formal>, which is required");
}

BOOST_AUTO_TEST_CASE(a_value_outside_its_list_names_the_values_expected) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"CHL\" membership=\"friend\">"
                                      "<short>Chile</short><formal>Chile</formal></state>\n</states>\n");
  BOOST_TEST(first_error(paths) == (dir.path() / "data" / "states.xml").string() +
                                       ":2: <state> has membership=\"friend\"; expected member, observer or non-member");
}

BOOST_AUTO_TEST_CASE(an_unexpected_element_names_what_may_stand_there) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"CHL\" membership=\"member\">\n"
                                      "<short>Chile</short><formal>Chile</formal><capital/></state>\n</states>\n");
  BOOST_TEST(first_error(paths) == (dir.path() / "data" / "states.xml").string() +
                                       ":3: <capital> is not expected in <state>; expected <short>, <formal> or <alias>");
}

BOOST_AUTO_TEST_CASE(malformed_xml_stops_with_file_and_line) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"CHL\"\n</states>\n");
  std::string error = first_error(paths);
  BOOST_TEST(error.rfind((dir.path() / "data" / "states.xml").string() + ":3: ", 0) == 0, error);
}

BOOST_AUTO_TEST_CASE(an_iso_code_that_iso_3166_lacks_is_an_error) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"XYZ\" membership=\"member\">"
                                      "<short>Nowhere</short><formal>Nowhere</formal></state>\n</states>\n");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() + ":2: ISO 3166 has no alpha-3 code XYZ");
}

BOOST_AUTO_TEST_CASE(a_name_given_to_two_states_is_an_error) {
  TempDir dir;
  Paths paths = home_with_states(dir, R"(<states>
  <state iso3="CHL" membership="member"><short>Chile</short><formal>Chile</formal></state>
  <state iso3="PER" membership="member"><short>Peru</short><formal>Peru</formal><alias>Chile</alias></state>
</states>
)");
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() + ":3: the name \"Chile\" already means Chile");
}

BOOST_AUTO_TEST_CASE(a_doctype_is_refused) {
  TempDir dir;
  Paths paths = home_with_states(dir, std::string("<!DOCTYPE states [<!ENTITY x \"Chile\">]>\n") + kGood);
  BOOST_TEST(first_error(paths).find("a DOCTYPE is not allowed in records") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_named) {
  TempDir dir;
  Paths paths = project_paths();
  paths.home = dir.path();
  BOOST_TEST(first_error(paths) == (dir.path() / "data" / "states.xml").string() + ": no such file");
}

BOOST_AUTO_TEST_SUITE_END()
