// Each rule of the design notes with a failing and a passing example written for the purpose.
#include <boost/test/unit_test.hpp>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(check_relation_rules)

BOOST_AUTO_TEST_CASE(not_a_subset) {
  auto wrong = DraftBuilder().paragraph("1",
                                        "Of the three States Parties (Chile, Peru and Spain) that asked, of "
                                        "these, two (Chile and Japan) received help.");
  BOOST_TEST(
      only_message(wrong, "not-a-subset") ==
      "Japan is in the list of \"two States Parties\" but not among the 3 States Parties of paragraph 1");
  auto right = DraftBuilder().paragraph("1",
                                        "Of the three States Parties (Chile, Peru and Spain) that asked, of "
                                        "these, two (Chile and Peru) received help.");
  BOOST_TEST(count_rule(right, "not-a-subset") == 0u);
}

BOOST_AUTO_TEST_CASE(not_a_subset_for_bullets_under_a_paragraph) {
  auto wrong = DraftBuilder()
                   .paragraph("85", "Three States Parties (Austria, Belgium and Chile) gave assistance.")
                   .bullet("Two States (Andorra and Austria) gave assistance for Article 5.");
  BOOST_TEST(with_rule(check(wrong.build()), "not-a-subset").front().names ==
             std::vector<std::string>{"Andorra"});
  auto right = DraftBuilder()
                   .paragraph("85", "Three States Parties (Austria, Belgium and Chile) gave assistance.")
                   .bullet("Two States (Belgium and Austria) gave assistance for Article 5.");
  BOOST_TEST(count_rule(right, "not-a-subset") == 0u);
}

BOOST_AUTO_TEST_CASE(overlap) {
  auto wrong = DraftBuilder().paragraph("1",
                                        "Two States Parties (Nigeria and South Sudan) asked. An additional "
                                        "two States Parties (Senegal and Nigeria) asked too.");
  BOOST_TEST(with_rule(check(wrong.build()), "overlap").front().names == std::vector<std::string>{"Nigeria"});
  auto right = DraftBuilder().paragraph("1",
                                        "Two States Parties (Nigeria and South Sudan) asked. An additional "
                                        "two States Parties (Senegal and Seychelles) asked too.");
  BOOST_TEST(count_rule(right, "overlap") == 0u);
}

BOOST_AUTO_TEST_CASE(arithmetic) {
  auto parts = DraftBuilder().paragraph("1",
                                        "65 States Parties adopted measures; of these 32 adopted legislation "
                                        "and 31 found existing law sufficient.");
  BOOST_TEST(count_rule(parts, "arithmetic") == 1u);
  auto adds_up = DraftBuilder().paragraph("1",
                                          "65 States Parties adopted measures; of these 32 adopted "
                                          "legislation and 33 found existing law sufficient.");
  BOOST_TEST(count_rule(adds_up, "arithmetic") == 0u);
  auto too_many = DraftBuilder().paragraph("1", "113 of 112 States Parties reported.");
  BOOST_TEST(count_rule(too_many, "arithmetic") == 1u);
}

BOOST_AUTO_TEST_CASE(of_these_refers_to_the_list_of_the_paragraph_before) {
  auto draft = DraftBuilder()
                   .paragraph("1", "Five States Parties (Chile, Peru, Mexico, Iraq and Chad) reported.")
                   .paragraph("2", "Of these, two (Chile and Spain) finished.");
  BOOST_TEST(only_message(draft, "not-a-subset") ==
             "Spain is in paragraph 2 but not among the 5 States Parties of paragraph 1");
}

BOOST_AUTO_TEST_CASE(of_which_without_a_list_before_compares_with_nothing) {
  auto draft =
      DraftBuilder()
          .paragraph("1", "Two States Parties (Chile and Peru) spoke.")
          .paragraph("2", "148 States voted, of which 2 were States not party (Algeria and Bhutan).");
  BOOST_TEST(count_rule(draft, "not-a-subset") == 0u);
}

BOOST_AUTO_TEST_CASE(two_of_the_twelve_is_part_of_the_twelve_that_follows) {
  auto draft =
      DraftBuilder()
          .paragraph("1", "One State Party (Chile) reported.")
          .paragraph("2", "Two of the 12 States Parties with obligations (Lebanon and Iraq) reported.");
  BOOST_TEST(count_rule(draft, "not-a-subset") == 0u);
  BOOST_TEST(count_rule(draft, "count-mismatch") == 0u);
}

BOOST_AUTO_TEST_CASE(an_addition_is_compared_with_the_list_it_adds_to_across_paragraphs) {
  auto draft = DraftBuilder()
                   .paragraph("1", "Three States Parties (Chile, Peru and Mexico) reported.")
                   .paragraph("2", "Two additional States Parties (Chile and Spain) reported later.");
  BOOST_TEST(
      only_message(draft, "overlap") ==
      "paragraph 2 counts Chile among \"Two additional States Parties\" though it stands in the list before");
  auto newly_joined = DraftBuilder()
                          .paragraph("1", "Three States Parties (Chile, Peru and Mexico) reported.")
                          .paragraph("2", "One new State Party (Peru) asked for support.");
  BOOST_TEST(count_rule(newly_joined, "overlap") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
