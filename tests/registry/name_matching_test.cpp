#include "registry/name_matching.h"

#include <boost/test/unit_test.hpp>

#include "registry/state_registry.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(registry_name_matching)

BOOST_AUTO_TEST_CASE(matching_ignores_case_accents_apostrophes_and_leading_the) {
  BOOST_TEST(resolved_iso3("CÔTE D’IVOIRE") == "CIV");
  BOOST_TEST(resolved_iso3("cote d‘ivoire") == "CIV");
  BOOST_TEST(resolved_iso3("  Lao People’s  Democratic Republic ") == "LAO");
  BOOST_TEST(resolved_iso3("The United Kingdom of Great Britain and Northern Ireland") == "GBR");
  BOOST_TEST(resolved_iso3("turkiye") == "TUR");
  BOOST_TEST(resolved_iso3("Trinidad & Tobago") == "TTO");
  BOOST_TEST(resolved_iso3("Slovakai") == "(none)");
}

BOOST_AUTO_TEST_CASE(suggestions_name_the_nearest_state) {
  auto near = [](const std::string& typo) {
    auto found = project_registry().suggest(typo);
    return found.empty() ? std::string("(none)") : found.front()->short_name;
  };
  BOOST_TEST(near("Slovakai") == "Slovakia");
  BOOST_TEST(near("State of Pelestine") == "State of Palestine");
  BOOST_TEST(near("Netherland") == "Netherlands");
  BOOST_TEST(near("Bosnia and Herzgovina") == "Bosnia and Herzegovina");
  BOOST_TEST(project_registry().suggest("Workshop on victim assistance").empty());
}

BOOST_AUTO_TEST_CASE(fold_name_normalises_what_drafters_vary) {
  BOOST_TEST(fold_name("Côte d’Ivoire") == "cote divoire");
  BOOST_TEST(fold_name("Bosnia & Herzegovina") == "bosnia and herzegovina");
  BOOST_TEST(fold_name("St. Kitts-and-Nevis") == "st kitts and nevis");
  BOOST_TEST(fold_name("the Netherlands") == "netherlands");
  BOOST_TEST(edit_distance("slovakai", "slovakia") == 1u);
  BOOST_TEST(edit_distance("", "abc") == 3u);
  BOOST_TEST(edit_distance("côte", "cote") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
