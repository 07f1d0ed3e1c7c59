#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check_command.h"
#include "cli.h"
#include "docx_reader.h"
#include "docx_testing.h"
#include "process.h"
#include "test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

using Run = testing::CliRun;

Run run(const std::vector<std::string>& args) { return testing::run_mspdoc(args); }

/// A one-paragraph DOCX draft with a numbered paragraph, written to `file`.
void write_draft(const std::filesystem::path& file, const std::string& text) {
  const std::string ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  ZipParts parts;
  parts["[Content_Types].xml"] =
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  parts["_rels/.rels"] =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
  parts["word/document.xml"] = "<w:document " + ns + "><w:body><w:p><w:r><w:t>18 September 2024</w:t></w:r></w:p>" +
                               "<w:p><w:r><w:t xml:space=\"preserve\">1.\t" + text + "</w:t></w:r></w:p></w:body></w:document>";
  write_file(file, *write_zip(parts));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_command)

BOOST_AUTO_TEST_CASE(findings_print_one_line_each_and_exit_1) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  Run r = run({"check", (dir.path() / "draft.docx").string()});
  BOOST_TEST(r.code == 1);
  BOOST_TEST(r.out == (dir.path() / "draft.docx").string() +
                          ":1:: count-mismatch: paragraph 1 says \"Three States Parties\" but its list names 2 States\n");
}

BOOST_AUTO_TEST_CASE(a_clean_draft_exits_0) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Two States Parties (Chile and Peru) met.");
  Run r = run({"check", (dir.path() / "draft.docx").string()});
  BOOST_TEST(r.code == 0);
  BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(json_follows_the_design_notes) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  Run r = run({"check", (dir.path() / "draft.docx").string(), "--format", "json"});
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["errors"] == 1);
  BOOST_TEST(json["warnings"] == 0);
  const auto& finding = json["findings"][0];
  BOOST_TEST(finding["rule"] == "count-mismatch");
  BOOST_TEST(finding["severity"] == "error");
  BOOST_TEST(finding["paragraph"] == "1");
  BOOST_TEST(finding["footnote"].is_null());
  BOOST_TEST(finding["stated"] == 3);
  BOOST_TEST(finding["listed"] == 2);
  BOOST_TEST((finding["names"] == nlohmann::json::array({"Chile", "Peru"})));
}

BOOST_AUTO_TEST_CASE(unreadable_files_exit_2_with_one_line) {
  TempDir dir;
  write_file(dir.path() / "plain.docx", "not a zip at all");
  Run not_zip = run({"check", (dir.path() / "plain.docx").string()});
  BOOST_TEST(not_zip.code == 2);
  BOOST_TEST(std::count(not_zip.err.begin(), not_zip.err.end(), '\n') == 1);
  write_file(dir.path() / "other.zip", *write_zip({{"hello.txt", "hi"}}));
  Run not_docx = run({"check", (dir.path() / "other.zip").string()});
  BOOST_TEST(not_docx.code == 2);
  BOOST_TEST(not_docx.err.find("not a Word document") != std::string::npos);
  write_file(dir.path() / "bad.xml", "<progress-report>\n<oops>\n</progress-report>\n");
  Run malformed = run({"check", (dir.path() / "bad.xml").string()});
  BOOST_TEST(malformed.code == 2);
  BOOST_TEST(malformed.err.find((dir.path() / "bad.xml").string() + ":4:") != std::string::npos, malformed.err);
  write_file(dir.path() / "truncated.docx", read_file(std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests/golden/small-report/docProps/core.xml.golden").substr(0, 10));
  BOOST_TEST(run({"check", (dir.path() / "truncated.docx").string()}).code == 2);
}

BOOST_AUTO_TEST_CASE(annotate_adds_comments_and_changes_nothing_else) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Slovakai) met.");
  Run r = run({"check", (dir.path() / "draft.docx").string(), "--annotate", (dir.path() / "checked.docx").string()});
  BOOST_TEST(r.code == 1);
  auto original = read_docx(dir.path() / "draft.docx");
  auto annotated = read_docx(dir.path() / "checked.docx");
  BOOST_TEST_REQUIRE((original.ok() && annotated.ok()));
  BOOST_TEST_REQUIRE(original->paragraphs.size() == annotated->paragraphs.size());
  for (std::size_t i = 0; i < original->paragraphs.size(); ++i)
    BOOST_TEST(original->paragraphs[i].text == annotated->paragraphs[i].text);
  const std::string& comments = annotated->parts.at("word/comments.xml");
  BOOST_TEST(comments.find("count-mismatch: paragraph 1 says") != std::string::npos);
  BOOST_TEST(comments.find("unknown-name") != std::string::npos);
  BOOST_TEST(annotated->parts.at("word/document.xml").find("w:commentRangeStart") != std::string::npos);
  BOOST_TEST(annotated->parts.at("[Content_Types].xml").find("/word/comments.xml") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_annotated_copy_opens_in_libreoffice, *boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  run({"check", (dir.path() / "draft.docx").string(), "--annotate", (dir.path() / "checked.docx").string()});
  auto converted = run_process({"soffice", "--headless", "-env:UserInstallation=file://" + (dir.path() / "lo").string(),
                                "--convert-to", R"(pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}})", "--outdir", dir.path().string(), (dir.path() / "checked.docx").string()},
                               std::chrono::seconds(120));
  BOOST_TEST_REQUIRE(converted.ok());
  std::string pdf = read_file(dir.path() / "checked.pdf");
  BOOST_TEST(pdf.rfind("%PDF", 0) == 0u);
  BOOST_TEST(pdf.find("/Annot") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_documents_make_report_generates_check_with_zero_errors,
                     *boost::unit_test::precondition(PandocAvailable())) {
  Run r = run({"check", std::string(MSPDOC_SOURCE_DIR) + "/data/12msp/progress-report.xml",
               std::string(MSPDOC_SOURCE_DIR) + "/data/12msp/meeting.xml", "--format", "json"});
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["errors"] == 0, r.out);
  BOOST_TEST(r.code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
