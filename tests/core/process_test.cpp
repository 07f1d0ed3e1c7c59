// Running external tools: exit status, standard error, working folder, time-outs, tools not found.
#include "core/process.h"

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <string>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

constexpr std::chrono::seconds kEnough{5};

ProcessResult shell(const std::string& script, const std::filesystem::path& working_dir = {}) {
  auto run = run_process({"/bin/sh", "-c", script}, kEnough, working_dir);
  BOOST_TEST_REQUIRE(run.ok(), (run.ok() ? "" : run.error().str()));
  return *run;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(core_process)

BOOST_AUTO_TEST_CASE(the_exit_status_and_standard_error_come_back) {
  auto ok = run_process({"/bin/true"}, kEnough);
  BOOST_TEST_REQUIRE(ok.ok());
  BOOST_TEST(ok->exit_code == 0);
  BOOST_TEST(!ok->timed_out);
  BOOST_TEST(ok->stderr_text == "");

  auto on_path = run_process({"sh", "-c", "exit 7"}, kEnough);
  BOOST_TEST_REQUIRE(on_path.ok());
  BOOST_TEST(on_path->exit_code == 7);

  ProcessResult failed = shell("echo kept on stdout; echo 'pandoc: bad input' >&2; exit 3");
  BOOST_TEST(failed.exit_code == 3);
  BOOST_TEST(!failed.timed_out);
  BOOST_TEST(failed.stderr_text == "pandoc: bad input\n");

  ProcessResult killed = shell("kill -TERM $$");
  BOOST_TEST(killed.exit_code == 128 + 15);
  BOOST_TEST(!killed.timed_out);
}

BOOST_AUTO_TEST_CASE(the_tool_runs_in_its_working_folder_with_nothing_on_standard_input) {
  TempDir dir;
  ProcessResult where = shell("pwd >&2", dir.path());
  BOOST_TEST(where.stderr_text == std::filesystem::canonical(dir.path()).string() + "\n");
  ProcessResult input = shell("cat >&2; echo end of input >&2");
  BOOST_TEST(input.stderr_text == "end of input\n");
  ProcessResult long_error =
      shell("i=0; while [ $i -lt 2000 ]; do printf '%050d\\n' $i >&2; i=$((i+1)); done");
  BOOST_TEST(long_error.exit_code == 0);
  BOOST_TEST(long_error.stderr_text.size() == 64u * 1024u);
}

BOOST_AUTO_TEST_CASE(a_tool_that_outlives_its_time_is_killed) {
  auto start = std::chrono::steady_clock::now();
  auto run = run_process({"/bin/sleep", "5"}, std::chrono::seconds(0));
  auto took = std::chrono::steady_clock::now() - start;
  BOOST_TEST_REQUIRE(run.ok());
  BOOST_TEST(run->timed_out);
  BOOST_TEST(run->exit_code == 128 + 9);
  BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(took).count() < 1000);
}

BOOST_AUTO_TEST_CASE(a_tool_that_cannot_be_started_is_an_error) {
  TempDir dir;
  write_file(dir.path() / "not-executable", "#!/bin/sh\n");
  BOOST_TEST(program_available("sh"));
  BOOST_TEST(program_available("/bin/sh"));
  BOOST_TEST(!program_available("mspdoc-no-such-tool"));
  BOOST_TEST(!program_available("/nonexistent/sh"));
  BOOST_TEST(!program_available((dir.path() / "not-executable").string()));

  auto missing = run_process({"mspdoc-no-such-tool", "--version"}, kEnough);
  BOOST_TEST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().str() == "mspdoc-no-such-tool is not installed or not on PATH");
  BOOST_TEST(missing.error().exit_code == 2);
  auto nothing = run_process({}, kEnough);
  BOOST_TEST_REQUIRE(!nothing.ok());
  BOOST_TEST(nothing.error().str() == "(nothing) is not installed or not on PATH");
  auto not_executable = run_process({(dir.path() / "not-executable").string()}, kEnough);
  BOOST_TEST_REQUIRE(!not_executable.ok());
  BOOST_TEST(not_executable.error().str() ==
             (dir.path() / "not-executable").string() + " is not installed or not on PATH");
  auto no_folder = run_process({"/bin/true"}, kEnough, dir.path() / "missing");
  BOOST_TEST_REQUIRE(!no_folder.ok());
  BOOST_TEST(no_folder.error().str() == "cannot start /bin/true: No such file or directory");
}

BOOST_AUTO_TEST_SUITE_END()
