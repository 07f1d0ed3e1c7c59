#include <boost/test/unit_test.hpp>
#include <sstream>

#include "build_command.h"
#include "cli.h"
#include "docx_testing.h"
#include "test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const std::filesystem::path kSmallReport = std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests/fixtures/small-report";

using Run = testing::CliRun;

Run run(const std::vector<std::string>& args) { return testing::run_mspdoc(args); }

/// A copy of the small report in `dir` with `from` replaced by `to` in progress-report.xml.
std::filesystem::path broken_copy(const TempDir& dir, const std::string& from, const std::string& to) {
  std::filesystem::create_directories(dir.path() / "records");
  std::filesystem::copy(kSmallReport / "meeting.xml", dir.path() / "records" / "meeting.xml");
  std::string text = read_file(kSmallReport / "progress-report.xml");
  auto at = text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  write_file(dir.path() / "records" / "progress-report.xml", text);
  return dir.path() / "records" / "progress-report.xml";
}

/// Builds a broken record over an existing output and checks exit 2, the message, and that the
/// output is untouched and no temporary file is left.
void expect_rejected(const std::string& from, const std::string& to, const std::string& expected_message) {
  TempDir dir;
  std::filesystem::path record = broken_copy(dir, from, to);
  std::filesystem::path out = dir.path() / "out";
  write_file(out / "12msp-progress-report.docx", "PREVIOUS");
  Run r = run({"build", record.string(), "-o", out.string(), "--to", "docx,md"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find(record.string() + ":") != std::string::npos, r.err);
  BOOST_TEST(r.err.find(expected_message) != std::string::npos, r.err);
  BOOST_TEST(read_file(out / "12msp-progress-report.docx") == "PREVIOUS");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(out)) ++files;
  BOOST_TEST(files == 1u);
}

