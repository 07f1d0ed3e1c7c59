#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
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

BOOST_AUTO_TEST_SUITE(render_document_tools_failures)

// A fake soffice that starts a child which outlives it, then hangs: a timeout ends both, the
// previous DOCX and PDF stay byte for byte, and no work folder is left in TMPDIR.
BOOST_AUTO_TEST_CASE(a_hung_libreoffice_and_its_child_are_stopped_and_nothing_is_replaced,
                     *boost::unit_test::precondition(PandocAvailable())) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out", tmp = dir.path() / "tmp";
  std::filesystem::create_directories(out);
  std::filesystem::create_directories(tmp);
  write_file(out / "12msp-progress-report.docx", "PREVIOUS DOCX");
  write_file(out / "12msp-progress-report.pdf", "PREVIOUS PDF");
  std::filesystem::path child_pid = dir.path() / "child.pid";
  ToolSettings tools;
  tools.soffice =
      fake_tool(dir, "soffice", "sleep 60 & echo $! > " + child_pid.string() + "; sleep 60").string();
  tools.timeout = std::chrono::seconds(1);
  setenv("TMPDIR", tmp.c_str(), 1);
  CliRun r = build_small_report(tools, out, "docx,pdf");
  unsetenv("TMPDIR");
  BOOST_TEST(r.code == 3);
  BOOST_TEST(last_line(r.err) == "mspdoc: LibreOffice did not finish in time", r.err);
  BOOST_TEST(read_file(out / "12msp-progress-report.docx") == "PREVIOUS DOCX");
  BOOST_TEST(read_file(out / "12msp-progress-report.pdf") == "PREVIOUS PDF");
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(tmp), std::filesystem::directory_iterator{}) ==
             0);
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator{}) ==
             2);
  std::string written = read_file(child_pid);  // empty when the timeout came before the child
  std::string stat =
      written.empty() ? "" : read_file("/proc/" + std::to_string(std::stoi(written)) + "/stat");
  bool running = !stat.empty() && stat.find(") Z") == std::string::npos;  // a zombie has ended
  BOOST_TEST(!running, "the tool's child still runs: " << stat);
}

BOOST_AUTO_TEST_CASE(the_time_allowed_comes_from_mspdoc_tool_timeout) {
  setenv("MSPDOC_TOOL_TIMEOUT", "7", 1);
  auto seven = tool_settings_from_environment();
  setenv("MSPDOC_TOOL_TIMEOUT", "soon", 1);
  auto wrong = tool_settings_from_environment();
  unsetenv("MSPDOC_TOOL_TIMEOUT");
  auto fallback = tool_settings_from_environment();
  BOOST_TEST_REQUIRE(seven.ok());
  BOOST_TEST(seven->timeout.count() == 7);
  BOOST_TEST_REQUIRE(!wrong.ok());
  BOOST_TEST(wrong.error().str() ==
             "MSPDOC_TOOL_TIMEOUT is \"soon\"; give the seconds each tool may take, from 1");
  BOOST_TEST(fallback->timeout.count() == 300);
}

BOOST_AUTO_TEST_CASE(a_missing_or_unwritable_tmpdir_is_a_one_line_error) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out";
  setenv("TMPDIR", (dir.path() / "missing").c_str(), 1);
  CliRun missing = run_mspdoc(
      {"build", (small_report_dir() / "progress-report.xml").string(), "-o", out.string(), "--to", "docx"});
  std::filesystem::create_directories(dir.path() / "locked");
  std::filesystem::permissions(dir.path() / "locked",
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  setenv("TMPDIR", (dir.path() / "locked").c_str(), 1);
  bool unwritable = access((dir.path() / "locked").c_str(), W_OK) != 0;  // root writes anywhere
  CliRun locked = unwritable ? run_mspdoc({"build", (small_report_dir() / "progress-report.xml").string(),
                                           "-o", out.string(), "--to", "docx"})
                             : CliRun{2, "", "(root: every folder is writable; cannot be used)\n"};
  unsetenv("TMPDIR");
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all);
  BOOST_TEST(missing.code == 2);
  BOOST_TEST(last_line(missing.err) ==
             "mspdoc build: the temporary folder " + (dir.path() / "missing").string() +
                 " cannot be used: No such file or directory (set TMPDIR to a writable folder)");
  BOOST_TEST(locked.code == 2);
  BOOST_TEST(last_line(locked.err).find("cannot be used") != std::string::npos, locked.err);
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator{}) ==
             0);
}

/// Runs the mspdoc binary with `args` and extra environment, returning its pid.
pid_t start_mspdoc(const std::vector<std::string>& args,
                   const std::vector<std::pair<std::string, std::string>>& env) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
  std::vector<char*> argv{const_cast<char*>(MSPDOC_BINARY)};
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  int quiet = open("/dev/null", O_WRONLY);
  dup2(quiet, 2);
  execv(MSPDOC_BINARY, argv.data());
  _exit(127);
}

/// Sends `signal_number` to mspdoc while LibreOffice runs: it must end the tool and its child,
/// remove its work folder, leave the previous outputs and exit 128 + the signal.
void interrupt_while_a_tool_runs(int signal_number) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out", tmp = dir.path() / "tmp", bin = dir.path() / "bin";
  for (const auto& folder : {out, tmp, bin}) std::filesystem::create_directories(folder);
  write_file(out / "12msp-progress-report.pdf", "PREVIOUS PDF");
  std::filesystem::path child_pid = dir.path() / "child.pid";
  write_file(bin / "soffice", "#!/bin/sh\nsleep 60 &\necho $! > " + child_pid.string() + "\nsleep 60\n");
  std::filesystem::permissions(bin / "soffice", std::filesystem::perms::owner_all);
  pid_t pid = start_mspdoc(
      {"build", (small_report_dir() / "progress-report.xml").string(), "-o", out.string(), "--to", "pdf"},
      {{"PATH", bin.string() + ":" + std::getenv("PATH")}, {"TMPDIR", tmp.string()}});
  for (int i = 0; i < 600 && read_file(child_pid).empty(); ++i) usleep(50000);  // until soffice runs
  BOOST_TEST_REQUIRE(!read_file(child_pid).empty());
  kill(pid, signal_number);
  int status = 0;
  waitpid(pid, &status, 0);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(WEXITSTATUS(status) == 128 + signal_number);
  std::string stat = read_file("/proc/" + std::to_string(std::stoi(read_file(child_pid))) + "/stat");
  BOOST_TEST((stat.empty() || stat.find(") Z") != std::string::npos), "soffice's child still runs: " << stat);
  BOOST_TEST(std::filesystem::is_empty(tmp));
  BOOST_TEST(read_file(out / "12msp-progress-report.pdf") == "PREVIOUS PDF");
}

BOOST_AUTO_TEST_CASE(sigterm_while_a_tool_runs_stops_everything_and_exits_143,
                     *boost::unit_test::precondition(PandocAvailable())) {
  interrupt_while_a_tool_runs(SIGTERM);
}

BOOST_AUTO_TEST_CASE(sigint_while_a_tool_runs_stops_everything_and_exits_130,
                     *boost::unit_test::precondition(PandocAvailable())) {
  interrupt_while_a_tool_runs(SIGINT);
}

BOOST_AUTO_TEST_SUITE_END()
