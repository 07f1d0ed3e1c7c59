// Paragraph numbers as Word shows them: counters, formats, restarts, overrides, bullets and styles.
#include "docx/numbering.h"

#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "support/docx_testing.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// A parsed part: <w:ROOT xmlns:w="...">CHILDREN</w:ROOT>, or an empty document when `children` is empty.
struct Part {
  pugi::xml_document doc;
  Part(const char* root, const std::string& children) {
    if (children.empty()) return;
    std::string xml = std::string("<w:") + root + " " + kWordNs + ">" + children + "</w:" + root + ">";
    BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_string(xml.c_str())), xml);
  }
};

std::string level(int ilvl, const std::string& format, const std::string& text,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\">" + extra + "<w:numFmt w:val=\"" + format +
         "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

/// Counts the paragraphs `refs` in order and gives each label as "TEXT|NUMBER" ("•|*" for a bullet).
std::vector<std::string> labels(DocxNumbering& numbering, const std::vector<NumberingRef>& refs) {
  std::vector<std::string> out;
  for (const NumberingRef& ref : refs) {
    NumberLabel label = numbering.next(ref);
    out.push_back(label.text + "|" + (label.bullet ? "*" : label.number));
  }
  return out;
}

using Labels = std::vector<std::string>;

/// The numbering a paragraph with properties `ppr` (the children of w:pPr) has, as "NUM/LEVEL" or "none".
std::string reference_of(const DocxNumbering& numbering, const std::string& ppr) {
  Part paragraph("pPr", ppr.empty() ? "<w:ind/>" : ppr);
  auto ref = numbering.reference(paragraph.doc.child("w:pPr"));
  return ref ? std::to_string(ref->num_id) + "/" + std::to_string(ref->level) : "none";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_numbering)

BOOST_AUTO_TEST_CASE(levels_count_in_their_formats_and_deeper_levels_restart_below_a_new_number) {
  Part numbering("numbering",
                 "<w:abstractNum w:abstractNumId=\"5\">" +
                     level(0, "decimal", "%1.", "<w:start w:val=\"47\"/>") + level(1, "lowerLetter", "(%2)") +
                     level(2, "lowerRoman", "%1.%2.%3") + level(3, "upperLetter", "%4)") +
                     level(4, "decimalZero", "%5") +
                     "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"5\"/></w:num>");
  Part styles("styles", "");
  DocxNumbering counters(numbering.doc, styles.doc);
  BOOST_TEST(labels(counters, {{1, 0}, {1, 1}, {1, 1}, {1, 2}, {1, 2}, {1, 2}, {1, 2}, {1, 0}, {1, 1}}) ==
             (Labels{"47.|47", "(a)|a", "(b)|b", "47.b.i|i", "47.b.ii|ii", "47.b.iii|iii", "47.b.iv|iv",
                     "48.|48", "(a)|a"}));
  std::vector<NumberingRef> many(27, NumberingRef{1, 3});
  Labels letters = labels(counters, many);
  BOOST_TEST(letters[0] == "A)|A");
  BOOST_TEST(letters[25] == "Z)|Z");
  BOOST_TEST(letters[26] == "AA)|AA");
  BOOST_TEST(labels(counters, {{1, 4}, {1, 4}}) == (Labels{"01|01", "02|02"}));
  BOOST_TEST(labels(counters, {{1, 2}}) == (Labels{"48.a.i|i"}));
}

BOOST_AUTO_TEST_CASE(instances_share_the_counters_of_their_abstract_numbering_until_a_start_override) {
  Part numbering("numbering",
                 "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.") +
                     level(1, "lowerLetter", "(%2)", "<w:lvlRestart w:val=\"0\"/>") +
                     "</w:abstractNum>"
                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                     "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
                     "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
                     "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
                     "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/>"
                     "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>");
  Part styles("styles", "");
  DocxNumbering counters(numbering.doc, styles.doc);
  BOOST_TEST(
      labels(counters,
             {{1, 0}, {1, 0}, {2, 0}, {1, 1}, {1, 0}, {1, 1}, {3, 0}, {3, 0}, {1, 0}, {4, 0}, {3, 0}}) ==
      (Labels{"1.|1", "2.|2", "3.|3", "(a)|a", "4.|4", "(b)|b", "1.|1", "2.|2", "3.|3", "10.|10", "11.|11"}));
}

