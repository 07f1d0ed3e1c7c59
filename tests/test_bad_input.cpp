// Hostile and broken input: each case ends in a clear one-line error naming the file and place,
// exit code 2 (3 for a failing external tool), no crash, and any earlier output left alone.

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "build_command.h"
#include "check_command.h"
#include "cli.h"
#include "docx_reader.h"
#include "docx_testing.h"
#include "templates.h"
#include "test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const std::filesystem::path kSmallReport = std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests/fixtures/small-report";
const std::string kNs = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

struct Run {
  int code;
  std::string out, err;
};

Run build_with(const ToolSettings& tools, const std::filesystem::path& out, const std::string& formats) {
  std::ostringstream o, e;
  int code = run_build_command({(kSmallReport / "progress-report.xml").string(), "-o", out.string(), "--to", formats},
                               project_paths(), tools, o, e);
  return Run{code, o.str(), e.str()};
}

Run check(const std::filesystem::path& file) {
  std::ostringstream o, e;
  int code = run_cli({"check", file.string()}, project_paths(), o, e);
  return Run{code, o.str(), e.str()};
}

std::size_t lines(const std::string& text) { return std::size_t(std::count(text.begin(), text.end(), '\n')); }

/// A script standing in for an external tool.
std::filesystem::path fake_tool(const TempDir& dir, const std::string& name, const std::string& body) {
  std::filesystem::path script = dir.path() / name;
  write_file(script, "#!/bin/sh\n" + body + "\n");
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  return script;
}

/// A DOCX whose word/document.xml body is `body`.
std::filesystem::path docx_with_body(const TempDir& dir, const std::string& body) {
  ZipParts parts{{"word/document.xml", "<w:document " + kNs + "><w:body>" + body + "</w:body></w:document>"}};
  write_file(dir.path() / "draft.docx", *write_zip(parts));
  return dir.path() / "draft.docx";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_input)

BOOST_AUTO_TEST_CASE(a_template_syntax_error_names_the_template_and_line) {
  TempDir dir;
  write_file(dir.path() / "broken.mustache", "line one\n{{#section}}\nnever closed\n");
  auto loaded = TemplateSet::load(dir.path(), "broken");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().str() == (dir.path() / "broken.mustache").string() + ":2: Unclosed section \"section\"");
}

BOOST_AUTO_TEST_CASE(a_missing_partial_names_the_template_and_line) {
  TempDir dir;
  write_file(dir.path() / "main.mustache", "text\n{{> nowhere}}\n");
  auto loaded = TemplateSet::load(dir.path(), "main");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().str().rfind((dir.path() / "main.mustache").string() + ":2: partial \"nowhere\" not found", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_partial_cannot_reach_outside_templates) {
  TempDir dir;
  write_file(dir.path() / "main.mustache", "{{> ../../etc/passwd}}\n");
  auto loaded = TemplateSet::load(dir.path(), "main");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().message.find("must be a plain name") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_failing_pandoc_exits_3_naming_it_and_keeps_the_old_output) {
  TempDir dir;
  ToolSettings tools;
  tools.pandoc = fake_tool(dir, "pandoc", "echo 'pandoc: out of luck' >&2; exit 64").string();
  write_file(dir.path() / "out" / "12msp-progress-report.docx", "PREVIOUS");
  Run r = build_with(tools, dir.path() / "out", "docx");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("\nmspdoc: pandoc failed (exit 64): pandoc: out of luck\n") != std::string::npos, r.err);
  BOOST_TEST(read_file(dir.path() / "out" / "12msp-progress-report.docx") == "PREVIOUS");
}

BOOST_AUTO_TEST_CASE(a_missing_libreoffice_exits_3_and_keeps_the_old_pdf, *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  ToolSettings tools;
  tools.soffice = "soffice-that-is-not-installed";
  write_file(dir.path() / "out" / "12msp-progress-report.pdf", "PREVIOUS");
  Run r = build_with(tools, dir.path() / "out", "pdf");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("mspdoc: soffice-that-is-not-installed is not installed or not on PATH") != std::string::npos, r.err);
  BOOST_TEST(read_file(dir.path() / "out" / "12msp-progress-report.pdf") == "PREVIOUS");
}

BOOST_AUTO_TEST_CASE(a_hanging_libreoffice_is_stopped_after_the_time_allowed, *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  ToolSettings tools;
  tools.soffice = fake_tool(dir, "soffice", "sleep 30").string();
  tools.timeout = std::chrono::seconds(1);
  Run r = build_with(tools, dir.path() / "out", "pdf");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("LibreOffice did not finish in time") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(a_zip_bomb_is_refused) {
  TempDir dir;
  ZipParts parts{{"word/document.xml", std::string((64u << 20) + 1, ' ')}};
  write_file(dir.path() / "bomb.docx", *write_zip(parts));
  BOOST_TEST(std::filesystem::file_size(dir.path() / "bomb.docx") < 1000000u);
  Run r = check(dir.path() / "bomb.docx");
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + (dir.path() / "bomb.docx").string() + ": zip entry word/document.xml inflates past the size limit\n");
}

