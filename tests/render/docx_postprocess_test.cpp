#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(render_docx_postprocess)

BOOST_AUTO_TEST_CASE(paragraphs_share_one_style_linked_numbering,
                     *boost::unit_test::precondition(PandocAvailable())) {
  ZipParts parts = docx_parts(build_docx(small_report_dir() / "progress-report.xml"));
  std::size_t numbered = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml")))
    numbered += p.style == "ParaNoG";
  BOOST_TEST(numbered == 6u);
  BOOST_TEST(parts.at("word/styles.xml").find("w:numId w:val=\"1\"") != std::string::npos);
  BOOST_TEST(parts.at("word/header1.xml").find("CCM/MSP/2024/7") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