BOOST_AUTO_TEST_CASE(bullets_show_their_symbol_and_unknown_numbering_shows_nothing) {
  Part numbering("numbering",
                 "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "bullet", "\u2022") +
                     level(1, "none", "") +
                     "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>"
                     "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"99\"/></w:num>");
  Part styles("styles", "");
  DocxNumbering counters(numbering.doc, styles.doc);
  NumberLabel bullet = counters.next({7, 0});
  BOOST_TEST(bullet.bullet);
  BOOST_TEST(bullet.text == "\u2022");
  BOOST_TEST(bullet.number == "");
  BOOST_TEST(labels(counters, {{7, 1}, {7, 2}, {8, 0}, {42, 0}}) == (Labels{"|", "|", "|", "|"}));
  BOOST_TEST(!counters.next({42, 0}).bullet);

  Part no_numbering("numbering", "");
  DocxNumbering empty(no_numbering.doc, styles.doc);
  BOOST_TEST(labels(empty, {{1, 0}}) == (Labels{"|"}));
}

BOOST_AUTO_TEST_CASE(a_paragraph_takes_its_numbering_from_its_properties_or_its_style_chain) {
  Part numbering("numbering", "");
  Part styles(
      "styles",
      "<w:style w:styleId=\"ParaNoG\"><w:name w:val=\"_ ParaNo_G\"/>"
      "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:styleId=\"SubPara\"><w:name w:val=\"Sub para\"/><w:basedOn w:val=\"ParaNoG\"/></w:style>"
      "<w:style w:styleId=\"Unnumbered\"><w:basedOn w:val=\"ParaNoG\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>");
  DocxNumbering numbers(numbering.doc, styles.doc);
  BOOST_TEST(reference_of(numbers, "<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"9\"/></w:numPr>") ==
             "9/2");
  BOOST_TEST(reference_of(numbers, "<w:numPr><w:ilvl w:val=\"12\"/><w:numId w:val=\"9\"/></w:numPr>") ==
             "9/8");
  BOOST_TEST(
      reference_of(numbers, "<w:pStyle w:val=\"ParaNoG\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>") ==
      "none");
  BOOST_TEST(reference_of(numbers, "<w:pStyle w:val=\"ParaNoG\"/>") == "3/0");
  BOOST_TEST(reference_of(numbers, "<w:pStyle w:val=\"SubPara\"/>") == "3/0");
  BOOST_TEST(reference_of(numbers, "<w:pStyle w:val=\"SubPara\"/><w:numPr><w:ilvl w:val=\"1\"/></w:numPr>") ==
             "3/1");
  BOOST_TEST(reference_of(numbers, "<w:pStyle w:val=\"Unnumbered\"/>") == "none");
  BOOST_TEST(reference_of(numbers, "<w:pStyle w:val=\"Normal\"/>") == "none");
  BOOST_TEST(reference_of(numbers, "") == "none");
  BOOST_TEST(!numbers.reference(pugi::xml_node()).has_value());
}

BOOST_AUTO_TEST_CASE(style_names_and_outline_levels_follow_the_style_chain) {
  Part numbering("numbering", "");
  Part styles("styles",
              "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
              "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
              "<w:style w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/>"
              "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
              "<w:style w:styleId=\"ChapterTitle\"><w:basedOn w:val=\"Heading1\"/></w:style>"
              "<w:style w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style>"
              "<w:style w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>");
  DocxNumbering numbers(numbering.doc, styles.doc);
  BOOST_TEST(numbers.style_name("Heading1") == "heading 1");
  BOOST_TEST(numbers.style_name("ChapterTitle") == "ChapterTitle");
  BOOST_TEST(numbers.style_name("NoSuchStyle") == "NoSuchStyle");
  BOOST_TEST(numbers.style_outline_level("Heading1") == 0);
  BOOST_TEST(numbers.style_outline_level("Heading2") == 1);
  BOOST_TEST(numbers.style_outline_level("ChapterTitle") == 0);
  BOOST_TEST(numbers.style_outline_level("Normal") == -1);
  BOOST_TEST(numbers.style_outline_level("Loop") == -1);
  BOOST_TEST(numbers.style_outline_level("NoSuchStyle") == -1);
}

BOOST_AUTO_TEST_SUITE_END()
