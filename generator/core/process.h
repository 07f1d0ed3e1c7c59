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
  std::string stderr_text;  ///< what it wrote to standard error (at most 64 KiB kept)
};

/// Runs `argv` (argv[0] looked up on PATH) with standard input from /dev/null and standard output
/// discarded, in `working_dir` when it is not empty; kills it after `timeout`. An Error only when
/// the tool could not be started at all (not installed, not executable).
Result<ProcessResult> run_process(const std::vector<std::string>& argv, std::chrono::seconds timeout,
                                  const std::filesystem::path& working_dir = {});

/// True when `program` is found on PATH and executable.
bool program_available(const std::string& program);

}  // namespace mspdoc
