#include "cli/check_command.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "check/findings.h"
#include "cli/cli.h"
#include "core/process.h"
#include "core/text.h"
#include "docx/reader.h"
#include "records/final_report.h"
#include "registry/un_style.h"
#include "render/drafting.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(cli_check_command)

BOOST_AUTO_TEST_CASE(findings_print_one_line_each_and_exit_1) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  CliRun r = run_mspdoc({"check", (dir.path() / "draft.docx").string()});
  BOOST_TEST(r.code == 1);
  std::string file = (dir.path() / "draft.docx").string();
  BOOST_TEST(
      r.out ==
      file + ": statuses as of 2024-09-18 (masthead)\n" + file +
          ":1:: count-mismatch: paragraph 1 says \"Three States Parties\" but its list names 2 States\n");
}

BOOST_AUTO_TEST_CASE(a_clean_draft_exits_0) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Two States Parties (Chile and Peru) met.");
  CliRun r = run_mspdoc({"check", (dir.path() / "draft.docx").string()});
  BOOST_TEST(r.code == 0);
  BOOST_TEST(r.out == (dir.path() / "draft.docx").string() + ": statuses as of 2024-09-18 (masthead)\n");
}

BOOST_AUTO_TEST_CASE(json_follows_the_design_notes) {
  TempDir dir;
  write_draft(dir.path() / "draft.docx", "Three States Parties (Chile and Peru) met.");
  CliRun r = run_mspdoc({"check", (dir.path() / "draft.docx").string(), "--format", "json"});
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["errors"] == 1);
  BOOST_TEST(json["warnings"] == 0);
  BOOST_TEST((json["as_of"] == nlohmann::json{{"date", "2024-09-18"}, {"source", "masthead"}}));
  BOOST_TEST(json["documents"][0]["treaty"] == "ccm");
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
  CliRun not_zip = run_mspdoc({"check", (dir.path() / "plain.docx").string()});
  BOOST_TEST(not_zip.code == 2);
  BOOST_TEST(std::count(not_zip.err.begin(), not_zip.err.end(), '\n') == 1);
  write_file(dir.path() / "other.zip", *write_zip({{"hello.txt", "hi"}}));
  CliRun not_docx = run_mspdoc({"check", (dir.path() / "other.zip").string()});
  BOOST_TEST(not_docx.code == 2);
  BOOST_TEST(not_docx.err.find("not a Word document") != std::string::npos);
  write_file(dir.path() / "bad.xml", "<progress-report>\n<oops>\n</progress-report>\n");
  CliRun malformed = run_mspdoc({"check", (dir.path() / "bad.xml").string()});
  BOOST_TEST(malformed.code == 2);
  BOOST_TEST(malformed.err.find((dir.path() / "bad.xml").string() + ":4:") != std::string::npos,
             malformed.err);
  write_file(dir.path() / "truncated.docx", read_file(std::filesystem::path(MSPDOC_SOURCE_DIR) /
                                                      "tests/golden/small-report/docProps/core.xml.golden")
                                                .substr(0, 10));
  BOOST_TEST(run_mspdoc({"check", (dir.path() / "truncated.docx").string()}).code == 2);
}

BOOST_AUTO_TEST_CASE(the_documents_make_report_generates_check_with_zero_errors,
                     *boost::unit_test::precondition(PandocAvailable())) {
  CliRun r = run_mspdoc({"check", std::string(MSPDOC_SOURCE_DIR) + "/data/12msp/progress-report.xml",
                         std::string(MSPDOC_SOURCE_DIR) + "/data/12msp/meeting.xml", "--format", "json"});
  auto json = nlohmann::json::parse(r.out);
  BOOST_TEST(json["errors"] == 0, r.out);
  BOOST_TEST(r.code == 0);
}

BOOST_AUTO_TEST_CASE(the_generated_final_report_checks_with_zero_errors,
                     *boost::unit_test::precondition(PandocAvailable())) {
  std::ostringstream out, err;
  int code = run_cli({"check", (sample_records_dir() / "final-report.xml").string(), "--format", "json"},
                     project_paths(), out, err);
  BOOST_TEST(code == 0, out.str() + err.str());
  BOOST_TEST(nlohmann::json::parse(out.str())["errors"] == 0);
}

BOOST_AUTO_TEST_CASE(a_folder_named_like_a_draft_is_a_one_line_error) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "x.docx");
  CliRun r = check_file(dir.path() / "x.docx");
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + (dir.path() / "x.docx").string() + ": is a folder, not a Word document\n",
             r.err);
}

BOOST_AUTO_TEST_CASE(a_file_name_that_is_not_utf8_is_escaped_in_messages_and_json) {
  TempDir dir;
  std::filesystem::path missing = dir.path() / "Entwurf-\xe4.docx";  // Latin-1 "ä"
  CliRun r = check_file(missing);
  BOOST_TEST(r.code == 2);
  BOOST_TEST(valid_utf8(r.err));
  BOOST_TEST(r.err.find("Entwurf-\\xE4.docx") != std::string::npos, r.err);
  std::filesystem::path draft = dir.path() / "d\xe4.docx";
  write_draft(draft, "Three States Parties (Chile and Peru) met.");
  CliRun json = run_mspdoc({"check", draft.string(), "--format", "json"});
  BOOST_TEST(json.code == 1);
  auto parsed = nlohmann::json::parse(json.out);
  BOOST_TEST(parsed["findings"][0]["file"].get<std::string>().find("d\\xE4.docx") != std::string::npos,
             json.out);
}

BOOST_AUTO_TEST_CASE(json_and_messages_stay_utf8_whatever_the_draft_holds) {
  // A heading with a curly apostrophe at the 40th byte, a paragraph with bytes that are not
  // UTF-8, a note mark longer than an int: the JSON parses and every string in it is UTF-8.
  TempDir dir;
  std::string body =
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>II. The Meeting of the States "
      "Parties\u2019 work</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Two States Parties (Chile and Aus\xff"
      "tria) reported.</w:t></w:r></w:p>";
  std::filesystem::path draft = docx_with_body(dir.path(), body);
  CliRun r = run_mspdoc({"check", draft.string(), "--format", "json"});
  BOOST_TEST(r.code <= 1);
  auto json = nlohmann::json::parse(r.out);
  for (const auto& finding : json["findings"]) BOOST_TEST(valid_utf8(finding["message"].get<std::string>()));
  BOOST_TEST(r.out.find("Aus\uFFFDtria") != std::string::npos, r.out);
  std::vector<Finding> findings(1);
  findings[0].file = "d.docx";
  findings[0].footnote = "123456789012345678901234567890";
  findings[0].message = "cut \xe2\x80";
  std::string printed = findings_as_json(findings, {});
  BOOST_TEST(valid_utf8(printed));
  BOOST_TEST(nlohmann::json::parse(printed)["findings"][0]["footnote"] == "123456789012345678901234567890");
}

BOOST_AUTO_TEST_SUITE_END()
