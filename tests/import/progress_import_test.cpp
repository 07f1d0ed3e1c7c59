#include "import/progress_import.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <set>

#include "check/structure.h"
#include "core/record_anchor.h"
#include "import/round_trip.h"
#include "records/progress_report.h"
#include "render/report_text.h"
#include "support/checker_testing.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::filesystem::path sample_progress_report() {
  return sample_records_dir() / "progress-report.xml";
}

/// Imports `document` and writes the records into `dir`.
ImportedRecords import_into(const DraftDocument& document, const std::filesystem::path& dir) {
  auto imported = import_progress_report(document, check_context());
  BOOST_TEST_REQUIRE(imported.ok(), (imported.ok() ? "" : imported.error().str()));
  write_file(dir / "meeting.xml", imported->meeting_xml);
  write_file(dir / "progress-report.xml", imported->progress_report_xml);
  return *imported;
}

ProgressReport load(const std::filesystem::path& record) {
  auto report = load_progress_report(record, project_paths(), project_registry());
  BOOST_TEST_REQUIRE(report.ok(), (report.ok() ? "" : report.error().str()));
  return std::move(*report);
}

std::string members(const StateSet& set) {
  std::vector<std::string> codes;
  for (const State* state : set.members) codes.push_back(state->iso3);
  std::sort(codes.begin(), codes.end());
  std::string out = "{";
  for (const std::string& code : codes) out += (out.size() > 1 ? "," : "") + code;
  return out + "}";
}

/// The sets whose States the built document shows somewhere (in a list, inline or in a footnote).
std::set<std::string> listed_sets(const ProgressReport& report) {
  std::set<std::string> listed;
  auto visit = [&](const Inline& piece) {
    bool shows = piece.kind == Inline::Kind::names ||
                 (piece.kind == Inline::Kind::states && piece.placement != "none");
    if (shows && !report.sets.at(piece.set).members.empty()) listed.insert(piece.set);
  };
  for_each_inline(report.introduction, visit);
  for (const Area& area : report.plan.areas) {
    for_each_inline(area.narrative, visit);
    for_each_inline(area.questions, visit);
    for_each_inline(area.summary, visit);
  }
  return listed;
}

/// A paragraph as the document shows it (emphasis left out, which the reader does not read),
/// then each reference to a listed set by the States it holds, how it is placed and its noun.
std::string canonical(const std::vector<Inline>& content, const ProgressReport& report,
                      const ReportText& text, const std::set<std::string>& listed) {
  std::string shown = without_record_anchors(text.markdown(content));
  shown.erase(std::remove(shown.begin(), shown.end(), '*'), shown.end());
  std::string references;
  for_each_inline(content, [&](const Inline& piece) {
    if (piece.set.empty() || !listed.count(piece.set)) return;
    const StateSet& set = report.sets.at(piece.set);
    std::string placement = piece.placement.empty() ? "inline" : piece.placement;
    std::string noun =
        piece.kind == Inline::Kind::states
            ? noun_form(piece.noun.empty() ? set_noun(set) : piece.noun, long(set.members.size()))
            : "";
    references +=
        " [" + std::to_string(int(piece.kind)) + " " + members(set) + " " + placement + " " + noun + "]";
  });
  return shown + references;
}

void add_paragraphs(std::vector<std::string>& lines, const std::string& where,
                    const std::vector<Paragraph>& paragraphs, const ProgressReport& report,
                    const ReportText& text, const std::set<std::string>& listed) {
  for (const Paragraph& paragraph : paragraphs) {
    lines.push_back(where + ": " + canonical(paragraph.content, report, text, listed));
    for (const Paragraph& sub : paragraph.subparagraphs)
      lines.push_back(where + " sub: " + canonical(sub.content, report, text, listed));
  }
}

std::string canonical_value(const Indicator& indicator, const ProgressReport& report,
                            const std::set<std::string>& listed, const ReportText& text) {
  std::string value = text.value_in_figures(indicator);
  if (!indicator.value.set.empty() && listed.count(indicator.value.set))
    value += " " + members(report.sets.at(indicator.value.set));
  if (indicator.summary.empty()) return value;
  std::string noun = indicator.noun;
  if (noun.empty() && !indicator.value.set.empty()) noun = set_noun(report.sets.at(indicator.value.set));
  if (noun.empty()) noun = "States Parties";
  return value + " summary: " + noun_form(noun, text.count(indicator).value_or(2)) + " " + indicator.summary;
}

