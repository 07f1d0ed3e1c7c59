#pragma once
/// Running external tools (pandoc, soffice) without a shell: arguments go as a list.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// How an external tool ended.
struct ProcessResult {
  int exit_code = 0;        ///< the tool's exit status; 128 + signal when killed
  bool timed_out = false;   ///< killed after the time allowed
  int interrupted = 0;      ///< SIGINT or SIGTERM when mspdoc was told to stop while it ran
  std::string stderr_text;  ///< what it wrote to standard error (at most 64 KiB kept)
};

/// Runs `argv` (argv[0] looked up on PATH) in a process group of its own, with standard input
/// from /dev/null and standard output discarded, in `working_dir` when it is not empty (its
/// standard error is kept there too); after `timeout`, or when mspdoc is told to stop, the whole
/// group is killed, children of the tool included. An Error only when the tool could not be
/// started at all (not installed, not executable).
Result<ProcessResult> run_process(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                                  const std::filesystem::path& working_dir = {});

/// Makes SIGINT and SIGTERM stop mspdoc cleanly: a running tool's process group is killed, the
/// run unwinds (removing its work folders) and exits 130 or 143. Without a tool or a work folder
/// the signal ends the process at once. For `main` only.
void install_interrupt_handlers();

/// The signal that asked mspdoc to stop (SIGINT, SIGTERM), or 0.
int interrupted_by();

/// Work folders alive now, so that an interrupt knows whether it can end the process at once.
void register_work_folder(const std::filesystem::path& folder);
void unregister_work_folder(const std::filesystem::path& folder);

/// True when `program` is found on PATH and executable.
bool program_available(const std::string& program);

}  // namespace mspdoc
