#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli.h"
#include "docx_testing.h"
#include "drafting.h"
#include "final_report.h"
#include "test_support.h"
#include "un_style.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const std::filesystem::path kSample = std::filesystem::path(MSPDOC_SOURCE_DIR) / "data/12msp";

const StateRegistry& registry() {
  static const Result<StateRegistry> loaded = StateRegistry::load(project_paths());
  return *loaded;
}

/// A copy of the sample final report and meeting in `dir`, with `from` replaced by `to`.
std::filesystem::path edited_copy(const TempDir& dir, const std::string& from, const std::string& to) {
  std::filesystem::copy(kSample / "meeting.xml", dir.path() / "meeting.xml");
  std::string text = read_file(kSample / "final-report.xml");
  auto at = text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  write_file(dir.path() / "final-report.xml", text);
  return dir.path() / "final-report.xml";
}

std::size_t count_style(const ZipParts& parts, const std::string& style) {
  std::size_t n = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) n += p.style == style;
  return n;
}

std::string text_of(const ZipParts& parts) {
  std::string text;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) text += p.text + "\n";
  return text;
}


}  // namespace

BOOST_AUTO_TEST_SUITE(final_report)

BOOST_AUTO_TEST_CASE(participants_are_sorted_into_70_parties_4_signatories_and_13_others) {
  auto report = load_final_report(kSample / "final-report.xml", project_paths(), registry());
  BOOST_TEST_REQUIRE(report.ok(), (report.ok() ? "" : report.error().str()));
  const Participation& p = report->participation;
  BOOST_TEST(p.states_parties.size() == 70u);
  BOOST_TEST(p.signatories.size() == 4u);
  BOOST_TEST(p.other_states.size() == 13u);
  for (const auto* list : {&p.states_parties, &p.signatories, &p.other_states})
    for (std::size_t i = 1; i < list->size(); ++i) BOOST_TEST(un_less((*list)[i - 1]->short_name, (*list)[i]->short_name));
  BOOST_TEST(p.organizations_rule_1_2.size() == 8u);
  BOOST_TEST(p.organizations_rule_1_3.size() == 6u);
}

BOOST_AUTO_TEST_CASE(a_state_party_cannot_end_up_among_observers) {
  TempDir dir;
  auto file = edited_copy(dir, "<participants>", "<participants>\n    <state>Lithuania</state>");
  auto report = load_final_report(file, project_paths(), registry());
  BOOST_TEST_REQUIRE(report.ok());
  bool among_parties = false;
  for (const State* state : report->participation.states_parties) among_parties |= state->iso3 == "LTU";
  BOOST_TEST(among_parties);  // still a party in September 2024; its withdrawal took effect in March 2025
}

BOOST_AUTO_TEST_CASE(an_extension_for_a_state_that_is_not_party_is_an_error) {
  TempDir dir;
  auto file = edited_copy(dir, "<extension-request state=\"Chad\"", "<extension-request state=\"Angola\"");
  auto report = load_final_report(file, project_paths(), registry());
  BOOST_TEST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().message == "Angola was not a State Party when the Meeting met, so it cannot request an extension");
}

BOOST_AUTO_TEST_CASE(a_fourth_extension_request_renders_in_the_same_wording, *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts before = docx_parts(build_docx(kSample / "final-report.xml"));
  TempDir dir;
  auto file = edited_copy(dir, "<coordinators>", R"(<extension-request state="Lebanon" article="4" years="3" deadline="2029-05-01">
      <observation>noted that survey in the south is still under way.</observation>
      <report-on><item>progress in survey</item><item>funds received</item></report-on>
    </extension-request>
    <coordinators>)");
  ZipParts after = docx_parts(build_docx(file));
  std::string text = text_of(after);
  BOOST_TEST(text.find("The Meeting assessed the request submitted by Lebanon to extend its deadline for clearing and "
                       "destroying cluster munition remnants under Article 4.1 of the Convention, and decided to grant an "
                       "extension of three years, until 1 May 2029.") != std::string::npos);
  BOOST_TEST(text.find("In granting the request, the Meeting noted that survey in the south is still under way.") != std::string::npos);
  BOOST_TEST(text.find("Beyond these reports, the Meeting noted the importance of Lebanon keeping the States Parties") != std::string::npos);
  BOOST_TEST(count_style(after, "ParaNoG") == count_style(before, "ParaNoG") + 4);
  BOOST_TEST(count_style(after, "SubParaG") == count_style(before, "SubParaG") + 2);
  BOOST_TEST(count_style(after, "H23G") == count_style(before, "H23G") + 1);
}

BOOST_AUTO_TEST_CASE(the_decisions_part_is_chapter_iv_alone) {
  auto decisions = draft_document(kSample / "final-report.xml", project_paths(), registry(), Part::decisions);
  BOOST_TEST_REQUIRE(decisions.ok());
  BOOST_TEST(decisions->name == "12msp-final-report-decisions");
  BOOST_TEST(decisions->markdown.find("Decisions and recommendations") != std::string::npos);
  BOOST_TEST(decisions->markdown.find("Introduction") == std::string::npos);
  BOOST_TEST(decisions->markdown.find("Masthead") == std::string::npos);
  auto wrong = draft_document(kSample / "progress-report.xml", project_paths(), registry(), Part::decisions);
  BOOST_TEST(!wrong.ok());
}

BOOST_AUTO_TEST_CASE(the_generated_final_report_checks_with_zero_errors, *boost::unit_test::precondition(PandocAvailable())) {
  std::ostringstream out, err;
  int code = run_cli({"check", (kSample / "final-report.xml").string(), "--format", "json"}, project_paths(), out, err);
  BOOST_TEST(code == 0, out.str() + err.str());
  BOOST_TEST(nlohmann::json::parse(out.str())["errors"] == 0);
}

BOOST_AUTO_TEST_CASE(check_compares_participants_across_the_corpus_reports, *boost::unit_test::precondition(SharedAvailable())) {
  std::ostringstream out, err;
  run_cli({"check", (shared_dir() / "corpus/12msp-progress-report.docx").string(),
           (shared_dir() / "corpus/12msp-final-report.docx").string(), "--format", "json"},
          project_paths(), out, err);
  std::set<std::string> flagged;
  const nlohmann::json parsed = nlohmann::json::parse(out.str());
  for (const auto& finding : parsed["findings"])
    if (finding["rule"] == "participant-mismatch")
      for (const auto& name : finding["names"]) flagged.insert(name.get<std::string>());
  std::set<std::string> expected = {"Argentina", "Azerbaijan", "Cambodia", "Cyprus", "Djibouti",
                                    "Morocco", "Myanmar", "Singapore", "Uganda", "Viet Nam"};
  BOOST_TEST(flagged == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