/// A progress report as lines that hold everything its document shows, ids left out: two records
/// that give the same lines are the same records modulo ids and whitespace.
std::vector<std::string> canonical_lines(const ProgressReport& report) {
  ReportText text(report);
  std::set<std::string> listed = listed_sets(report);
  std::vector<std::string> lines{report.symbol,
                                 report.date.iso(),
                                 report.original,
                                 std::to_string(report.agenda_number) + " " + report.agenda_title,
                                 report.title,
                                 text.markdown(report.title_note),
                                 report.period_from.iso() + " " + report.period_to.iso(),
                                 report.introduction_title,
                                 report.plan.name + " " + report.plan.short_name + " " + report.plan.title};
  add_paragraphs(lines, "introduction", report.introduction, report, text, listed);
  for (const Area& area : report.plan.areas) {
    std::string where = "area " + area.letter;
    lines.push_back(where + " " + area.title + " | " + area.summary_title + " | " + area.narrative_title +
                    " | " + area.questions_title);
    for (const Action& action : area.actions)
      for (const Indicator& indicator : action.indicators)
        lines.push_back(where + " action " + std::to_string(action.number) + ": " + indicator.text + " = " +
                        canonical_value(indicator, report, listed, text));
    add_paragraphs(lines, where + " narrative", area.narrative, report, text, listed);
    add_paragraphs(lines, where + " questions", area.questions, report, text, listed);
  }
  std::vector<std::string> sets;
  for (const std::string& id : listed) {
    const StateSet& set = report.sets.at(id);
    sets.push_back("set " + std::string(set.required ? status_name(*set.required) : "any") + " " +
                   members(set));
  }
  std::sort(sets.begin(), sets.end());
  lines.insert(lines.end(), sets.begin(), sets.end());
  return lines;
}

std::string contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(import_progress_report_tests)

BOOST_AUTO_TEST_CASE(the_round_trip_closes_on_a_report_built_from_the_sample_records,
                     *boost::unit_test::precondition(PandocAvailable())) {
  auto built = read_docx_parts(docx_parts(build_docx(sample_progress_report())), "report.docx");
  BOOST_TEST_REQUIRE(built.ok());
  TempDir dir;
  ImportedRecords imported = import_into(*built, dir.path());
  BOOST_TEST(imported.unknown_names.empty());
  BOOST_TEST(imported.warnings.empty());
  ProgressReport sample = load(sample_progress_report());
  ProgressReport again = load(dir.path() / "progress-report.xml");
  std::vector<std::string> expected = canonical_lines(sample), got = canonical_lines(again);
  BOOST_TEST(expected.size() == 343u);  // head, paragraphs, indicators and listed sets
  BOOST_TEST(got == expected, boost::test_tools::per_element());
  // What the document cannot carry, and so does not come back: the basis of a figure, emphasis,
  // the States of a set the document only counts, and a noun that only an unused summary needs.
  BOOST_TEST(imported.sets == 73u);
  BOOST_TEST(sample.sets.size() == 78u);
  BOOST_TEST(imported.indicators == 80u);
}

BOOST_AUTO_TEST_CASE(importing_a_built_report_and_building_it_again_gives_the_same_document,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  std::filesystem::path docx = dir.path() / "report.docx";
  write_file(docx, build_docx(sample_progress_report()));
  CliRun run = run_mspdoc({"import", docx.string(), "-o", (dir.path() / "records").string()});
  BOOST_TEST(run.code == 0);
  BOOST_TEST(run.err == "");
  BOOST_TEST(run.out ==
             "mspdoc: imported " + docx.string() + " into " + (dir.path() / "records").string() +
                 ": 73 sets, 80 indicators, 170 paragraphs, 0 unknown names, 1 finding of check kept "
                 "as comments; built again: 475 of 475 paragraphs identical (100.0%), 475 (100.0%) "
                 "with lists compared by the States they name; 26 of 26 footnotes identical\n");
}

