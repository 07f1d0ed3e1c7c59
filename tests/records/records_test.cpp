#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(records_records)

BOOST_AUTO_TEST_CASE(a_meeting_outside_the_records_folder_is_refused) {
  expect_build_rejected("<meeting href=\"meeting.xml\"/>", "<meeting href=\"../meeting.xml\"/>",
                        "href=\"../meeting.xml\" must name a file in the same folder");
}

BOOST_AUTO_TEST_SUITE_END()
