#include "import/round_trip.h"

#include <boost/test/unit_test.hpp>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(import_round_trip)

BOOST_AUTO_TEST_CASE(normalising_folds_spaces_labels_and_the_style_of_numbers) {
  const Vocabulary& words = check_context().data.vocabulary;
  BOOST_TEST(normalised_paragraph("4.\tSeven\xC2\xA0States  Parties (07)", words) == "7 States Parties (7)");
  BOOST_TEST(normalised_paragraph("(a) Thirty-five met on 10\xE2\x80\x93"
                                  "13 May",
                                  words) == "35 met on 10-13 May");
  BOOST_TEST(normalised_paragraph("\xE2\x80\xA2 the State\xE2\x80\x99s report", words) ==
             "the State's report");
  BOOST_TEST(normalised_paragraph("III.\tMonitoring", words) == "Monitoring");
  BOOST_TEST(normalised_paragraph("Article 7.2 of 2024", words) == "Article 7.2 of 2024");
}

BOOST_AUTO_TEST_CASE(lists_compare_by_the_states_they_name) {
  const CheckData& data = check_context().data;
  ListReading lists{data.registry, data.organizations, data.vocabulary};
  BOOST_TEST(with_lists_as_states("Two (Lao PDR, and Chile) did", lists) == "Two ({CHL,LAO}) did");
  BOOST_TEST(with_lists_as_states("Two (Chile and the Lao People's Democratic Republic) did", lists) ==
             "Two ({CHL,LAO}) did");
  BOOST_TEST(with_lists_as_states("They are: Peru, Micronesia (Federated States of) and Chile.", lists) ==
             "They are: {CHL,FSM,PER}.");
  BOOST_TEST(with_lists_as_states("Two (Chile (2011) and Peru) did", lists) ==
             "Two (Chile (2011) and Peru) did");
}

BOOST_AUTO_TEST_CASE(paragraphs_are_aligned_in_reading_order) {
  ParagraphComparison same = compare_paragraphs({"a", "b", "c", "d"}, {"a", "x", "c", "d", "e"});
  BOOST_TEST(same.identical == 3u);
  BOOST_TEST(same.draft_only == std::vector<std::string>{"b"});
  BOOST_TEST(same.built_only == (std::vector<std::string>{"x", "e"}));
  BOOST_TEST(same.share() == 0.75);
}

BOOST_AUTO_TEST_SUITE_END()
