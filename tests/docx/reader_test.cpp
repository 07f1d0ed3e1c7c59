#include "docx/reader.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/cli.h"
#include "render/templates.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::string numbered(int num, int level, const std::string& text) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

const char* const kDecimalAndLetters = R"xml(
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="42"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>)xml";

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_reader)

BOOST_AUTO_TEST_CASE(text_runs_join_across_hyperlinks_smart_tags_fields_and_insertions) {
  auto document = read_docx_xml(
      R"(<w:p><w:r><w:t>Nine States </w:t></w:r><w:hyperlink><w:r><w:t>Par</w:t></w:r></w:hyperlink>)"
      R"(<w:smartTag><w:r><w:t>ties</w:t></w:r></w:smartTag><w:ins><w:r><w:t> (Chile)</w:t></w:r></w:ins>)"
      R"(<w:del><w:r><w:delText> deleted</w:delText></w:r></w:del>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> met</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>.</w:t></w:r></w:p>)");
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->paragraphs.front().text == "Nine States Parties (Chile) met\t.");
}

BOOST_AUTO_TEST_CASE(numbers_count_on_across_instances_and_restart_at_a_start_override) {
  auto document = read_docx_xml(numbered(1, 0, "a") + numbered(3, 0, "b") + numbered(1, 1, "sub") +
                                    numbered(1, 1, "sub") + numbered(2, 0, "c") + numbered(2, 0, "d") +
                                    numbered(1, 1, "sub"),
                                kDecimalAndLetters);
  BOOST_TEST_REQUIRE(document.ok());
  std::vector<std::string> labels;
  for (const DraftParagraph& p : document->paragraphs) labels.push_back(p.label);
  std::vector<std::string> expected = {"1.", "2.", "(a)", "(b)", "42.", "43.", "(a)"};
  BOOST_TEST(labels == expected, boost::test_tools::per_element());
  BOOST_TEST(document->paragraphs[3].reference == "2 (b)");
}

BOOST_AUTO_TEST_CASE(style_linked_numbering_and_typed_numbers) {
  const char* styles = R"(<w:style w:type="paragraph" w:styleId="ParaNoG"><w:name w:val="_ ParaNo_G"/>
      <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>)";
  std::string body =
      R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I. Introduction</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="ParaNoG"/></w:pPr><w:r><w:t>One.</w:t></w:r></w:p>)"
      R"(<w:p><w:pPr><w:pStyle w:val="ParaNoG"/></w:pPr><w:r><w:t>Two.</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>7.	Typed.</w:t></w:r></w:p>)";
  auto document = read_docx_xml(body, kDecimalAndLetters, "", styles);
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->paragraphs[0].is_heading());
  BOOST_TEST(document->paragraphs[0].style == "heading 1");
  BOOST_TEST(document->paragraphs[2].number == "2");
  BOOST_TEST(document->paragraphs[2].style == "_ ParaNo_G");
  BOOST_TEST(document->paragraphs[3].number == "7");
  BOOST_TEST(document->paragraphs[3].typed_number);
}

BOOST_AUTO_TEST_CASE(footnotes_carry_the_marks_a_reader_sees) {
  std::string body =
      R"(<w:p><w:r><w:t>Title</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>Ten States</w:t></w:r><w:r><w:footnoteReference w:id="9"/></w:r><w:r><w:t> met.</w:t></w:r></w:p>)";
  std::string notes =
      R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="5"><w:p><w:r><w:t>* Without editing.</w:t></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="9"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>Chile and Peru.</w:t></w:r></w:p></w:footnote>)";
  auto document = read_docx_xml(body, "", notes);
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->footnote("5")->mark == "*");
  BOOST_TEST(document->footnote("9")->mark == "1");
  BOOST_TEST(document->footnote("9")->text == "Chile and Peru.");
  BOOST_TEST(document->paragraphs[1].notes.front().offset == 10u);
}

BOOST_AUTO_TEST_CASE(tables_are_read_cell_by_cell) {
  auto document =
      read_docx_xml(R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Action 9</w:t></w:r></w:p></w:tc>)"
                    R"(<w:tc><w:p><w:r><w:t>XX SPs paid.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->paragraphs[1].table == 0);
  BOOST_TEST(document->paragraphs[1].cell == 1);
  BOOST_TEST(document->paragraphs[1].reference == "table 1");
}

BOOST_AUTO_TEST_CASE(unreadable_files_are_errors_naming_the_file) {
  testing::TempDir dir;
  testing::write_file(dir.path() / "plain.docx", "this is not a zip");
  auto not_zip = read_docx(dir.path() / "plain.docx");
  BOOST_TEST_REQUIRE(!not_zip.ok());
  BOOST_TEST(not_zip.error().str().rfind(
                 (dir.path() / "plain.docx").string() + ": not a readable zip package", 0) == 0u);
  ZipParts no_document{{"word/styles.xml", "<x/>"}};
  BOOST_TEST(read_docx_parts(no_document, "a.docx").error().str() ==
             "a.docx: not a Word document: no word/document.xml");
  ZipParts broken{{"word/document.xml", "<w:document"}};
  BOOST_TEST(read_docx_parts(broken, "b.docx")
                 .error()
                 .str()
                 .rfind("b.docx: word/document.xml is not well-formed XML", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_doctype_or_entities_in_a_docx_are_refused) {
  TempDir dir;
  ZipParts parts{{"word/document.xml",
                  "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                  "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document " +
                      std::string(kWordNs) +
                      "><w:body><w:p><w:r><w:t>&b;</w:t>"
                      "</w:r></w:p></w:body></w:document>"}};
  write_file(dir.path() / "entities.docx", *write_zip(parts));
  CliRun r = check_file(dir.path() / "entities.docx");
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find("word/document.xml declares a DOCTYPE") != std::string::npos, r.err);
  BOOST_TEST(count_lines(r.err) == 1u);
}

BOOST_AUTO_TEST_CASE(deeply_nested_tables_are_refused_not_recursed_into) {
  TempDir dir;
  std::string body;
  for (int i = 0; i < 200; ++i) body += "<w:tbl><w:tr><w:tc>";
  body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < 200; ++i) body += "</w:tc></w:tr></w:tbl>";
  CliRun r = check_file(docx_with_body(dir.path(), body));
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + (dir.path() / "draft.docx").string() +
                          ": tables or content controls nest too deeply to read\n");
}

BOOST_AUTO_TEST_CASE(very_deep_xml_does_not_overflow_the_stack) {
  TempDir dir;
  std::string body = "<w:p>";
  for (int i = 0; i < 100000; ++i) body += "<w:r>";
  for (int i = 0; i < 100000; ++i) body += "</w:r>";
  body += "</w:p>";
  CliRun r = check_file(docx_with_body(dir.path(), body));
  BOOST_TEST((r.code == 0 || r.code == 2));
}

BOOST_AUTO_TEST_CASE(a_footnote_referenced_but_absent_reads_as_empty) {
  TempDir dir;
  CliRun r = check_file(
      docx_with_body(dir.path(),
                     "<w:p><w:r><w:t>1. Two States Parties met.</w:t></w:r><w:r><w:footnoteReference "
                     "w:id=\"42\"/></w:r></w:p>"));
  BOOST_TEST(r.code == 0);
  auto document = read_docx(dir.path() / "draft.docx");
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->footnote("42")->text.empty());
}

BOOST_AUTO_TEST_SUITE_END()
