#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/check_command.h"
#include "cli/cli.h"
#include "core/process.h"
#include "docx/reader.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(docx_annotate)

BOOST_AUTO_TEST_CASE(annotate_adds_comments_and_changes_nothing_else) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Slovakai) met.");
  CliRun r = run_mspdoc(
      {"check", (dir.path() / "draft.docx").string(), "--annotate", (dir.path() / "checked.docx").string()});
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

BOOST_AUTO_TEST_CASE(the_annotated_copy_opens_in_libreoffice,
                     *boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  run_mspdoc(
      {"check", (dir.path() / "draft.docx").string(), "--annotate", (dir.path() / "checked.docx").string()});
  auto converted = run_process(
      {"soffice", "--headless", "-env:UserInstallation=file://" + (dir.path() / "lo").string(),
       "--convert-to", R"(pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}})",
       "--outdir", dir.path().string(), (dir.path() / "checked.docx").string()},
      std::chrono::seconds(120));
  BOOST_TEST_REQUIRE(converted.ok());
  std::string pdf = read_file(dir.path() / "checked.pdf");
  BOOST_TEST(pdf.rfind("%PDF", 0) == 0u);
  BOOST_TEST(pdf.find("/Annot") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