BOOST_AUTO_TEST_CASE(zip_limits_hold_for_entries_and_totals) {
  TempDir dir;
  write_file(dir.path() / "two.zip", *write_zip({{"a", std::string(600, 'a')}, {"b", std::string(600, 'b')}}));
  ZipLimits small;
  small.max_entry_bytes = 700;
  small.max_total_bytes = 1000;
  BOOST_TEST(!read_zip(dir.path() / "two.zip", small).ok());
  small.max_total_bytes = 2000;
  BOOST_TEST(read_zip(dir.path() / "two.zip", small).ok());
}

BOOST_AUTO_TEST_CASE(a_doctype_or_entities_in_a_docx_are_refused) {
  TempDir dir;
  ZipParts parts{{"word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                       "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document " + kNs + "><w:body><w:p><w:r><w:t>&b;</w:t>"
                                       "</w:r></w:p></w:body></w:document>"}};
  write_file(dir.path() / "entities.docx", *write_zip(parts));
  Run r = check(dir.path() / "entities.docx");
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find("word/document.xml declares a DOCTYPE") != std::string::npos, r.err);
  BOOST_TEST(lines(r.err) == 1u);
}

BOOST_AUTO_TEST_CASE(an_external_entity_in_a_record_is_refused) {
  TempDir dir;
  std::filesystem::copy(kSmallReport / "meeting.xml", dir.path() / "meeting.xml");
  std::string record = read_file(kSmallReport / "progress-report.xml");
  record.insert(record.find("<progress-report"), "<!DOCTYPE progress-report [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n");
  write_file(dir.path() / "progress-report.xml", record);
  std::ostringstream o, e;
  int code = run_cli({"build", (dir.path() / "progress-report.xml").string(), "--to", "md", "-o", (dir.path() / "out").string()},
                     project_paths(), o, e);
  BOOST_TEST(code == 2);
  BOOST_TEST(e.str().find("a DOCTYPE is not allowed in records") != std::string::npos, e.str());
  BOOST_TEST(!std::filesystem::exists(dir.path() / "out" / "12msp-progress-report.md"));
}

BOOST_AUTO_TEST_CASE(deeply_nested_tables_are_refused_not_recursed_into) {
  TempDir dir;
  std::string body;
  for (int i = 0; i < 200; ++i) body += "<w:tbl><w:tr><w:tc>";
  body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < 200; ++i) body += "</w:tc></w:tr></w:tbl>";
  Run r = check(docx_with_body(dir, body));
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + (dir.path() / "draft.docx").string() + ": tables or content controls nest too deeply to read\n");
}

BOOST_AUTO_TEST_CASE(very_deep_xml_does_not_overflow_the_stack) {
  TempDir dir;
  std::string body = "<w:p>";
  for (int i = 0; i < 100000; ++i) body += "<w:r>";
  for (int i = 0; i < 100000; ++i) body += "</w:r>";
  body += "</w:p>";
  Run r = check(docx_with_body(dir, body));
  BOOST_TEST((r.code == 0 || r.code == 2));
}

BOOST_AUTO_TEST_CASE(a_footnote_referenced_but_absent_reads_as_empty) {
  TempDir dir;
  Run r = check(docx_with_body(dir, "<w:p><w:r><w:t>1. Two States Parties met.</w:t></w:r><w:r><w:footnoteReference "
                                    "w:id=\"42\"/></w:r></w:p>"));
  BOOST_TEST(r.code == 0);
  auto document = read_docx(dir.path() / "draft.docx");
  BOOST_TEST_REQUIRE(document.ok());
  BOOST_TEST(document->footnote("42")->text.empty());
}

BOOST_AUTO_TEST_CASE(a_draft_of_5000_pages_is_read_and_checked) {
  TempDir dir;
  std::string page;
  for (int i = 0; i < 24; ++i)
    page += "<w:p><w:r><w:t>Nine States Parties (Belgium, Bosnia and Herzegovina, Chile, Croatia, Japan, Lebanon, New "
            "Zealand, South Sudan and the United Kingdom) reported on gender in their reports.</w:t></w:r></w:p>";
  std::string body;
  body.reserve(page.size() * 5000);
  for (int i = 0; i < 5000; ++i) body += page;
  Run r = check(docx_with_body(dir, body));
  BOOST_TEST(r.code == 0, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
