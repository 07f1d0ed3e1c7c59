// Where paragraphs stand in a draft, and how a finding is located at a paragraph, a span or a claim.
#include "check/analysis.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "support/checker_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const char* kind_name(Place::Kind kind) {
  switch (kind) {
    case Place::Kind::front:
      return "front";
    case Place::Kind::summary:
      return "summary";
    case Place::Kind::table:
      return "table";
    case Place::Kind::body:
      return "body";
    case Place::Kind::heading:
      return "heading";
  }
  return "?";
}

DraftStructure structure_of(const DraftDocument& document) {
  const CheckData& data = check_context().data;
  return read_structure(document, data.vocabulary, data.treaties, std::nullopt);
}

/// Each place as "KIND: DESCRIPTION".
std::vector<std::string> places(const DraftDocument& document) {
  std::vector<std::string> out;
  for (const Place& place : find_places(document, structure_of(document), check_context().data.vocabulary))
    out.push_back(std::string(kind_name(place.kind)) + ": " + place.description);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(check_analysis)

BOOST_AUTO_TEST_CASE(places_tell_front_matter_summary_headings_and_body_apart) {
  DraftDocument document = DraftBuilder()
                               .paragraph("", "18 September 2024")
                               .heading(1, "  Report summary ")
                               .paragraph("", "Guiding principles")
                               .bullet("07 States Parties reported.")
                               .heading(2, "Summary details")
                               .paragraph("", "No count here.")
                               .heading(1, "I. Introduction")
                               .paragraph("1", "First paragraph.")
                               .bullet("A bullet under it.")
                               .paragraph("2", "Second paragraph.")
                               .build();
  BOOST_TEST(places(document) ==
             (Strings{"front: the front matter", "heading: the heading \"Report summary\"",
                      "summary: the report summary", "summary: the report summary",
                      "heading: the heading \"Summary details\"", "body: the text under \"Summary details\"",
                      "heading: the heading \"I. Introduction\"", "body: paragraph 1",
                      "body: the text under paragraph 1", "body: paragraph 2"}));
  DraftDocument sub = DraftBuilder().paragraph("48", "Chapeau:").paragraph("a", "a subparagraph;").build();
  sub.paragraphs[1].reference = "48 (a)";
  BOOST_TEST(places(sub) == (Strings{"body: paragraph 48", "body: paragraph 48 (a)"}));
  BOOST_TEST(find_places(DraftDocument{}, DraftStructure{}, check_context().data.vocabulary).empty());
}

BOOST_AUTO_TEST_CASE(the_summary_is_found_by_its_shape_whatever_its_heading_says) {
  DraftDocument document = DraftBuilder()
                               .heading(1, "II. Highlights of the year")
                               .bullet("07 States Parties integrated the Convention into national plans;")
                               .bullet("Three Signatory States ratified the Convention;")
                               .bullet("a new coordination committee was set up;")
                               .bullet("12 States Parties reported on victim assistance.")
                               .heading(1, "III. Summary of the discussions")
                               .paragraph("1", "The Meeting heard several statements.")
                               .cell(0, 0, 0, "Action 1")
                               .build();
  BOOST_TEST(places(document) == (Strings{"heading: the heading \"II. Highlights of the year\"",
                                          "summary: the report summary", "summary: the report summary",
                                          "summary: the report summary", "summary: the report summary",
                                          "heading: the heading \"III. Summary of the discussions\"",
                                          "body: paragraph 1", "table: the table for Action 1"}));
}

BOOST_AUTO_TEST_CASE(an_indicator_table_cell_is_placed_under_the_action_of_its_row) {
  DraftDocument document = DraftBuilder()
                               .paragraph("1", "Text.")
                               .cell(0, 0, 0, "Indicator")
                               .cell(0, 1, 0, " Action 17 ")
                               .cell(0, 1, 1, "10")
                               .cell(0, 2, 1, "continued row")
                               .cell(1, 0, 0, "Other")
                               .cell(1, 0, 1, "7")
                               .build();
  std::vector<Place> found = find_places(document, structure_of(document), check_context().data.vocabulary);
  BOOST_TEST_REQUIRE(found.size() == 7u);
  BOOST_TEST(found[1].action == "");
  BOOST_TEST(found[2].action == "Action 17");
  BOOST_TEST(found[3].action == "Action 17");
  BOOST_TEST(found[4].action == "Action 17");
  BOOST_TEST(places(document) == (Strings{"body: paragraph 1", "table: table 1, row \"Indicator\"",
                                          "table: the table for Action 17", "table: the table for Action 17",
                                          "table: the table for Action 17", "table: table 2, row \"Other\"",
                                          "table: table 2, row \"Other\""}));
}

BOOST_AUTO_TEST_CASE(a_finding_is_located_at_a_paragraph_and_a_span_of_its_text) {
  DraftDocument document =
      DraftBuilder().paragraph("48", "Eight States Parties reported.").cell(0, 0, 0, "9").build();
  Analysis analysis{document,
                    check_context(),
                    DraftStructure{},
                    find_places(document, structure_of(document), check_context().data.vocabulary),
                    {}};
  Finding in_body = finding_in(analysis, 0, 0, 20, "count-mismatch", Severity::warning, "the message");
  BOOST_TEST(in_body.file == "draft.docx");
  BOOST_TEST(in_body.rule == "count-mismatch");
  BOOST_TEST((in_body.severity == Severity::warning));
  BOOST_TEST(in_body.paragraph == "48");
  BOOST_TEST(in_body.footnote == "");
  BOOST_TEST(in_body.message == "the message");
  BOOST_TEST(in_body.paragraph_index == 0u);
  BOOST_TEST(in_body.begin == 0u);
  BOOST_TEST(in_body.end == 20u);
  BOOST_TEST(!in_body.stated.has_value());

  Finding in_table = finding_in(analysis, 1, 0, 1, "indicator-mismatch", Severity::error, "in a table");
  BOOST_TEST(in_table.paragraph == "");
  BOOST_TEST(in_table.paragraph_index == 1u);
  BOOST_TEST((in_table.severity == Severity::error));
}

BOOST_AUTO_TEST_CASE(a_finding_at_a_claim_names_the_footnote_that_holds_its_list) {
  DraftDocument document =
      DraftBuilder().paragraph("53", "Eight States Parties reported.").footnote("Belgium and Chile.").build();
  Analysis analysis{document,
                    check_context(),
                    DraftStructure{},
                    find_places(document, structure_of(document), check_context().data.vocabulary),
                    {}};
  CountClaim claim;
  claim.paragraph = 0;
  claim.begin = 0;
  claim.end = 20;
  claim.stated = 8;
  claim.list_footnote = "100";
  Finding noted = finding_at(analysis, claim, "count-mismatch", Severity::error, "says eight, lists 2");
  BOOST_TEST(noted.paragraph == "53");
  BOOST_TEST(noted.footnote == "1");
  BOOST_TEST(noted.footnote_id == "100");
  BOOST_TEST_REQUIRE(noted.stated.has_value());
  BOOST_TEST(*noted.stated == 8);
  BOOST_TEST(!noted.listed.has_value());
  BOOST_TEST(noted.begin == 0u);
  BOOST_TEST(noted.end == 20u);
  BOOST_TEST(noted.message == "says eight, lists 2");

  claim.list_footnote = "999";
  Finding unknown_note = finding_at(analysis, claim, "count-mismatch", Severity::error, "m");
  BOOST_TEST(unknown_note.footnote == "");
  BOOST_TEST(unknown_note.footnote_id == "");
  claim.list_footnote.clear();
  BOOST_TEST(finding_at(analysis, claim, "count-mismatch", Severity::error, "m").footnote == "");
}

BOOST_AUTO_TEST_SUITE_END()
