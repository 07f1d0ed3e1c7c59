// The reading order of a Word body: paragraphs in and out of tables with their positions, and the
// text of a paragraph as a reader sees it.
#include "docx/walk.h"

#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "support/docx_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// `xml` parsed inside <w:body xmlns:w="...">.
struct Body {
  pugi::xml_document doc;
  explicit Body(const std::string& xml) {
    std::string text = std::string("<w:body ") + kWordNs +
                       " xmlns:mc=\"http://schemas.openxmlformats.org/"
                       "markup-compatibility/2006\">" +
                       xml + "</w:body>";
    BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_string(text.c_str())), text);
  }
  pugi::xml_node node() const { return doc.child("w:body"); }
};

std::string paragraph(const std::string& text) {
  return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::string xml = "<w:tbl><w:tblPr/>";
  for (const auto& row : rows) {
    xml += "<w:tr><w:trPr/>";
    for (const std::string& cell : row) xml += "<w:tc><w:tcPr/>" + cell + "</w:tc>";
    xml += "</w:tr>";
  }
  return xml + "</w:tbl>";
}

/// Each paragraph walked as "TEXT@TABLE/ROW/CELL", with "#BOX" for one in a text box.
std::vector<std::string> walked(const Body& body, std::string* error = nullptr) {
  std::vector<std::string> out;
  auto paragraphs = walk_story(body.node());
  if (!paragraphs) {
    if (error) *error = paragraphs.error().message;
    return out;
  }
  for (const WalkedParagraph& p : *paragraphs)
    out.push_back(p.text() + "@" + std::to_string(p.where.table) + "/" + std::to_string(p.where.row) + "/" +
                  std::to_string(p.where.cell) + (p.text_box >= 0 ? "#" + std::to_string(p.text_box) : ""));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_walk)

BOOST_AUTO_TEST_CASE(body_paragraphs_come_in_reading_order_with_their_table_positions) {
  Body body(paragraph("Intro") + "<w:sdt><w:sdtPr/><w:sdtContent>" + paragraph("In control") +
            "</w:sdtContent></w:sdt>" + "<w:ins w:id=\"1\">" + paragraph("Inserted") + "</w:ins>" +
            "<w:del w:id=\"2\">" + paragraph("Deleted") + "</w:del>" + "<w:moveFrom w:id=\"3\">" +
            paragraph("Moved away") + "</w:moveFrom>" +
            table({{paragraph("Action 17"), paragraph("10") + paragraph("second line")},
                   {paragraph("Action 18"), table({{paragraph("inner")}}) + paragraph("after inner")}}) +
            table({{paragraph("Next table")}}) + paragraph("Outro") + "<w:sectPr>" + paragraph("In sectPr") +
            "</w:sectPr>");
  std::string error;
  BOOST_TEST(walked(body, &error) ==
             (Strings{"Intro@-1/-1/-1", "In control@-1/-1/-1", "Inserted@-1/-1/-1", "Action 17@0/0/0",
                      "10@0/0/1", "second line@0/0/1", "Action 18@0/1/0", "inner@1/0/0", "after inner@0/1/1",
                      "Next table@2/0/0", "Outro@-1/-1/-1"}));
  BOOST_TEST(error == "");
}

BOOST_AUTO_TEST_CASE(tables_nested_deeper_than_the_reader_follows_are_an_error) {
  auto nested = [](int depth) {
    std::string xml = paragraph("deepest");
    for (int i = 0; i < depth; ++i) xml = table({{xml}});
    return paragraph("before") + xml;
  };
  std::string error;
  Strings deep_enough = walked(Body(nested(60)), &error);
  BOOST_TEST(error == "");
  BOOST_TEST_REQUIRE(deep_enough.size() == 2u);
  BOOST_TEST(deep_enough[1] == "deepest@59/0/0");

  BOOST_TEST(walked(Body(nested(70)), &error).empty());
  BOOST_TEST(error == "content nests deeper than 200 levels, more than mspdoc reads");
}

BOOST_AUTO_TEST_CASE(paragraph_text_is_read_as_shown_without_deletions_field_codes_or_text_boxes) {
  Body body(
      "<w:p><w:pPr><w:rPr><w:t>in properties</w:t></w:rPr></w:pPr>"
      "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">1.</w:t><w:tab/><w:t>Eight</w:t></w:r>"
      "<w:hyperlink><w:r><w:t xml:space=\"preserve\"> States</w:t></w:r></w:hyperlink>"
      "<w:ins><w:r><w:t xml:space=\"preserve\"> Parties</w:t></w:r></w:ins>"
      "<w:del><w:r><w:delText>seven</w:delText></w:r></w:del>"
      "<w:moveFrom><w:r><w:t>moved</w:t></w:r></w:moveFrom>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText><w:t>code</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/><w:t>(7)</w:t><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:footnoteReference w:id=\"4\"/></w:r>"
      "<w:r><w:br/><w:t>non</w:t><w:noBreakHyphen/><w:t>party</w:t><w:softHyphen/><w:cr/></w:r>"
      "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>choice</w:t></w:r></mc:Choice>"
      "<mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>"
      "<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></"
      "w:r>"
      "<w:r><w:footnoteRef/><w:t>.</w:t></w:r></w:p>");
  auto paragraphs = walk_story(body.node());
  BOOST_TEST_REQUIRE(paragraphs.ok());
  BOOST_TEST_REQUIRE(paragraphs->size() == 2u);
  Strings pieces;
  for (const TextPiece& piece : paragraphs->front().pieces)
    pieces.push_back(std::string(piece.node.name()) + "=" + piece.text);
  BOOST_TEST(pieces == (Strings{"w:t=1.", "w:tab=\t", "w:t=Eight", "w:t= States", "w:t= Parties", "w:t=(7)",
                                "w:footnoteReference=", "w:br= ", "w:t=non", "w:noBreakHyphen=-", "w:t=party",
                                "w:cr= ", "w:t=choice", "w:t=."}));
  BOOST_TEST(paragraphs->front().text() == "1.\tEight States Parties(7) non-party choice.");
  BOOST_TEST(paragraphs->back().text() == "boxed");
  BOOST_TEST(paragraphs->back().text_box == 0);
}

BOOST_AUTO_TEST_CASE(visible_text_turns_unicode_spaces_into_spaces_and_drops_invisible_characters) {
  BOOST_TEST(visible_text("9\u00a0States\u202fParties\u2007and\u2009more") == "9 States Parties and more");
  BOOST_TEST(visible_text("Ni\u200bne Aus\u00adtria\u200c\u200d\u2060\ufeff") == "Nine Austria");
  BOOST_TEST(visible_text("C\u00f4te d\u2019Ivoire") == "C\u00f4te d\u2019Ivoire");
}

BOOST_AUTO_TEST_SUITE_END()
