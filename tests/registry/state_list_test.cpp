// Lists of States as drafters write them: how they split into items and when they are lists of States.
#include "registry/state_list.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

StateList parsed(const std::string& text) {
  return parse_state_list(text, check_context().data.registry, check_context().data.organizations,
                          check_context().data.vocabulary);
}

/// Each item as "TEXT=ISO3" ("?" unknown, "org" organization, "~NAME" a misspelt State),
/// with " [REMARK]" when it has one.
std::vector<std::string> items(const std::string& text) {
  std::vector<std::string> out;
  for (const ListItem& item : parsed(text).items) {
    std::string what = item.state                 ? item.state->iso3
                       : item.organization        ? std::string("org")
                       : item.suggestions.empty() ? std::string("?")
                                                  : "~" + item.suggestions.front()->short_name;
    out.push_back(item.text + "=" + what + (item.remark.empty() ? "" : " [" + item.remark + "]"));
  }
  return out;
}

using Items = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_state_list)

BOOST_AUTO_TEST_CASE(items_split_at_commas_and_conjunctions_but_names_with_and_stay_whole) {
  BOOST_TEST(items("Belgium, Bosnia and Herzegovina, and the United Kingdom") ==
             (Items{"Belgium=BEL", "Bosnia and Herzegovina=BIH", "the United Kingdom=GBR"}));
  BOOST_TEST(items("Trinidad and Tobago and Chile") == (Items{"Trinidad and Tobago=TTO", "Chile=CHL"}));
  BOOST_TEST(items("Chile & Peru, respectively.") == (Items{"Chile=CHL", "Peru=PER"}));
  BOOST_TEST(items("Austria; Chile; as well as Japan, etc.") ==
             (Items{"Austria=AUT", "Chile=CHL", "Japan=JPN"}));
  BOOST_TEST(items("").empty());
}

BOOST_AUTO_TEST_CASE(remarks_in_parentheses_are_set_aside_unless_they_belong_to_the_name) {
  BOOST_TEST(items("Japan (Co-coordinator; Asia and Pacific), Bolivia (Plurinational State of)") ==
             (Items{"Japan=JPN [Co-coordinator; Asia and Pacific]", "Bolivia (Plurinational State of)=BOL"}));
  BOOST_TEST(items("Chile (co-chair) and Peru") == (Items{"Chile=CHL [co-chair]", "Peru=PER"}));
  BOOST_TEST(items("Chile, Peru (co-chair)") == (Items{"Chile=CHL", "Peru=PER [co-chair]"}));
}

// Regression: a chunk split at "and" once overwrote its last item's own remark with an empty one.
BOOST_AUTO_TEST_CASE(the_last_item_before_a_remark_keeps_it_after_an_and) {
  BOOST_TEST(items("Bosnia and Herzegovina (co-chair)") == (Items{"Bosnia and Herzegovina=BIH [co-chair]"}));
  BOOST_TEST(items("Chile (co-chair) and Peru (co-chair)") ==
             (Items{"Chile=CHL [co-chair]", "Peru=PER [co-chair]"}));
}

BOOST_AUTO_TEST_CASE(organizations_and_misspelt_states_are_told_apart) {
  BOOST_TEST(items("the ICRC and Chile") == (Items{"the ICRC=org", "Chile=CHL"}));
  BOOST_TEST(items("Slovakai, Chile") == (Items{"Slovakai=~Slovakia", "Chile=CHL"}));
  BOOST_TEST(items("Bosnia and Herzgovina") == (Items{"Bosnia and Herzgovina=~Bosnia and Herzegovina"}));
  BOOST_TEST(items("the workshop on victim assistance") == (Items{"the workshop on victim assistance=?"}));
}

BOOST_AUTO_TEST_CASE(a_list_of_states_needs_a_known_state_and_half_its_items_states) {
  StateList mixed = parsed("Slovakai, Chile, the ICRC");
  BOOST_TEST(mixed.items.size() == 3u);
  BOOST_TEST(mixed.state_count() == 2u);
  BOOST_TEST(mixed.is_list_of_states());
  BOOST_TEST_REQUIRE(mixed.states().size() == 1u);
  BOOST_TEST(mixed.states().front()->short_name == "Chile");

  StateList half = parsed("Chile and the workshop");
  BOOST_TEST(half.state_count() == 1u);
  BOOST_TEST(half.is_list_of_states());

  StateList dates = parsed("1 July 2023, 30 June 2024 and Chile");
  BOOST_TEST(dates.items.size() == 3u);
  BOOST_TEST(dates.state_count() == 1u);
  BOOST_TEST(!dates.is_list_of_states());

  StateList only_misspelt = parsed("Slovakai");
  BOOST_TEST(only_misspelt.state_count() == 1u);
  BOOST_TEST(!only_misspelt.is_list_of_states());
  BOOST_TEST(only_misspelt.states().empty());
}

BOOST_AUTO_TEST_SUITE_END()
