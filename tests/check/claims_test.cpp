#include "check/claims.h"

#include <boost/test/unit_test.hpp>
#include <map>
#include <regex>
#include <set>

#include "core/text.h"
#include "support/checker_testing.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::vector<CountClaim> claims_of(const DraftDocument& document, std::size_t paragraph = 0) {
  return extract_claims(document, paragraph, check_context().data.registry,
                        check_context().data.organizations, check_context().data.vocabulary);
}

std::vector<CountClaim> claims_in(const std::string& text) {
  return claims_of(DraftBuilder().paragraph("1", text).build());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_claims)

BOOST_AUTO_TEST_CASE(counts_in_figures_and_words) {
  BOOST_TEST(*parse_count("Thirty-nine", check_context().data.vocabulary) == 39);
  BOOST_TEST(*parse_count("twenty four", check_context().data.vocabulary) == 24);
  BOOST_TEST(*parse_count("07", check_context().data.vocabulary) == 7);
  BOOST_TEST(*parse_count("one", check_context().data.vocabulary) == 1);
  BOOST_TEST(*parse_count("Eleven", check_context().data.vocabulary) == 11);
  BOOST_TEST(!parse_count("several", check_context().data.vocabulary));
  BOOST_TEST(!parse_count("thirty-ten", check_context().data.vocabulary));
  BOOST_TEST(claims_in("Twenty four States Parties (Chile) met.").front().stated == 24);
}

BOOST_AUTO_TEST_CASE(every_category_noun_is_recognised) {
  const std::vector<std::pair<std::string, Category>> cases = {
      {"9 States Parties", Category::states_parties},
      {"9 States parties", Category::states_parties},
      {"9 SPs", Category::states_parties},
      {"1 State Party", Category::states_parties},
      {"9 signatory states", Category::signatories},
      {"9 Signatory States", Category::signatories},
      {"9 States not party", Category::non_parties},
      {"9 States not Party", Category::non_parties},
      {"9 observer states", Category::observers},
      {"9 affected States", Category::states},
      {"9 donor States", Category::states},
      {"9 States", Category::states},
      {"9 countries", Category::states},
      {"9 affected States Parties", Category::states_parties},
  };
  for (const auto& [text, category] : cases) {
    auto found = claims_in(text + " met.");
    BOOST_TEST_REQUIRE(found.size() == 1u, text);
    BOOST_TEST((found.front().category == category), text);
  }
}

BOOST_AUTO_TEST_CASE(article_numbers_years_and_dates_are_not_counts) {
  BOOST_TEST(claims_in("Under Article 4 States Parties must clear land.").empty());
  BOOST_TEST(claims_in("In 2023 States Parties met on 30 June States Parties day.").empty());
  BOOST_TEST(claims_in("Article 3.6 States Parties keep stocks.").empty());
}

BOOST_AUTO_TEST_CASE(a_list_in_parentheses_after_a_colon_or_in_a_footnote) {
  auto parenthesised =
      claims_in("Three States Parties with obligations under Article 3 (Bulgaria, Peru and Slovakia) did.");
  BOOST_TEST_REQUIRE(parenthesised.front().list.has_value());
  BOOST_TEST(parenthesised.front().list->state_count() == 3u);
  auto colon = claims_in("Two signatory States remain: Angola and Cyprus.");
  BOOST_TEST_REQUIRE(colon.front().list.has_value());
  BOOST_TEST(colon.front().list->state_count() == 2u);
  DraftDocument with_note =
      DraftBuilder()
          .paragraph("1", "Ten States parties and one signatory state took part.")
          .footnote("Austria, Belgium, Chile, Croatia, France, Germany, Ireland, Italy, Japan and Peru.", 18)
          .footnote("Angola.", 42)
          .build();
  auto both = claims_of(with_note);
  BOOST_TEST_REQUIRE(both.size() == 2u);
  BOOST_TEST_REQUIRE((both[0].list && both[1].list));
  BOOST_TEST(both[0].list->state_count() == 10u);
  BOOST_TEST(both[0].list_footnote == "100");
  BOOST_TEST(both[1].list->state_count() == 1u);
  BOOST_TEST(both[1].category == Category::signatories);
}

BOOST_AUTO_TEST_CASE(names_that_contain_and_stay_whole) {
  auto found = claims_in(
      "Six States Parties (Bosnia and Herzegovina, Trinidad and Tobago, Saint Kitts and Nevis, Antigua and "
      "Barbuda, "
      "Sao Tome and Principe and the United Kingdom of Great Britain and Northern Ireland) did.");
  BOOST_TEST(found.front().list->state_count() == 6u);
  BOOST_TEST(found.front().list->items.size() == 6u);
}

