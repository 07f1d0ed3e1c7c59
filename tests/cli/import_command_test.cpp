#include "cli/import_command.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::string contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// The sample progress report built to DOCX in `dir`, with `edit` applied to its footnotes part.
std::filesystem::path built_sample(const TempDir& dir, const std::string& from = "",
                                   const std::string& to = "") {
  ZipParts parts = docx_parts(build_docx(sample_records_dir() / "progress-report.xml"));
  if (!from.empty()) {
    std::string& notes = parts.at("word/footnotes.xml");
    std::size_t at = notes.find(from);
    BOOST_TEST_REQUIRE(at != std::string::npos);
    notes.replace(at, from.size(), to);
  }
  std::filesystem::path docx = dir.path() / "report.docx";
  write_file(docx, *write_zip(parts));
  return docx;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_import_command)

BOOST_AUTO_TEST_CASE(help_and_usage_errors) {
  CliRun help = run_mspdoc({"import", "--help"});
  BOOST_TEST(help.code == 0);
  BOOST_TEST(help.out == kImportHelp);
  CliRun none = run_mspdoc({"import"});
  BOOST_TEST(none.code == 2);
  BOOST_TEST(none.err == "mspdoc import: give exactly one DRAFT.docx (see mspdoc import --help)\n");
  CliRun format = run_mspdoc({"import", "a.docx", "--format", "yaml"});
  BOOST_TEST(format.code == 2);
  BOOST_TEST(format.err == "mspdoc import: --format is text or json\n");
}

BOOST_AUTO_TEST_CASE(a_file_that_is_no_docx_is_refused_and_nothing_is_written) {
  TempDir dir;
  std::filesystem::path notes = dir.path() / "notes.docx";
  write_file(notes, "plain text");
  CliRun run = run_mspdoc({"import", notes.string(), "-o", (dir.path() / "out").string()});
  BOOST_TEST(run.code == 2);
  BOOST_TEST(run.err == "mspdoc: " + notes.string() + ": not a readable zip package (Not a zip archive)\n");
  BOOST_TEST(!std::filesystem::exists(dir.path() / "out"));
}

BOOST_AUTO_TEST_CASE(a_draft_with_no_action_plan_is_no_progress_report) {
  TempDir dir;
  std::filesystem::path draft = dir.path() / "letter.docx";
  write_draft(draft, "Nine States Parties (Chile, Peru) met.");
  CliRun run = run_mspdoc({"import", draft.string(), "-o", dir.path().string(), "--no-build"});
  BOOST_TEST(run.code == 2);
  BOOST_TEST(run.err ==
             "mspdoc: " + draft.string() +
                 ": the draft has no action-plan chapter with lettered areas (A., B., ...) and indicator "
                 "tables, so it is no progress report mspdoc can import\n");
  BOOST_TEST(!std::filesystem::exists(dir.path() / "progress-report.xml"));
}

BOOST_AUTO_TEST_CASE(records_already_there_are_kept_unless_forced,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  std::filesystem::path docx = built_sample(dir);
  std::filesystem::path out = dir.path() / "records";
  std::filesystem::create_directories(out);
  write_file(out / "progress-report.xml", "mine");
  CliRun kept = run_mspdoc({"import", docx.string(), "-o", out.string(), "--no-build"});
  BOOST_TEST(kept.code == 2);
  BOOST_TEST(kept.err == "mspdoc import: " + (out / "progress-report.xml").string() +
                             " already exists; give --force to replace it, or another -o DIR\n");
  BOOST_TEST(contents(out / "progress-report.xml") == "mine");
  BOOST_TEST(!std::filesystem::exists(out / "meeting.xml"));
  CliRun forced = run_mspdoc({"import", docx.string(), "-o", out.string(), "--no-build", "--force"});
  BOOST_TEST(forced.code == 0);
  BOOST_TEST(contents(out / "progress-report.xml").find("<progress-report symbol=\"CCM/MSP/2024/7\"") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_name_is_kept_as_a_comment_and_warned_about,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  std::filesystem::path docx =
      built_sample(dir, "Bosnia and Herzegovina, Chile, ", "Bosnia and Herzegovina, Fooland, ");
  std::filesystem::path out = dir.path() / "records";
  CliRun run = run_mspdoc({"import", docx.string(), "-o", out.string(), "--format", "json"});
  BOOST_TEST(run.code == 0);
  auto json = nlohmann::json::parse(run.out);
  BOOST_TEST(json["sets"] == 73);
  BOOST_TEST(json["indicators"] == 80);
  BOOST_TEST(json["paragraphs"] == 170);
  BOOST_TEST(json["unknown_names"].dump() ==
             "[{\"name\":\"Fooland\",\"set\":\"gender-art7-form\",\"where\":\"" + docx.string() +
                 ":footnote 2\"}]");
  BOOST_TEST(json["warnings"].dump() ==
             "[\"" + docx.string() +
                 ":footnote 2: unknown name \\\"Fooland\\\" kept as a comment in set "
                 "gender-art7-form\"]");
  // The list now names eight States, so the built count says Eight where the draft said Nine.
  BOOST_TEST(json["round_trip"]["paragraphs"] == 475);
  BOOST_TEST(json["round_trip"]["identical"] == 474);
  std::string records = contents(out / "progress-report.xml");
  BOOST_TEST(
      records.find("<set id=\"gender-art7-form\" status=\"party\">\n      <!-- the draft lists \"Fooland\", "
                   "which the registry does not know: correct it or add it to data/states.xml -->\n      "
                   "<state>Belgium</state>") != std::string::npos);
  BOOST_TEST(
      records.find("<!-- check: unknown-name: \"Fooland\" in paragraph 24 (list in footnote 2) is no known "
                   "State; did you mean Finland, Netherlands or Poland? -->") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
