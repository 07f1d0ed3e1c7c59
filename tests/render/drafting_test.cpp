#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(render_drafting)

BOOST_AUTO_TEST_CASE(building_twice_gives_identical_docx,
                     *boost::unit_test::precondition(PandocAvailable())) {
  BOOST_TEST(build_docx(small_report_dir() / "progress-report.xml") ==
             build_docx(small_report_dir() / "progress-report.xml"));
}

BOOST_AUTO_TEST_SUITE_END()