BOOST_AUTO_TEST_CASE(lists_with_several_ands_ampersands_remarks_and_respectively) {
  BOOST_TEST(claims_in("Three States (Chile and Peru and Japan) met.").front().list->state_count() == 3u);
  BOOST_TEST(claims_in("Two States (Chile & Peru) met.").front().list->state_count() == 2u);
  BOOST_TEST(claims_in("Two States (Japan (Co-coordinator; Asia and Pacific) and Chile) met.")
                 .front()
                 .list->state_count() == 2u);
  BOOST_TEST(
      claims_in("Two States Parties (Chile and Peru, respectively) met.").front().list->state_count() == 2u);
  BOOST_TEST(
      claims_in("Two States (Bolivia (Plurinational State of) and Chile) met.").front().list->state_count() ==
      2u);
}

BOOST_AUTO_TEST_CASE(organisations_are_items_but_not_states) {
  auto found = claims_in("Three States (Chile, Peru and Japan) with the ICRC and UNDP met.");
  BOOST_TEST(found.front().list->state_count() == 3u);
  StateList mixed = parse_state_list("Chile, the ICRC and UNDP", check_context().data.registry,
                                     check_context().data.organizations, check_context().data.vocabulary);
  BOOST_TEST(mixed.items.size() == 3u);
  BOOST_TEST(mixed.items[1].organization);
  BOOST_TEST(mixed.state_count() == 1u);
}

BOOST_AUTO_TEST_CASE(lists_that_are_not_of_states_are_not_taken) {
  BOOST_TEST(!claims_in("Three States Parties held workshops (on 3, 4 and 5 May) in Geneva.")
                  .front()
                  .list.has_value());
  BOOST_TEST(!claims_in("Two States Parties (SPs) filed documents (CCM/MSP/2024/3 and CCM/MSP/2024/4).")
                  .front()
                  .list.has_value());
}

BOOST_AUTO_TEST_CASE(relations_to_the_count_before) {
  auto subset = claims_in(
      "Of the 11 States Parties that retain stocks, seven (Belgium, Bulgaria, Denmark, France, Germany, "
      "Sweden and Switzerland) used some.");
  BOOST_TEST_REQUIRE(subset.size() == 2u);
  BOOST_TEST(subset[0].definite);
  BOOST_TEST((subset[1].relation == Relation::subset));
  auto more = claims_in(
      "Two States Parties (Nigeria and South Sudan) asked. An additional two States Parties (Senegal and "
      "Seychelles) did too.");
  BOOST_TEST((more[1].relation == Relation::additional));
  BOOST_TEST((claims_in("Ten other States Parties (Chile) did.").front().relation == Relation::additional));
  BOOST_TEST(*claims_in("51 of 103 States Parties reported.").front().of_total == 103);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(check_claims_self_check)

// The self-check sees every list mspdoc renders: each set a sample record places in the text or
// in a footnote comes back from the generated DOCX as a claim with exactly that set's States.
BOOST_AUTO_TEST_CASE(every_rendered_set_is_found_again_in_the_generated_report,
                     *boost::unit_test::precondition(PandocAvailable())) {
  std::filesystem::path record = sample_records_dir() / "progress-report.xml";
  std::string xml = read_file(record);
  std::map<std::string, std::set<std::string>> sets;
  std::regex set_pattern(R"re(<set id="([^"]+)"[^>]*>([\s\S]*?)</set>)re");
  std::regex state_pattern(R"(<state>([^<]+)</state>)");
  for (std::sregex_iterator s(xml.begin(), xml.end(), set_pattern), end; s != end; ++s) {
    std::string members = (*s)[2];
    for (std::sregex_iterator m(members.begin(), members.end(), state_pattern); m != end; ++m)
      sets[(*s)[1]].insert(project_registry().resolve((*m)[1].str())->short_name);
  }
  std::vector<std::string> rendered;
  std::regex use_pattern(R"re(<states set="([^"]+)"([^>]*)/>)re");
  for (std::sregex_iterator u(xml.begin(), xml.end(), use_pattern), end; u != end; ++u)
    if ((*u)[2].str().find("list=\"none\"") == std::string::npos && sets[(*u)[1]].size() > 1)
      rendered.push_back((*u)[1]);
  auto document = read_docx_parts(docx_parts(build_docx(record)), "progress-report.docx");
  BOOST_TEST_REQUIRE(bool(document));
  std::vector<std::set<std::string>> found;
  for (std::size_t p = 0; p < document->paragraphs.size(); ++p)
    for (const CountClaim& claim : claims_of(*document, p))
      if (claim.list) {
        std::set<std::string> names;
        for (const State* state : claim.list->states()) names.insert(state->short_name);
        found.push_back(names);
      }
  std::vector<std::string> missed;
  for (const std::string& id : rendered)
    if (std::find(found.begin(), found.end(), sets[id]) == found.end()) missed.push_back(id);
  BOOST_TEST(rendered.size() >= 40u);
  BOOST_TEST(missed.empty(), "sets rendered but not found by the checker: " << join_list(missed));
  BOOST_TEST_MESSAGE(rendered.size() << " sets rendered, " << found.size() << " listed claims found");
}

BOOST_AUTO_TEST_SUITE_END()
