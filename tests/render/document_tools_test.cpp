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

BOOST_AUTO_TEST_SUITE(render_document_tools)

BOOST_AUTO_TEST_CASE(a_missing_pandoc_is_named_with_exit_3) {
  std::ostringstream out, err;
  TempDir dir;
  ToolSettings tools;
  tools.pandoc = "pandoc-that-is-not-installed";
  int code =
      run_build_command({(small_report_dir() / "progress-report.xml").string(), "-o", dir.path().string()},
                        project_paths(), tools, out, err);
  BOOST_TEST(code == 3);
  BOOST_TEST(
      err.str().find("pandoc-that-is-not-installed is not installed or not on PATH") != std::string::npos,
      err.str());
}

BOOST_AUTO_TEST_CASE(a_failing_pandoc_exits_3_naming_it_and_keeps_the_old_output) {
  TempDir dir;
  ToolSettings tools;
  tools.pandoc = fake_tool(dir, "pandoc", "echo 'pandoc: out of luck' >&2; exit 64").string();
  write_file(dir.path() / "out" / "12msp-progress-report.docx", "PREVIOUS");
  CliRun r = build_small_report(tools, dir.path() / "out", "docx");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("\nmspdoc: pandoc failed (exit 64): pandoc: out of luck\n") != std::string::npos,
             r.err);
  BOOST_TEST(read_file(dir.path() / "out" / "12msp-progress-report.docx") == "PREVIOUS");
}

BOOST_AUTO_TEST_CASE(a_missing_libreoffice_exits_3_and_keeps_the_old_pdf,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  ToolSettings tools;
  tools.soffice = "soffice-that-is-not-installed";
  write_file(dir.path() / "out" / "12msp-progress-report.pdf", "PREVIOUS");
  CliRun r = build_small_report(tools, dir.path() / "out", "pdf");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("mspdoc: soffice-that-is-not-installed is not installed or not on PATH") !=
                 std::string::npos,
             r.err);
  BOOST_TEST(read_file(dir.path() / "out" / "12msp-progress-report.pdf") == "PREVIOUS");
}

BOOST_AUTO_TEST_CASE(a_hanging_libreoffice_is_stopped_after_the_time_allowed,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  ToolSettings tools;
  tools.soffice = fake_tool(dir, "soffice", "sleep 30").string();
  tools.timeout = std::chrono::seconds(1);
  CliRun r = build_small_report(tools, dir.path() / "out", "pdf");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("LibreOffice did not finish in time") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
