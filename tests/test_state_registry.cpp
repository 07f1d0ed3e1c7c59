#include <boost/test/unit_test.hpp>

#include "name_matching.h"
#include "state_registry.h"
#include "test_support.h"

using namespace mspdoc;
using mspdoc::testing::project_paths;

namespace {

const StateRegistry& registry() {
  static const StateRegistry loaded = [] {
    auto result = StateRegistry::load(project_paths());
    if (!result) throw std::runtime_error(result.error().str());
    return std::move(*result);
  }();
  return loaded;
}

std::string resolved_iso3(const std::string& name) {
  const State* state = registry().resolve(name);
  return state ? state->iso3 : "(none)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(state_registry)

BOOST_AUTO_TEST_CASE(holds_un_members_observers_and_the_two_treaty_only_states) {
  std::size_t members = 0, observers = 0, others = 0;
  for (const State& state : registry().states()) {
    members += state.membership == Membership::member;
    observers += state.membership == Membership::observer;
    others += state.membership == Membership::non_member;
  }
  BOOST_TEST(members == 193u);
  BOOST_TEST(observers == 2u);
  BOOST_TEST(others == 2u);
  BOOST_TEST(registry().find_iso3("COK")->short_name == "Cook Islands");
  BOOST_TEST(registry().find_iso3("NIU")->short_name == "Niue");
  BOOST_TEST(registry().find_iso3("VAT")->short_name == "Holy See");
  BOOST_TEST(registry().find_iso3("PSE")->short_name == "State of Palestine");
}

BOOST_AUTO_TEST_CASE(states_come_in_un_alphabetical_order) {
  const auto& states = registry().states();
  for (std::size_t i = 1; i < states.size(); ++i)
    BOOST_TEST(un_less(states[i - 1].short_name, states[i].short_name),
               states[i - 1].short_name << " before " << states[i].short_name);
  BOOST_TEST(states.front().short_name == "Afghanistan");
  BOOST_TEST(states.back().short_name == "Zimbabwe");
}

BOOST_AUTO_TEST_CASE(iso_codes_come_from_iso_codes_package) {
  BOOST_TEST(registry().find_iso3("LAO")->iso2 == "LA");
  BOOST_TEST(resolved_iso3("Moldova, Republic of") == "MDA");
  BOOST_TEST(resolved_iso3("Korea, Republic of") == "KOR");
}

BOOST_AUTO_TEST_CASE(the_drafters_forms_named_in_issue_2_resolve) {
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"Lao PDR", "LAO"},       {"Laos", "LAO"},
      {"Czech Republic", "CZE"}, {"FYR Macedonia", "MKD"},
      {"Vietnam", "VNM"},       {"Tanzania", "TZA"},
      {"Democratic Republic of Congo", "COD"}, {"DRC", "COD"},
      {"Bosnia & Herzegovina", "BIH"}, {"Cote d'Ivoire", "CIV"},
      {"Moldova", "MDA"},       {"the Netherlands", "NLD"},
      {"Kingdom of the Netherlands", "NLD"}, {"Turkey", "TUR"},
      {"UK", "GBR"},            {"Palestine", "PSE"},
      {"Bolivia", "BOL"},       {"Republic of Korea", "KOR"},
  };
  for (const auto& [form, iso3] : forms) BOOST_TEST(resolved_iso3(form) == iso3, form);
}

BOOST_AUTO_TEST_CASE(every_alias_short_and_formal_name_resolves_to_its_state) {
  for (const State& state : registry().states()) {
    BOOST_TEST(resolved_iso3(state.short_name) == state.iso3, state.short_name);
    BOOST_TEST(resolved_iso3(state.formal_name) == state.iso3, state.formal_name);
    for (const std::string& alias : state.aliases) BOOST_TEST(resolved_iso3(alias) == state.iso3, alias);
  }
}

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
    auto found = registry().suggest(typo);
    return found.empty() ? std::string("(none)") : found.front()->short_name;
  };
  BOOST_TEST(near("Slovakai") == "Slovakia");
  BOOST_TEST(near("State of Pelestine") == "State of Palestine");
  BOOST_TEST(near("Netherland") == "Netherlands");
  BOOST_TEST(near("Bosnia and Herzgovina") == "Bosnia and Herzegovina");
  BOOST_TEST(registry().suggest("Workshop on victim assistance").empty());
}

BOOST_AUTO_TEST_CASE(names_taking_the_in_running_text) {
  BOOST_TEST(registry().find_iso3("NLD")->in_text() == "the Netherlands");
  BOOST_TEST(registry().find_iso3("NLD")->in_text(Position::sentence_start) == "The Netherlands");
  BOOST_TEST(registry().find_iso3("LAO")->in_text() == "the Lao People's Democratic Republic");
  BOOST_TEST(registry().find_iso3("GBR")->in_text() ==
             "the United Kingdom of Great Britain and Northern Ireland");
  BOOST_TEST(registry().find_iso3("CHL")->in_text() == "Chile");
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
