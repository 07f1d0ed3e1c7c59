#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/check_command.h"
#include "cli/cli.h"
#include "core/process.h"
#include "core/text.h"
#include "core/zip_archive.h"
#include "docx/reader.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const std::string kNine =
    "Nine States Parties (Austria, Belgium, Chile, Denmark, Ecuador, France, Germany and Ireland)";
const std::string kDated = "<w:p><w:r><w:t>18 September 2024</w:t></w:r></w:p>";

std::string para(const std::string& runs, const std::string& properties = "") {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs + "</w:p>";
}
std::string text_run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

/// Drafts that carry Word features the reader must see through, each with one count-mismatch at
/// the words "Nine States Parties".
std::map<std::string, ZipParts> feature_drafts() {
  std::map<std::string, ZipParts> drafts;
  drafts["no-break-space"] =
      docx_from_xml(kDated + para(text_run("1.\tNine\u00a0" + kNine.substr(5) + " met.")));
  std::string deleted = "<w:del w:id=\"8\" w:author=\"A\"><w:r><w:delText>Gone.</w:delText></w:r></w:del>";
  drafts["deleted-paragraph"] =
      docx_from_xml(kDated + para(deleted, "<w:rPr><w:del w:id=\"9\" w:author=\"A\"/></w:rPr>") +
                    para(text_run("1.\t" + kNine + " met.")));
  std::string box = "<w:txbxContent>" + para(text_run("1.\t" + kNine + " met.")) + "</w:txbxContent>";
  drafts["text-box"] = docx_from_xml(
      kDated + para(text_run("Anchor.") +
                    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                    "<wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx>" +
                    box +
                    "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
                    "<mc:Fallback><w:pict><v:shape><v:textbox>" +
                    box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"));
  drafts["body-alternate-content"] =
      docx_from_xml(kDated + "<mc:AlternateContent><mc:Choice Requires=\"wps\">" +
                    para(text_run("1.\t" + kNine + " met.")) + "</mc:Choice><mc:Fallback>" +
                    para(text_run("1.\tFallback.")) + "</mc:Fallback></mc:AlternateContent>");
  return drafts;
}

}  // namespace

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

BOOST_AUTO_TEST_CASE(comments_are_valid_utf8_whatever_the_draft_holds) {
  // Bytes that are not UTF-8 inside a misspelt name, and a curly apostrophe in the heading: the
  // comments quote both, and the comments part stays UTF-8 (LibreOffice refuses it otherwise).
  TempDir dir;
  std::string heading =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>II. The Meeting of the "
      "States Parties\u2019 work</w:t></w:r></w:p>";
  ZipParts parts = docx_from_xml(kDated + heading +
                                 para(text_run("1.\tThree States Parties (Chile and Slov\xff"
                                               "akai) met.")));
  write_file(dir.path() / "draft.docx", *write_zip(parts));
  CliRun r = run_mspdoc(
      {"check", (dir.path() / "draft.docx").string(), "--annotate", (dir.path() / "checked.docx").string()});
  BOOST_TEST(r.code == 1);
  auto annotated = read_zip(dir.path() / "checked.docx");
  BOOST_TEST_REQUIRE(annotated.ok());
  const std::string& comments = annotated->at("word/comments.xml");
  BOOST_TEST(valid_utf8(comments));
  BOOST_TEST(comments.find("Slov\uFFFDakai") != std::string::npos, comments);
}

BOOST_AUTO_TEST_CASE(annotating_an_annotated_copy_replaces_mspdocs_own_comments) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Slovakai) met.");
  std::string once = (dir.path() / "once.docx").string(), twice = (dir.path() / "twice.docx").string();
  BOOST_TEST(run_mspdoc({"check", (dir.path() / "draft.docx").string(), "--annotate", once}).code == 1);
  BOOST_TEST(run_mspdoc({"check", once, "--annotate", twice}).code == 1);
  auto first = read_docx(once), second = read_docx(twice);
  BOOST_TEST_REQUIRE((first.ok() && second.ok()));
  auto count = [](const std::string& xml, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = xml.find(what); at != std::string::npos; at = xml.find(what, at + 1)) ++n;
    return n;
  };
  const std::string& comments = second->parts.at("word/comments.xml");
  BOOST_TEST(count(comments, "<w:comment ") == count(first->parts.at("word/comments.xml"), "<w:comment "));
  BOOST_TEST(count(second->parts.at("word/document.xml"), "<w:commentRangeStart") ==
             count(first->parts.at("word/document.xml"), "<w:commentRangeStart"));
}

