#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
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

BOOST_AUTO_TEST_SUITE_END()
