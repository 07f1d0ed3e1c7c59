// The checker on the real CCM drafts in ../shared/corpus (skipped when ../shared is absent), and
// regression tests for every false alarm met there, named after the passage they guard.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/cli.h"
#include "docx/reader.h"
#include "render/templates.h"
#include "support/checker_testing.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const std::vector<Finding>& progress_report_findings() {
  static const std::vector<Finding> findings = [] {
    auto document = read_docx(shared_dir() / "corpus" / "12msp-progress-report.docx");
    if (!document) throw std::runtime_error(document.error().str());
    return check(*document);
  }();
  return findings;
}

bool has(const std::string& rule, const std::string& paragraph, const std::string& words) {
  for (const Finding& f : progress_report_findings())
    if (f.rule == rule && f.paragraph == paragraph && f.message.find(words) != std::string::npos) return true;
  return false;
}

std::size_t count_mismatches_in(const std::string& file) {
  auto document = read_docx(shared_dir() / "corpus" / file);
  if (!document) throw std::runtime_error(document.error().str());
  return with_rule(check(*document), "count-mismatch").size();
}

std::size_t count_mismatches(const std::string& text) {
  return with_rule(check(DraftBuilder().paragraph("1", text).build()), "count-mismatch").size();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_checker, *boost::unit_test::precondition(SharedAvailable()))

BOOST_AUTO_TEST_CASE(action_17_against_paragraph_48) {
  BOOST_TEST(
      has("indicator-mismatch", "48", "says 11 States Parties that reported retaining cluster munitions"));
  BOOST_TEST(has("indicator-mismatch", "48", "the table for Action 17 says 10"));
}

BOOST_AUTO_TEST_CASE(paragraph_53_eight_against_its_list) {
  BOOST_TEST(has("count-mismatch", "53", "\"Eight States Parties\" but its list names 6 States"));
}

BOOST_AUTO_TEST_CASE(summary_03_against_action_48_and_paragraph_115) {
  BOOST_TEST(has("indicator-mismatch", "3",
                 "the report summary says 3 States Parties requested support for national legislation"));
  BOOST_TEST(has("indicator-mismatch", "3", "the table for Action 48 says 4; paragraph 115 says 4 (2 + 2)"));
}

BOOST_AUTO_TEST_CASE(xx_in_action_9) {
  BOOST_TEST(has("placeholder", "", "the table for Action 9 still holds the placeholder \"XX\""));
}

BOOST_AUTO_TEST_CASE(misspelt_states_with_suggestions) {
  BOOST_TEST(
      has("unknown-name", "101",
          "\"State of Pelestine\" in paragraph 101 is no known State; did you mean State of Palestine?"));
  BOOST_TEST(
      has("unknown-name", "102", "\"Slovakai\" in paragraph 102 is no known State; did you mean Slovakia?"));
  BOOST_TEST(
      has("unknown-name", "85",
          "\"Netherland\" in the text under paragraph 85 is no known State; did you mean Netherlands?"));
}

BOOST_AUTO_TEST_CASE(andorra_outside_the_23_of_paragraph_85) {
  BOOST_TEST(
      has("not-a-subset", "85",
          "Andorra is in the text under paragraph 85 but not among the 23 States Parties of paragraph 85"));
}

BOOST_AUTO_TEST_CASE(the_only_count_mismatch_in_both_drafts_is_paragraph_53) {
  BOOST_TEST(count_mismatches_in("12msp-progress-report.docx") == 1u);
  BOOST_TEST(count_mismatches_in("12msp-final-report.docx") == 0u);
}

BOOST_AUTO_TEST_CASE(every_corpus_draft_gives_the_findings_recorded_in_the_fixtures) {
  // tests/fixtures/corpus-findings holds `mspdoc check` of each corpus draft; a change to the
  // reader or the rules that moves any finding shows here, and updating a file is a reviewed diff.
  for (const std::string name :
       {"12msp-progress-report", "12msp-final-report", "real/2msp-beirut-draft-progress-report",
        "real/9msp-progress-report", "real/apmbc-11msp-2011-isu-pages", "real/ccm-convention-status-2011",
        "real/ccm-hi-five-years-2015", "real/ccm-isu-website-pages",
        "real/landmine-monitor-1999-overviews"}) {
    std::filesystem::path draft = shared_dir() / "corpus" / (name + ".docx");
    std::string base = std::filesystem::path(name).filename().string();
    CliRun run = run_mspdoc({"check", draft.string()});
    BOOST_TEST(run.code <= 1, name);
    std::string printed;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);)
      printed +=
          (line.rfind(draft.string(), 0) == 0 ? base + ".docx" + line.substr(draft.string().size()) : line) +
          "\n";
    std::filesystem::path expected =
        std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests/fixtures/corpus-findings" / (base + ".txt");
    BOOST_TEST(printed == read_file(expected), name);
  }
}

