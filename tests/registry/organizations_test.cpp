// Known organizations: loading data/organizations.xml and matching names as State names match.
#include "registry/organizations.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// A home whose data/organizations.xml holds `xml` (with the project's schemas).
Paths home_with_organizations(const TempDir& dir, const std::string& xml) {
  Paths paths = home_with_states(dir, "<states/>\n");
  write_file(paths.data() / "organizations.xml", xml);
  return paths;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_organizations)

BOOST_AUTO_TEST_CASE(the_projects_organizations_match_by_name_and_alias) {
  auto loaded = Organizations::load(project_paths());
  BOOST_TEST_REQUIRE(loaded.ok(), (loaded.ok() ? "" : loaded.error().str()));
  const Organizations& organizations = *loaded;
  BOOST_TEST(organizations.contains("International Committee of the Red Cross"));
  BOOST_TEST(organizations.contains("ICRC"));
  BOOST_TEST(organizations.contains("the Red Cross"));
  BOOST_TEST(organizations.contains("Red Cross"));
  BOOST_TEST(organizations.contains("THE CLUSTER MUNITION COALITION"));
  BOOST_TEST(organizations.contains("icbl-cmc"));
  BOOST_TEST(organizations.contains("UNDP"));
  BOOST_TEST(!organizations.contains("Chile"));
  BOOST_TEST(!organizations.contains("ICRC Geneva"));
  BOOST_TEST(!organizations.contains(""));
}

BOOST_AUTO_TEST_CASE(matching_ignores_case_accents_ampersands_and_a_leading_the) {
  TempDir dir;
  Paths paths = home_with_organizations(dir, R"(<organizations>
  <organization><name>Médecins Sans Frontières</name><alias>MSF</alias></organization>
  <organization><name>Handicap International &amp; Humanity</name></organization>
</organizations>
)");
  auto loaded = Organizations::load(paths);
  BOOST_TEST_REQUIRE(loaded.ok(), (loaded.ok() ? "" : loaded.error().str()));
  BOOST_TEST(loaded->contains("medecins sans frontieres"));
  BOOST_TEST(loaded->contains("The Médecins Sans Frontières"));
  BOOST_TEST(loaded->contains("Msf"));
  BOOST_TEST(loaded->contains("Handicap International and Humanity"));
  BOOST_TEST(!loaded->contains("ICRC"));
  BOOST_TEST(!loaded->contains("Médecins"));
}

BOOST_AUTO_TEST_CASE(a_missing_or_invalid_file_is_an_error_naming_it) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states/>\n");
  std::string file = (dir.path() / "data" / "organizations.xml").string();
  auto missing = Organizations::load(paths);
  BOOST_TEST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().str() == file + ": no such file");

  write_file(
      file,
      "<organizations>\n  <organization>\n    <alias>MSF</alias>\n  </organization>\n</organizations>\n");
  auto invalid = Organizations::load(paths);
  BOOST_TEST_REQUIRE(!invalid.ok());
  BOOST_TEST(invalid.error().str() ==
             file + ":3: <organization> lacks <name>, which is required; found <alias> where it belongs");
}

BOOST_AUTO_TEST_SUITE_END()
