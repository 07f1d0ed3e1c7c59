#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/cli.h"
#include "records/final_report.h"
#include "registry/un_style.h"
#include "render/drafting.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

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

BOOST_AUTO_TEST_SUITE(render_final_report_view)

BOOST_AUTO_TEST_CASE(a_fourth_extension_request_renders_in_the_same_wording,
                     *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts before = docx_parts(build_docx(sample_records_dir() / "final-report.xml"));
  TempDir dir;
  auto file = edited_copy(sample_records_dir(), dir.path(), "final-report.xml", "<coordinators>",
                          R"(<extension-request state="Lebanon" article="4" years="3" deadline="2029-05-01">
      <observation>noted that survey in the south is still under way.</observation>
      <report-on><item>progress in survey</item><item>funds received</item></report-on>
    </extension-request>
    <coordinators>)");
  ZipParts after = docx_parts(build_docx(file));
  std::string text = text_of(after);
  BOOST_TEST(
      text.find(
          "The Meeting assessed the request submitted by Lebanon to extend its deadline for clearing and "
          "destroying cluster munition remnants under Article 4.1 of the Convention, and decided to grant an "
          "extension of three years, until 1 May 2029.") != std::string::npos);
  BOOST_TEST(
      text.find("In granting the request, the Meeting noted that survey in the south is still under way.") !=
      std::string::npos);
  BOOST_TEST(
      text.find(
          "Beyond these reports, the Meeting noted the importance of Lebanon keeping the States Parties") !=
      std::string::npos);
  BOOST_TEST(count_style(after, "ParaNoG") == count_style(before, "ParaNoG") + 4);
  BOOST_TEST(count_style(after, "SubParaG") == count_style(before, "SubParaG") + 2);
  BOOST_TEST(count_style(after, "H23G") == count_style(before, "H23G") + 1);
}

BOOST_AUTO_TEST_CASE(the_decisions_part_is_chapter_iv_alone) {
  auto decisions = draft_document(sample_records_dir() / "final-report.xml", project_paths(),
                                  project_registry(), Part::decisions);
  BOOST_TEST_REQUIRE(decisions.ok());
  BOOST_TEST(decisions->name == "12msp-final-report-decisions");
  BOOST_TEST(decisions->markdown.find("Decisions and recommendations") != std::string::npos);
  BOOST_TEST(decisions->markdown.find("Introduction") == std::string::npos);
  BOOST_TEST(decisions->markdown.find("Masthead") == std::string::npos);
  auto wrong = draft_document(sample_records_dir() / "progress-report.xml", project_paths(),
                              project_registry(), Part::decisions);
  BOOST_TEST(!wrong.ok());
}

BOOST_AUTO_TEST_SUITE_END()
