#include "check/anchor_rules.h"

#include <boost/test/unit_test.hpp>

#include "core/process.h"
#include "core/zip_archive.h"
#include "docx/reader.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::filesystem::path sample_progress_report() {
  return sample_records_dir() / "progress-report.xml";
}

/// The lines of a check run that report findings (not the "statuses as of" line).
std::vector<std::string> finding_lines(const std::string& out) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = out.find('\n'); end != std::string::npos;
       start = end + 1, end = out.find('\n', start)) {
    std::string line = out.substr(start, end - start);
    if (line.find(": statuses as of ") == std::string::npos &&
        line.find(": placeholder: ") == std::string::npos)
      lines.push_back(line.substr(line.find(':')));
  }
  return lines;
}

/// `text` with `from` replaced once: the first occurrence, or the last when `last` is set.
std::string replaced_once(std::string text, const std::string& from, const std::string& to,
                          bool last = false) {
  std::size_t at = last ? text.rfind(from) : text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

/// The sample report built, then edited as a drafter would in Word: Chile deleted from the
/// footnote that lists the States Parties using the Article 7 gender form, and the figure of
/// ISU budget contributors in the narrative changed from 45 to 44.
std::filesystem::path edited_sample_report(const TempDir& dir) {
  ZipParts parts = docx_parts(build_docx(sample_progress_report()));
  parts["word/footnotes.xml"] = replaced_once(parts.at("word/footnotes.xml"),
                                              "Bosnia and Herzegovina, Chile, ", "Bosnia and Herzegovina, ");
  parts["word/document.xml"] = replaced_once(parts.at("word/document.xml"), ">45<", ">44<", true);
  std::filesystem::path edited = dir.path() / "edited.docx";
  write_file(edited, *write_zip(parts));
  return edited;
}

/// What check finds in the edited sample report, by record id: exactly the drafter's two edits.
const std::vector<std::string> kTwoEditsFound = {
    ":16:: total-mismatch: paragraph 16 (indicator a9-isu-budget) says 44 where the table for Action 9 says "
    "45",
    ":24:2: count-mismatch: paragraph 24 says \"Nine States Parties\" (set gender-art7-form) but its list "
    "names "
    "8 States"};

}  // namespace

BOOST_AUTO_TEST_SUITE(check_anchor_rules)

BOOST_AUTO_TEST_CASE(a_generated_report_carries_its_record_ids_and_checks_clean,
                     *boost::unit_test::precondition(PandocAvailable())) {
  auto read = read_docx_parts(docx_parts(build_docx(sample_progress_report())), "report.docx");
  BOOST_TEST_REQUIRE(read.ok());
  std::vector<AnchoredText> texts = anchored_texts(*read);
  BOOST_TEST(texts.size() > 200u);
  bool gender_list = false;
  for (const AnchoredText& text : texts)
    if (text.anchor->kind == AnchorKind::list && text.anchor->set == "gender-art7-form")
      gender_list = text.footnote && text.text.find("Chile") != std::string::npos;
  BOOST_TEST(gender_list);
  TempDir dir;
  write_file(dir.path() / "report.docx", build_docx(sample_progress_report()));
  BOOST_TEST(finding_lines(check_file(dir.path() / "report.docx").out).empty());
}

BOOST_AUTO_TEST_CASE(a_drafters_two_edits_give_exactly_two_findings_with_their_ids,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  CliRun r = check_file(edited_sample_report(dir));
  BOOST_TEST(r.code == 1);
  BOOST_TEST(finding_lines(r.out) == kTwoEditsFound, r.out);
}

BOOST_AUTO_TEST_CASE(check_records_names_what_editing_changed,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  std::filesystem::path edited = edited_sample_report(dir);
  CliRun r = run_mspdoc({"check", "--records", sample_progress_report().string(), edited.string()});
  BOOST_TEST(r.code == 1);
  std::vector<std::string> lines = finding_lines(r.out);
  auto has = [&](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  BOOST_TEST(has(":16:: differs-from-record: paragraph 16 (indicator a9-isu-budget) says 44 where the record "
                 "says 45"),
             r.out);
  BOOST_TEST(
      has(":24:2: differs-from-record: footnote 2 (set gender-art7-form) no longer lists Chile, which the "
          "record has"),
      r.out);
  BOOST_TEST(lines.size() == 4u, r.out);  // and the two findings of the draft against itself
}

BOOST_AUTO_TEST_CASE(the_ids_survive_a_libreoffice_round_trip,
                     *boost::unit_test::precondition(PandocAvailable()) *
                         boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  std::filesystem::path edited = edited_sample_report(dir);
  auto converted = run_process(
      {"soffice", "--headless", "-env:UserInstallation=file://" + (dir.path() / "lo").string(),
       "--convert-to", "docx:MS Word 2007 XML", "--outdir", (dir.path() / "out").string(), edited.string()},
      std::chrono::seconds(180));
  BOOST_TEST_REQUIRE(converted.ok());
  CliRun r = check_file(dir.path() / "out" / "edited.docx");
  BOOST_TEST(finding_lines(r.out) == kTwoEditsFound, r.out);
}

BOOST_AUTO_TEST_SUITE_END()