BOOST_AUTO_TEST_CASE(new_comment_ids_never_collide_with_the_drafts_even_at_int_max) {
  TempDir dir;
  ZipParts parts = docx_from_xml(kDated + para(text_run("1.\t" + kNine + " met.")));
  parts["word/comments.xml"] =
      "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:comment w:id=\"2147483647\" w:author=\"Reviewer\" "
      "w:initials=\"R\"><w:p><w:r><w:t>Theirs</w:t></w:r></w:p>"
      "</w:comment><w:comment w:id=\"0\" w:author=\"Reviewer\" w:initials=\"R\"><w:p><w:r><w:t>Also "
      "theirs</w:t>"
      "</w:r></w:p></w:comment></w:comments>";
  write_file(dir.path() / "draft.docx", *write_zip(parts));
  std::string annotated = (dir.path() / "checked.docx").string();
  BOOST_TEST(run_mspdoc({"check", (dir.path() / "draft.docx").string(), "--annotate", annotated}).code == 1);
  auto read = read_docx(annotated);
  BOOST_TEST_REQUIRE(read.ok());
  const std::string& comments = read->parts.at("word/comments.xml");
  BOOST_TEST(comments.find("w:id=\"2147483647\" w:author=\"Reviewer\"") != std::string::npos);
  BOOST_TEST(comments.find("w:id=\"1\" w:author=\"mspdoc\"") != std::string::npos, comments);
  BOOST_TEST(comments.find("-2147483648") == std::string::npos);
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

BOOST_AUTO_TEST_CASE(
    annotated_copies_of_drafts_with_word_features_open_in_libreoffice_with_the_comment_at_the_finding,
    *boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  std::vector<std::string> args = {"soffice",
                                   "--headless",
                                   "-env:UserInstallation=file://" + (dir.path() / "lo").string(),
                                   "--convert-to",
                                   "docx",
                                   "--outdir",
                                   (dir.path() / "round-trip").string()};
  std::map<std::string, ZipParts> drafts = feature_drafts();
  for (const auto& [name, parts] : drafts) {
    write_file(dir.path() / (name + ".docx"), *write_zip(parts));
    CliRun r = run_mspdoc({"check", (dir.path() / (name + ".docx")).string(), "--annotate",
                           (dir.path() / (name + "-checked.docx")).string()});
    BOOST_TEST(r.code == 1, name);
    args.push_back((dir.path() / (name + "-checked.docx")).string());
  }
  BOOST_TEST_REQUIRE(run_process(args, std::chrono::seconds(180)).ok());
  for (const auto& [name, parts] : drafts) {
    auto reopened = read_docx(dir.path() / "round-trip" / (name + "-checked.docx"));
    BOOST_TEST_REQUIRE(reopened.ok(), name);
    BOOST_TEST_REQUIRE(reopened->parts.count("word/comments.xml") == 1u, name);
    const std::string& comments = reopened->parts.at("word/comments.xml");
    BOOST_TEST(comments.find("count-mismatch: paragraph 1 says") != std::string::npos, name);
    // The comment's range starts in the paragraph that holds the count.
    const std::string& body = reopened->parts.at("word/document.xml");
    std::size_t start = body.find("commentRangeStart");
    BOOST_TEST_REQUIRE(start != std::string::npos, name);
    std::size_t paragraph_end = body.find("</w:p>", start);
    BOOST_TEST(body.substr(start, paragraph_end - start).find("Nine") != std::string::npos, name);
  }
}

BOOST_AUTO_TEST_SUITE_END()
