#include "registry/state_registry.h"

#include <boost/test/unit_test.hpp>

#include "registry/name_matching.h"
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

BOOST_AUTO_TEST_SUITE(registry_state_registry)

BOOST_AUTO_TEST_CASE(holds_un_members_observers_and_the_two_treaty_only_states) {
  std::size_t members = 0, observers = 0, others = 0;
  for (const State& state : project_registry().states()) {
    members += state.membership == Membership::member;
    observers += state.membership == Membership::observer;
    others += state.membership == Membership::non_member;
  }
  BOOST_TEST(members == 193u);
  BOOST_TEST(observers == 2u);
  BOOST_TEST(others == 2u);
  BOOST_TEST(project_registry().find_iso3("COK")->short_name == "Cook Islands");
  BOOST_TEST(project_registry().find_iso3("NIU")->short_name == "Niue");
  BOOST_TEST(project_registry().find_iso3("VAT")->short_name == "Holy See");
  BOOST_TEST(project_registry().find_iso3("PSE")->short_name == "State of Palestine");
}

BOOST_AUTO_TEST_CASE(states_come_in_un_alphabetical_order) {
  const auto& states = project_registry().states();
  for (std::size_t i = 1; i < states.size(); ++i)
    BOOST_TEST(un_less(states[i - 1].short_name, states[i].short_name),
               states[i - 1].short_name << " before " << states[i].short_name);
  BOOST_TEST(states.front().short_name == "Afghanistan");
  BOOST_TEST(states.back().short_name == "Zimbabwe");
}

BOOST_AUTO_TEST_CASE(the_drafters_forms_named_in_issue_2_resolve) {
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"Lao PDR", "LAO"},
      {"Laos", "LAO"},
      {"Czech Republic", "CZE"},
      {"FYR Macedonia", "MKD"},
      {"Vietnam", "VNM"},
      {"Tanzania", "TZA"},
      {"Democratic Republic of Congo", "COD"},
      {"DRC", "COD"},
      {"Bosnia & Herzegovina", "BIH"},
      {"Cote d'Ivoire", "CIV"},
      {"Moldova", "MDA"},
      {"the Netherlands", "NLD"},
      {"Kingdom of the Netherlands", "NLD"},
      {"Turkey", "TUR"},
      {"UK", "GBR"},
      {"Palestine", "PSE"},
      {"Bolivia", "BOL"},
      {"Republic of Korea", "KOR"},
  };
  for (const auto& [form, iso3] : forms) BOOST_TEST(resolved_iso3(form) == iso3, form);
}

BOOST_AUTO_TEST_CASE(every_alias_short_and_formal_name_resolves_to_its_state) {
  for (const State& state : project_registry().states()) {
    BOOST_TEST(resolved_iso3(state.short_name) == state.iso3, state.short_name);
    BOOST_TEST(resolved_iso3(state.formal_name) == state.iso3, state.formal_name);
    for (const std::string& alias : state.aliases) BOOST_TEST(resolved_iso3(alias) == state.iso3, alias);
  }
}

BOOST_AUTO_TEST_CASE(names_taking_the_in_running_text) {
  BOOST_TEST(project_registry().find_iso3("NLD")->in_text() == "the Netherlands");
  BOOST_TEST(project_registry().find_iso3("NLD")->in_text(Position::sentence_start) == "The Netherlands");
  BOOST_TEST(project_registry().find_iso3("LAO")->in_text() == "the Lao People's Democratic Republic");
  BOOST_TEST(project_registry().find_iso3("GBR")->in_text() ==
             "the United Kingdom of Great Britain and Northern Ireland");
  BOOST_TEST(project_registry().find_iso3("CHL")->in_text() == "Chile");
}

BOOST_AUTO_TEST_CASE(a_minimal_registry_loads) {
  TempDir dir;
  auto loaded = StateRegistry::load(home_with_states(dir, kGood));
  BOOST_TEST_REQUIRE(loaded.ok());
  BOOST_TEST(loaded->resolve("chile")->iso3 == "CHL");
}

BOOST_AUTO_TEST_CASE(an_iso_code_that_iso_3166_lacks_is_an_error) {
  TempDir dir;
  Paths paths = home_with_states(dir,
                                 "<states>\n  <state iso3=\"XYZ\" membership=\"member\">"
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

BOOST_AUTO_TEST_SUITE_END()