std::string docx_text(const std::string& docx) {
  std::string text;
  for (const DocxParagraph& p : docx_paragraphs(docx_parts(docx).at("word/document.xml"))) text += p.text + "\n";
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(build)

BOOST_AUTO_TEST_CASE(a_missing_required_field_stops_the_build) {
  expect_rejected("<title>Test progress report: monitoring the *action plan*</title>", "",
                  ":8: <progress-report> lacks <title>, which is required; found <title-note> where it belongs");
}

BOOST_AUTO_TEST_CASE(an_unknown_state_stops_the_build_with_a_suggestion) {
  expect_rejected("<state>Chile</state>", "<state>Slovakai</state>",
                  ":15: unknown State \"Slovakai\"; did you mean Slovakia?");
}

BOOST_AUTO_TEST_CASE(a_signatory_in_a_states_parties_set_stops_the_build) {
  expect_rejected("<state>Croatia</state>", "<state>Angola</state>",
                  ":16: Angola was a signatory on 30 June 2024, so it cannot be in set \"gender-form\" of States "
                  "Parties (status=\"party\")");
}

BOOST_AUTO_TEST_CASE(malformed_xml_stops_the_build) {
  expect_rejected("</sets>", "</set>", "Opening and ending tag mismatch");
}

BOOST_AUTO_TEST_CASE(a_reference_to_a_missing_set_stops_the_build) {
  expect_rejected("<states set=\"signatories\" list=\"none\"/>", "<states set=\"signatorie\" list=\"none\"/>",
                  "no set has id \"signatorie\"");
}

BOOST_AUTO_TEST_CASE(a_meeting_outside_the_records_folder_is_refused) {
  expect_rejected("<meeting href=\"meeting.xml\"/>", "<meeting href=\"../meeting.xml\"/>",
                  "href=\"../meeting.xml\" must name a file in the same folder");
}

BOOST_AUTO_TEST_CASE(usage_errors_of_build) {
  BOOST_TEST(run({"build"}).code == 2);
  BOOST_TEST(run({"build", "x.xml", "--to", "odt"}).err == "mspdoc build: --to takes docx, pdf and md, comma-separated\n");
  Run missing = run({"build", "/nonexistent/records.xml", "--to", "md", "-o", "/tmp"});
  BOOST_TEST(missing.code == 2);
  BOOST_TEST(missing.err == "mspdoc: /nonexistent/records.xml: no such file\n");
}

BOOST_AUTO_TEST_CASE(markdown_characters_in_records_come_out_literally, *boost::unit_test::precondition(PandocAvailable())) {
  std::string text = docx_text(build_docx(kSmallReport / "progress-report.xml"));
  BOOST_TEST(text.find("Text with *stars*, _underscores_, [TBC], # hash and Article 3.6 stays literal.") !=
             std::string::npos, text);
  BOOST_TEST(text.find("1. A paragraph whose text starts like a list.") != std::string::npos);
  BOOST_TEST(text.find("Test progress report: monitoring the *action plan*") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(counts_follow_their_lists_in_words_and_figures, *boost::unit_test::precondition(PandocAvailable())) {
  std::string text = docx_text(build_docx(kSmallReport / "progress-report.xml"));
  BOOST_TEST(text.find("Nine States Parties (Belgium, Bosnia and Herzegovina, Chile, Croatia, Japan, Lebanon, New "
                       "Zealand, South Sudan and the United Kingdom of Great Britain and Northern Ireland) provided") !=
             std::string::npos, text);
  BOOST_TEST(text.find("One affected State Party (the Lao People's Democratic Republic) reported.") != std::string::npos);
  BOOST_TEST(text.find("Nine States Parties provided information on gender.") != std::string::npos);
  BOOST_TEST(text.find("The Netherlands hosted.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(building_twice_gives_identical_docx, *boost::unit_test::precondition(PandocAvailable())) {
  BOOST_TEST(build_docx(kSmallReport / "progress-report.xml") == build_docx(kSmallReport / "progress-report.xml"));
}

BOOST_AUTO_TEST_CASE(paragraphs_share_one_style_linked_numbering, *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts parts = docx_parts(build_docx(kSmallReport / "progress-report.xml"));
  std::size_t numbered = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) numbered += p.style == "ParaNoG";
  BOOST_TEST(numbered == 6u);
  BOOST_TEST(parts.at("word/styles.xml").find("w:numId w:val=\"1\"") != std::string::npos);
  BOOST_TEST(parts.at("word/header1.xml").find("CCM/MSP/2024/7") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_12msp_sample_has_100_numbered_paragraphs_and_11_tables,
                     *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts parts = docx_parts(build_docx(std::filesystem::path(MSPDOC_SOURCE_DIR) / "data/12msp/progress-report.xml"));
  std::size_t numbered = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) numbered += p.style == "ParaNoG";
  BOOST_TEST(numbered >= 100u);
  std::size_t tables = 0;
  for (std::size_t at = 0; (at = parts.at("word/document.xml").find("<w:tbl>", at)) != std::string::npos; ++at) ++tables;
  BOOST_TEST(tables == 11u);
  BOOST_TEST(parts.at("word/footnotes.xml").find("Bosnia and Herzegovina") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(build_writes_docx_and_pdf_end_to_end, *boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  Run r = run({"build", (kSmallReport / "progress-report.xml").string(), "-o", dir.path().string()});
  BOOST_TEST_REQUIRE(r.code == 0, r.err);
  BOOST_TEST(read_file(dir.path() / "12msp-progress-report.pdf").rfind("%PDF", 0) == 0u);
  BOOST_TEST(read_file(dir.path() / "12msp-progress-report.docx").rfind("PK", 0) == 0u);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  BOOST_TEST(files == 2u);
}

BOOST_AUTO_TEST_CASE(a_missing_pandoc_is_named_with_exit_3) {
  std::ostringstream out, err;
  TempDir dir;
  ToolSettings tools;
  tools.pandoc = "pandoc-that-is-not-installed";
  int code = run_build_command({(kSmallReport / "progress-report.xml").string(), "-o", dir.path().string()},
                               project_paths(), tools, out, err);
  BOOST_TEST(code == 3);
  BOOST_TEST(err.str().find("pandoc-that-is-not-installed is not installed or not on PATH") != std::string::npos,
             err.str());
}

BOOST_AUTO_TEST_SUITE_END()
