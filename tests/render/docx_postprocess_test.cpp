#include <boost/test/unit_test.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "core/process.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(render_docx_postprocess)

BOOST_AUTO_TEST_CASE(paragraphs_share_one_style_linked_numbering,
                     *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts parts = docx_parts(build_docx(small_report_dir() / "progress-report.xml"));
  std::size_t numbered = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml")))
    numbered += p.style == "ParaNoG";
  BOOST_TEST(numbered == 6u);
  BOOST_TEST(parts.at("word/styles.xml").find("w:numId w:val=\"1\"") != std::string::npos);
  BOOST_TEST(parts.at("word/header1.xml").find("CCM/MSP/2024/7") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(word_opens_the_document_in_its_current_layout_and_no_style_dangles,
                     *boost::unit_test::precondition(PandocAvailable())) {
  for (const char* record : {"progress-report.xml", "final-report.xml"}) {
    ZipParts parts = docx_parts(build_docx(sample_records_dir() / record));
    pugi::xml_document settings, styles;
    BOOST_TEST_REQUIRE(settings.load_string(parts.at("word/settings.xml").c_str()));
    BOOST_TEST_REQUIRE(styles.load_string(parts.at("word/styles.xml").c_str()));
    pugi::xml_node mode = settings.child("w:settings")
                              .child("w:compat")
                              .find_child_by_attribute("w:compatSetting", "w:name", "compatibilityMode");
    BOOST_TEST(std::string(mode.attribute("w:val").as_string()) == "15", record);
    std::set<std::string> ids;
    for (pugi::xml_node style : styles.child("w:styles").children("w:style"))
      ids.insert(style.attribute("w:styleId").as_string());
    std::vector<std::string> dangling;
    for (pugi::xml_node style : styles.child("w:styles").children("w:style"))
      for (const char* reference : {"w:basedOn", "w:link", "w:next"})
        if (pugi::xml_node to = style.child(reference); to && !ids.count(to.attribute("w:val").as_string()))
          dangling.push_back(std::string(style.attribute("w:styleId").as_string()) + " " + reference + " " +
                             to.attribute("w:val").as_string());
    BOOST_TEST(dangling.empty(), record << ": " << dangling.size() << " dangle, first "
                                        << (dangling.empty() ? "" : dangling[0]));
    std::string numbering = parts.at("word/numbering.xml");
    for (std::size_t at = numbering.find("w:nsid w:val=\""); at != std::string::npos;
         at = numbering.find("w:nsid w:val=\"", at + 1)) {
      std::size_t from = at + 14, to = numbering.find('"', from);
      BOOST_TEST(to - from == 8u, numbering.substr(from, to - from));
    }
  }
}

namespace {

std::size_t leading_spaces(const std::string& line) {
  return std::min(line.find_first_not_of(' '), line.size());
}

/// The lines of `text`, as pdftotext -layout gives them.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

// The footnote number stands before the text column, the text starts at the indent and wraps
// back to it, as in the UN Geneva templates: checked on the PDF that LibreOffice makes.
BOOST_AUTO_TEST_CASE(footnotes_set_the_number_before_the_text_column_and_the_text_at_the_indent,
                     *boost::unit_test::precondition(PandocAvailable()) *
                         boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  CliRun built = run_mspdoc({"build", (sample_records_dir() / "progress-report.xml").string(), "-o",
                             dir.path().string(), "--to", "pdf"});
  BOOST_TEST_REQUIRE(built.code == 0, built.err);
  auto text = run_process({"pdftotext", "-layout", (dir.path() / "12msp-progress-report.pdf").string(),
                           (dir.path() / "report.txt").string()},
                          std::chrono::seconds(60));
  BOOST_TEST_REQUIRE(text.ok());
  std::vector<std::string> lines = lines_of(read_file(dir.path() / "report.txt"));
  std::size_t note = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("Belgium, Bosnia and Herzegovina, Chile, Croatia") != std::string::npos) note = i;
  }
  BOOST_TEST_REQUIRE(note > 1u);
  std::size_t column = leading_spaces(lines[note]);
  BOOST_TEST(leading_spaces(lines[note + 1]) == column, lines[note + 1]);  // wraps back to the indent
  std::size_t mark = note - 1;
  while (mark > 0 && lines[mark].find_first_not_of(' ') == std::string::npos) --mark;
  BOOST_TEST(lines[mark].substr(leading_spaces(lines[mark])) == "2");  // the number, raised
  BOOST_TEST(leading_spaces(lines[mark]) < column);
  std::size_t margin = column;
  for (const std::string& line : lines)
    if (line.find_first_not_of(" \f") != std::string::npos) margin = std::min(margin, leading_spaces(line));
  BOOST_TEST(leading_spaces(lines[mark]) > margin);  // not at the page margin
}

BOOST_AUTO_TEST_SUITE_END()
