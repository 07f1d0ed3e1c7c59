#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "core/record_anchor.h"
#include "render/drafting.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(render_progress_report_view)

BOOST_AUTO_TEST_CASE(counts_follow_their_lists_in_words_and_figures,
                     *boost::unit_test::precondition(PandocAvailable())) {
  std::string text = docx_text(build_docx(small_report_dir() / "progress-report.xml"));
  BOOST_TEST(
      text.find(
          "Nine States Parties (Belgium, Bosnia and Herzegovina, Chile, Croatia, Japan, Lebanon, New "
          "Zealand, South Sudan and the United Kingdom of Great Britain and Northern Ireland) provided") !=
          std::string::npos,
      text);
  BOOST_TEST(text.find("One affected State Party (the Lao People's Democratic Republic) reported.") !=
             std::string::npos);
  BOOST_TEST(text.find("Nine States Parties provided information on gender.") != std::string::npos);
  BOOST_TEST(text.find("The Netherlands hosted.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_12msp_sample_has_100_numbered_paragraphs_and_11_tables,
                     *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts parts =
      docx_parts(build_docx(std::filesystem::path(MSPDOC_SOURCE_DIR) / "data/12msp/progress-report.xml"));
  std::size_t numbered = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml")))
    numbered += p.style == "ParaNoG";
  BOOST_TEST(numbered >= 100u);
  std::size_t tables = 0;
  for (std::size_t at = 0; (at = parts.at("word/document.xml").find("<w:tbl>", at)) != std::string::npos;
       ++at)
    ++tables;
  BOOST_TEST(tables == 11u);
  BOOST_TEST(parts.at("word/footnotes.xml").find("Bosnia and Herzegovina") != std::string::npos);
}

namespace {

/// The small report with `from` replaced by `to` in its record, written beside its meeting in `dir`.
std::filesystem::path small_report_with(const TempDir& dir,
                                        const std::vector<std::pair<std::string, std::string>>& edits) {
  std::ifstream in(small_report_dir() / "progress-report.xml");
  std::string xml((std::istreambuf_iterator<char>(in)), {});
  for (const auto& [from, to] : edits) {
    std::size_t at = xml.find(from);
    BOOST_TEST_REQUIRE(at != std::string::npos, from);
    xml.replace(at, from.size(), to);
  }
  write_file(dir.path() / "progress-report.xml", xml);
  std::filesystem::copy_file(small_report_dir() / "meeting.xml", dir.path() / "meeting.xml");
  return dir.path() / "progress-report.xml";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_report_may_word_its_headings_summary_and_table_as_its_draft_did) {
  TempDir dir;
  auto record = small_report_with(
      dir, {{"<action-plan name=\"Lausanne Action Plan\" short=\"LAP\">",
             "<action-plan name=\"Lausanne Action Plan\" short=\"LAP\" summary-title=\"Report Summary\" "
             "title=\"Monitoring the LAP\" table=\"count-first\" action-heading=\"LAP Action No.\" "
             "indicator-heading=\"Results\">"},
            {"      <narrative>\n        <p><states set=\"gender-form\"/>",
             "      <summary title=\"Gender\"><item><count indicator=\"women\"/> women took "
             "part;</item></summary>\n"
             "      <narrative heading=\"none\">\n        <p><states set=\"gender-form\"/>"},
            {"      <questions>", "      <questions title=\"Questions for the meeting\">"}});
  auto drafted = draft_document(record, project_paths(), project_registry());
  BOOST_TEST_REQUIRE(drafted.ok(), (drafted.ok() ? "" : drafted.error().str()));
  const std::string& md = drafted->markdown;
  auto has = [&md](const std::string& line) { BOOST_TEST(md.find(line) != std::string::npos, line); };
  has("II\\.`<w:r><w:tab/></w:r>`{=openxml}Report Summary\n");
  has("::: {custom-style=\"_ H_Summary_G\"}\nGender\n:::");
  has("| LAP Action No\\. | Results |\n");
  has("Monitoring the LAP\n");
  has("Questions for the meeting\n");
  BOOST_TEST(md.find("Gender mainstreaming\\: monitoring progress on the actions") == std::string::npos);
  BOOST_TEST(without_record_anchors(md).find("| Action 9 |  | at least 45 States Parties") ==
             std::string::npos);
  BOOST_TEST(without_record_anchors(md).find(
                 "|  | At least 45 States Parties that contribute to the ISU |") != std::string::npos);
  BOOST_TEST(without_record_anchors(md).find("Eighty\\-five women took part;") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
