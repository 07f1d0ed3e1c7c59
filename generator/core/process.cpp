#include "core/process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace mspdoc {
namespace {

constexpr std::size_t kMaxStderr = 64 * 1024;

std::atomic<pid_t> running_group{0};    ///< the process group of the tool running now
std::atomic<int> stop_signal{0};        ///< SIGINT or SIGTERM once received
std::atomic<int> live_work_folders{0};  ///< work folders that an exit now would leave behind

void on_stop_signal(int signal_number) {
  stop_signal = signal_number;
  pid_t group = running_group;
  if (group > 0) kill(-group, SIGKILL);
  if (group <= 0 && live_work_folders == 0) {  // nothing to clean up: stop at once
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
  }
}

std::string read_capped(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string text(kMaxStderr, '\0');
  in.read(text.data(), std::streamsize(text.size()));
  text.resize(std::size_t(in.gcount()));
  return text;
}

/// Waits for `pid` up to `timeout`, then kills it; fills exit code and time-out flag.
void wait_with_timeout(pid_t pid, std::chrono::seconds timeout, ProcessResult& result) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  auto pause = std::chrono::milliseconds(2);
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (stop_signal != 0 || std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);  // the whole group: soffice's soffice.bin too
      waitpid(pid, &status, 0);
      result.timed_out = stop_signal == 0;
      result.interrupted = stop_signal;
      break;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
  kill(-pid, SIGKILL);  // whatever the tool left running in its group
  running_group = 0;
  result.exit_code =
      WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

void install_interrupt_handlers() {
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
}

int interrupted_by() {
  return stop_signal;
}

void register_work_folder(const std::filesystem::path&) {
  ++live_work_folders;
}

void unregister_work_folder(const std::filesystem::path&) {
  --live_work_folders;
}

bool program_available(const std::string& program) {
  if (program.find('/') != std::string::npos) return access(program.c_str(), X_OK) == 0;
  const char* path = std::getenv("PATH");
  std::stringstream folders(path ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');)
    if (!folder.empty() && access((folder + "/" + program).c_str(), X_OK) == 0) return true;
  return false;
}

Result<ProcessResult> run_process(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                                  const std::filesystem::path& working_dir) {
  if (argv.empty() || !program_available(argv[0]))
    return Error{"", 0,
                 (argv.empty() ? std::string("(nothing)") : argv[0]) + " is not installed or not on PATH"};
  const char* tmpdir = std::getenv("TMPDIR");
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::is_directory(working_dir, ec) ? working_dir
                                 : tmpdir && *tmpdir ? std::filesystem::path(tmpdir)
                                                     : std::filesystem::path("/tmp");
  std::string stderr_template = (folder / "mspdoc-stderr-XXXXXX").string();
  int stderr_fd = mkstemp(stderr_template.data());
  if (stderr_fd < 0)
    return Error{"", 0, "cannot create a file in " + folder.string() + ": " + std::strerror(errno)};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, stderr_fd, 2);
  if (!working_dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, working_dir.c_str());
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);  // a group of its own, killed as one
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned == 0) running_group = pid;
  close(stderr_fd);
  ProcessResult result;
  if (spawned == 0) wait_with_timeout(pid, timeout, result);
  result.stderr_text = read_capped(stderr_template);
  std::filesystem::remove(stderr_template);
  if (spawned != 0) return Error{"", 0, "cannot start " + argv[0] + ": " + std::strerror(spawned)};
  return result;
}

}  // namespace mspdoc