BOOST_AUTO_TEST_CASE(both_drafts_read_completely) {
  auto progress = read_docx(shared_dir() / "corpus" / "12msp-progress-report.docx");
  auto final_report = read_docx(shared_dir() / "corpus" / "12msp-final-report.docx");
  BOOST_TEST_REQUIRE((progress.ok() && final_report.ok()));
  BOOST_TEST(progress->paragraphs.size() > 400u);
  BOOST_TEST((progress->date && progress->date->iso() == "2024-09-18"));
  std::string last_number;
  for (const DraftParagraph& p : progress->paragraphs)
    if (!p.number.empty() && p.level == 0 && !p.is_heading() &&
        std::isdigit(static_cast<unsigned char>(p.number[0])))
      last_number = p.number;
  BOOST_TEST(last_number == "123");
  BOOST_TEST(final_report->footnotes.size() >= 10u);
}

BOOST_AUTO_TEST_CASE(regression_paragraph_36_of_which_36_owns_its_list) {
  BOOST_TEST(
      count_mismatches(
          "The resolution was adopted with 148 States voting in favour, of which 3 were States not party "
          "(Algeria, Armenia, Azerbaijan) and 145 were States Parties.") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_paragraph_43_article_3_is_not_a_count) {
  BOOST_TEST(
      count_mismatches(
          "Four States Parties with obligations remaining under Article 3 (Bulgaria, Peru, Slovakia, and "
          "South Africa) declared compliance.") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_paragraph_85_list_interrupted_by_a_paragraph_break) {
  auto document = DraftBuilder()
                      .paragraph("85", "Three States Parties (Austria, Belgium and Chile) gave assistance.")
                      .bullet("Three States (Austria, Belgium,")
                      .bullet("and Chile) gave assistance for Article 4.")
                      .build();
  BOOST_TEST(with_rule(check(document), "count-mismatch").empty());
}

BOOST_AUTO_TEST_CASE(regression_paragraph_105_years_in_parentheses_after_names) {
  BOOST_TEST(
      count_mismatches(
          "Seven States Parties have yet to submit initial reports: Cabo Verde (2011), Comoros (2011), "
          "Togo (2013), Congo (2015), Guinea (2015), Rwanda (2016), and Madagascar (2018).") == 0u);
  BOOST_TEST(
      count_mismatches(
          "Seven States Parties are late: Cabo Verde and the Comoros (2011), Togo (2013), the Congo and "
          "Guinea (2015), Rwanda (2016) and Madagascar (2018).") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_lists_holding_names_with_and) {
  BOOST_TEST(
      count_mismatches(
          "Four States Parties (Bosnia and Herzegovina, Trinidad and Tobago, the United Kingdom of Great "
          "Britain and Northern Ireland, and Chile) reported.") == 0u);
}

BOOST_AUTO_TEST_CASE(regression_bolivia_parentheses_belong_to_the_name) {
  BOOST_TEST(count_mismatches("Two States Parties (Bolivia (Plurinational State of) and Chile) reported.") ==
             0u);
  auto variants = with_rule(check(DraftBuilder()
                                      .paragraph("1",
                                                 "Two States Parties (Bolivia (Plurinational State of) and "
                                                 "Chile) reported.")
                                      .build()),
                            "name-variant");
  BOOST_TEST(variants.empty());
}

BOOST_AUTO_TEST_CASE(regression_paragraph_32_south_sudan_joined_during_the_period) {
  auto document =
      DraftBuilder().paragraph("32", "During the period one State not Party (South Sudan) acceded.").build();
  BOOST_TEST(with_rule(check(document), "status-conflict").empty());
}

BOOST_AUTO_TEST_CASE(regression_summary_bullet_51_of_103_is_another_measure_than_action_43) {
  auto document = DraftBuilder()
                      .heading(0, "II. Report Summary")
                      .bullet("51 of 103 States Parties submitted their 2023 Article 7 annual reports;")
                      .heading(0, "III. Monitoring")
                      .cell(0, 0, 0, "Action 43")
                      .cell(0, 0, 1, "41 SPs submitted their Article 7 annual reports by 30 April.")
                      .build();
  BOOST_TEST(with_rule(check(document), "indicator-mismatch").empty());
}

BOOST_AUTO_TEST_CASE(regression_headings_c_and_i_are_letters_below_chapter_level) {
  auto document = DraftBuilder()
                      .heading(0, "I. Monitoring")
                      .heading(1, "A. One")
                      .heading(1, "B. Two")
                      .heading(1, "C. Three")
                      .heading(1, "D. Four")
                      .heading(1, "E. Five")
                      .heading(1, "F. Six")
                      .heading(1, "G. Seven")
                      .heading(1, "H. Eight")
                      .heading(1, "I. Nine")
                      .heading(1, "J. Ten")
                      .build();
  auto numbering = with_rule(check(document), "numbering");
  BOOST_TEST(numbering.empty(), (numbering.empty() ? "" : numbering.front().message));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(check_checker)

BOOST_AUTO_TEST_CASE(a_draft_of_5000_pages_is_read_and_checked) {
  TempDir dir;
  std::string page;
  for (int i = 0; i < 24; ++i)
    page +=
        "<w:p><w:r><w:t>Nine States Parties (Belgium, Bosnia and Herzegovina, Chile, Croatia, Japan, "
        "Lebanon, New "
        "Zealand, South Sudan and the United Kingdom) reported on gender in their reports.</w:t></w:r></w:p>";
  std::string body;
  body.reserve(page.size() * 5000);
  for (int i = 0; i < 5000; ++i) body += page;
  CliRun r = check_file(docx_with_body(dir.path(), body));
  BOOST_TEST(r.code == 0, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
