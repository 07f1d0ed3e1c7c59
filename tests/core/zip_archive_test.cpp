// Hostile and broken input: each case ends in a clear one-line error naming the file and place,
// exit code 2 (3 for a failing external tool), no crash, and any earlier output left alone.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/cli.h"
#include "docx/reader.h"
#include "render/templates.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(core_zip_archive)

BOOST_AUTO_TEST_CASE(a_zip_bomb_is_refused) {
  TempDir dir;
  ZipParts parts{{"word/document.xml", std::string((64u << 20) + 1, ' ')}};
  write_file(dir.path() / "bomb.docx", *write_zip(parts));
  BOOST_TEST(std::filesystem::file_size(dir.path() / "bomb.docx") < 1000000u);
  CliRun r = check_file(dir.path() / "bomb.docx");
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + (dir.path() / "bomb.docx").string() +
                          ": zip entry word/document.xml inflates past the size limit\n");
}

BOOST_AUTO_TEST_CASE(zip_limits_hold_for_entries_and_totals) {
  TempDir dir;
  write_file(dir.path() / "two.zip",
             *write_zip({{"a", std::string(600, 'a')}, {"b", std::string(600, 'b')}}));
  ZipLimits small;
  small.max_entry_bytes = 700;
  small.max_total_bytes = 1000;
  BOOST_TEST(!read_zip(dir.path() / "two.zip", small).ok());
  small.max_total_bytes = 2000;
  BOOST_TEST(read_zip(dir.path() / "two.zip", small).ok());
}

BOOST_AUTO_TEST_SUITE_END()
