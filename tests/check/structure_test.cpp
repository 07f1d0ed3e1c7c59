// The structure stage: the date that decides statuses and its source, the treaty, the heading tree.
#include "check/structure.h"

#include <boost/test/unit_test.hpp>

#include "check/checker.h"
#include "support/checker_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

DraftDocument plain(const std::vector<std::string>& texts) {
  DraftDocument document;
  document.file = "draft.docx";
  for (const std::string& text : texts) {
    DraftParagraph p;
    p.index = document.paragraphs.size();
    p.text = text;
    document.paragraphs.push_back(p);
  }
  return document;
}

DraftStructure structure_of(const DraftDocument& document, std::optional<Date> as_of = std::nullopt) {
  return read_structure(document, check_context().data.vocabulary, check_context().data.treaties, as_of);
}

std::string as_of(const DraftStructure& structure) {
  return structure.as_of ? structure.as_of->date.iso() + " " + structure.as_of->source : "none";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_structure)

BOOST_AUTO_TEST_CASE(the_date_that_decides_statuses_comes_from_the_first_source_that_gives_one) {
  DraftDocument document =
      plain({"Convention on Cluster Munitions", "Twelfth Meeting of States Parties",
             "Geneva, 10\u201313 September 2024", "Report on the period from 1 July 2023 to 30 June 2024"});
  BOOST_TEST(as_of(structure_of(document, Date{2025, 1, 2})) == "2025-01-02 --as-of");
  BOOST_TEST(as_of(structure_of(document)) == "2024-06-30 end of the reporting period");
  document.date = Date{2024, 9, 18};
  BOOST_TEST(as_of(structure_of(document)) == "2024-09-18 masthead");
  DraftDocument meeting = plain({"Ninth Meeting of States Parties, Geneva, 2\u20134 September 2019"});
  BOOST_TEST(as_of(structure_of(meeting)) == "2019-09-02 first day of the meeting");
  DraftDocument held = plain({"The Meeting was held in Geneva from 10 to 13 September 2024."});
  held.paragraphs[0].number = "1", held.paragraphs[0].level = 0;
  BOOST_TEST(as_of(structure_of(held)) == "2024-09-10 first day of the meeting");
  DraftDocument front = plain({"News of 3 May 1999", "Update of 1 April 1999"});
  BOOST_TEST(as_of(structure_of(front)) == "1999-05-03 latest date in the front matter");
  DraftDocument month =
      plain({"Adopted on 30 May 2008", "By 2o September 2011 a total of 111 States had joined"});
  BOOST_TEST(as_of(structure_of(month)) == "2011-09-30 latest date in the front matter");
  BOOST_TEST(as_of(structure_of(plain({"No date at all"}))) == "none");
}

BOOST_AUTO_TEST_CASE(the_treaty_comes_from_the_symbol_or_the_name_and_is_never_borrowed) {
  DraftDocument ccm = plain({"Text"});
  ccm.symbol = "CCM/MSP/2019/11";
  DraftStructure by_symbol = structure_of(ccm);
  BOOST_TEST_REQUIRE(by_symbol.treaty != nullptr);
  BOOST_TEST(by_symbol.treaty->id() == "ccm");
  BOOST_TEST(by_symbol.un_document);
  DraftStructure mine_ban =
      structure_of(plain({"Eleventh Meeting of the States Parties to the Mine Ban Treaty"}));
  BOOST_TEST_REQUIRE(mine_ban.convention != nullptr);
  BOOST_TEST(mine_ban.convention->id == "apmbc");
  BOOST_TEST(mine_ban.treaty == nullptr);
  BOOST_TEST(!mine_ban.un_document);
  BOOST_TEST(structure_of(plain({"A page about nothing"})).convention == nullptr);
}

BOOST_AUTO_TEST_CASE(heading_labels_take_their_un_kind_whatever_their_style) {
  auto kinds = [](const DraftBuilder& builder) {
    std::string out;
    for (const Heading& h : structure_of(builder.build()).headings)
      out += h.label + "=" + std::to_string(h.level) + " ";
    return out;
  };
  // Chapters one style lower than usual (9MSP): I. at outline level 1, A. at level 2.
  BOOST_TEST(kinds(DraftBuilder()
                       .heading(1, "I. Introduction")
                       .heading(1, "II. Summary")
                       .heading(2, "A. Universal")) == "I=0 II=0 A=1 ");
  // Section letters that are also roman numerals: C after B, I after H, at the sections' level.
  BOOST_TEST(
      kinds(DraftBuilder().heading(0, "I. Intro").heading(1, "A. a").heading(1, "B. b").heading(1, "C. c")) ==
      "I=0 A=1 B=1 C=1 ");
  BOOST_TEST(
      kinds(
          DraftBuilder().heading(0, "II. Next").heading(1, "H. h").heading(1, "I. i").heading(2, "1. one")) ==
      "II=0 H=1 I=1 1=2 ");
}

BOOST_AUTO_TEST_CASE(regression_9msp_chapters_one_style_lower_are_numbered_right) {
  DraftBuilder draft;
  draft.heading(1, "I. Introduction")
      .paragraph("1", "One.")
      .heading(1, "II. Report Summary")
      .heading(2, "A. Universalization");
  draft.heading(2, "B. Stockpiles");
  BOOST_TEST(count_rule(draft, "numbering") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_apmbc_11msp_agenda_items_in_web_pages_are_not_un_numbering) {
  DraftDocument page = plain({"11MSP, What happened: Day 3", "8. General exchange of views", "Text"});
  page.paragraphs[0].outline_level = 0;
  page.paragraphs[1].outline_level = 2, page.paragraphs[1].number = "8", page.paragraphs[1].label = "8.";
  BOOST_TEST(with_rule(check_document(page, check_context()), "numbering").empty());
}

BOOST_AUTO_TEST_CASE(a_wrong_label_is_reported_once_and_a_repeated_one_is_named) {
  DraftBuilder skipped;
  skipped.heading(0, "I. One").heading(0, "III. Three").heading(0, "IV. Four");
  BOOST_TEST(only_message(skipped, "numbering") ==
             "the heading \"III. Three\" is numbered III; II was expected");
  DraftBuilder twice;
  twice.heading(0, "V. Five").heading(0, "VI. Six").heading(0, "VI. Six again");
  auto found = with_rule(check(twice.build()), "numbering");
  BOOST_TEST_REQUIRE(found.size() == 2u);
  BOOST_TEST(found[1].message == "chapter VI appears twice");
}

BOOST_AUTO_TEST_SUITE_END()