/// Why each paragraph of the 12MSP draft that still differs once lists are compared by the States
/// they name comes out differently when its imported records are built: a words of the draft
/// that only that paragraph holds, and the reason.
const std::vector<std::pair<std::string, std::string>> kExplainedDifferences = {
    {"XX SPs that pay their assessed contributions",
     "a placeholder figure: the draft's XX becomes an unknown count, which builds as [not yet known]"},
    {"8 States Parties have declared completion of their clearance",
     "a count corrected to its list: the draft says 8 and names 6 States"},
    {"Monaco, Netherland, Sweden", "a misspelt name put in its UN form: Netherland becomes the Netherlands"},
    {"State of Pelestine",
     "a misspelt name put in its UN form: State of Pelestine becomes the State of Palestine"},
    {"Slovakai", "a misspelt name put in its UN form: Slovakai becomes Slovakia"},
    {"National Implementation Measures",
     "area J's table stands before the area's heading in the draft; the build puts it under the heading"},
};

BOOST_AUTO_TEST_CASE(the_12msp_progress_report_imports_builds_and_checks,
                     *boost::unit_test::precondition(SharedAvailable()) *
                         boost::unit_test::precondition(PandocAvailable())) {
  const CheckData& data = check_context().data;
  auto draft = read_docx(shared_dir() / "corpus" / "12msp-progress-report.docx");
  BOOST_TEST_REQUIRE(draft.ok());
  TempDir dir;
  ImportedRecords imported = import_into(*draft, dir.path());
  BOOST_TEST(imported.sets == 84u);
  BOOST_TEST(imported.indicators == 80u);
  BOOST_TEST(imported.findings == 20u);
  std::string file = draft->file;
  BOOST_TEST(
      imported.warnings ==
          (std::vector<std::string>{
              file + ": the draft carries no document symbol; the records say CCM/MSP/2024/XX until the "
                     "symbol is known",
              file + ":footnote 1: a note on the title is left out, since a title holds no notes in the "
                     "records",
              file + ":85: \"Netherland\" taken as Netherlands in set h-providing-assistance-article",
              file +
                  ":101: \"State of Pelestine\" taken as State of Palestine in set i-submitted-annual-after",
              file + ":102: \"Slovakai\" taken as Slovakia in set i-used-revised-article"}),
      boost::test_tools::per_element());
  // The draft's count that disagrees with its list is kept as the checker's comment where it stands.
  BOOST_TEST(imported.progress_report_xml.find("<!-- check: count-mismatch: paragraph 53 says \"Eight States "
                                               "Parties\" but its list names 6 States -->") !=
             std::string::npos);
  load(dir.path() / "progress-report.xml");

  auto built = build_and_read(dir.path() / "progress-report.xml", project_paths(), data.registry,
                              ToolSettings{}, dir.path());
  BOOST_TEST_REQUIRE(built.ok());
  auto first = [&](const DraftDocument& document) {
    return read_structure(document, data.vocabulary, data.treaties, std::nullopt).front_matter_end;
  };
  ParagraphComparison as_written =
      compare_paragraphs(comparable_paragraphs(*draft, first(*draft), data.vocabulary, nullptr),
                         comparable_paragraphs(*built, first(*built), data.vocabulary, nullptr));
  ListReading lists{data.registry, data.organizations, data.vocabulary};
  ParagraphComparison by_states =
      compare_paragraphs(comparable_paragraphs(*draft, first(*draft), data.vocabulary, nullptr, &lists),
                         comparable_paragraphs(*built, first(*built), data.vocabulary, nullptr, &lists));
  BOOST_TEST(as_written.draft == 388u);
  // 38 paragraphs differ only in their lists of States, which the build writes in UN order and
  // form: "the Lao People's Democratic Republic" for "Lao PDR", no comma before "and".
  BOOST_TEST(as_written.identical == 344u);
  BOOST_TEST(by_states.identical == 382u);
  BOOST_TEST(by_states.share() >= 0.95);
  BOOST_TEST_REQUIRE(by_states.draft_only.size() == kExplainedDifferences.size());
  for (std::size_t k = 0; k < kExplainedDifferences.size(); ++k)
    BOOST_TEST(by_states.draft_only[k].find(kExplainedDifferences[k].first) != std::string::npos,
               kExplainedDifferences[k].second << ": " << by_states.draft_only[k]);
}

BOOST_AUTO_TEST_SUITE_END()
