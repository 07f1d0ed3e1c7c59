#include "cli/build_command.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(cli_build_command)

BOOST_AUTO_TEST_CASE(usage_errors_of_build) {
  BOOST_TEST(run_mspdoc({"build"}).code == 2);
  BOOST_TEST(run_mspdoc({"build", "x.xml", "--to", "odt"}).err ==
             "mspdoc build: --to takes docx, pdf and md, comma-separated\n");
  CliRun missing = run_mspdoc({"build", "/nonexistent/records.xml", "--to", "md", "-o", "/tmp"});
  BOOST_TEST(missing.code == 2);
  BOOST_TEST(missing.err == "mspdoc: /nonexistent/records.xml: no such file\n");
}

BOOST_AUTO_TEST_CASE(build_writes_docx_and_pdf_end_to_end,
                     *boost::unit_test::precondition(SofficeAvailable())) {
  TempDir dir;
  CliRun r =
      run_mspdoc({"build", (small_report_dir() / "progress-report.xml").string(), "-o", dir.path().string()});
  BOOST_TEST_REQUIRE(r.code == 0, r.err);
  BOOST_TEST(read_file(dir.path() / "12msp-progress-report.pdf").rfind("%PDF", 0) == 0u);
  BOOST_TEST(read_file(dir.path() / "12msp-progress-report.docx").rfind("PK", 0) == 0u);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  BOOST_TEST(files == 2u);
}

BOOST_AUTO_TEST_CASE(an_empty_format_list_is_a_usage_error) {
  TempDir dir;
  for (std::string formats : {"", "docx,", "docx,,pdf"}) {
    CliRun r = run_mspdoc({"build", (small_report_dir() / "progress-report.xml").string(), "-o",
                           (dir.path() / "out").string(), "--to", formats});
    BOOST_TEST(r.code == 2, formats);
    BOOST_TEST(r.err == "mspdoc build: --to takes docx, pdf and md, comma-separated\n", formats);
  }
  BOOST_TEST(!std::filesystem::exists(dir.path() / "out"));
}

BOOST_AUTO_TEST_CASE(two_records_that_make_one_output_are_refused_before_anything_is_made) {
  TempDir dir;
  std::filesystem::copy(small_report_dir(), dir.path() / "a");
  std::filesystem::copy(small_report_dir(), dir.path() / "b");
  std::filesystem::path out = dir.path() / "out";
  CliRun r =
      run_mspdoc({"build", (dir.path() / "a" / "progress-report.xml").string(),
                  (dir.path() / "b" / "progress-report.xml").string(), "-o", out.string(), "--to", "md"});
  BOOST_TEST(r.code == 2);
  std::string last = last_line(r.err);  // after the records' own warnings
  BOOST_TEST(last.find("mspdoc: " + (dir.path() / "b" / "progress-report.xml").string() +
                       ": makes the same outputs (") == 0u,
             r.err);
  BOOST_TEST(std::filesystem::is_empty(out));
}

BOOST_AUTO_TEST_SUITE_END()
