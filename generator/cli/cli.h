#pragma once
/// The command line: parses arguments, runs a command, and maps its outcome to an exit code.

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "core/paths.h"

namespace mspdoc {

/// Exit codes of the command-line contract (design notes).
enum ExitCode : int {
  kExitOk = 0,        ///< success; for check: no errors found
  kExitFindings = 1,  ///< check found errors
  kExitUsage = 2,     ///< unusable input or usage
};

/// Runs `args` (without the program name) with data from `paths`; results go to `out`, messages
/// to `err`. Returns the exit code.
int run_cli(const std::vector<std::string>& args, const Paths& paths, std::ostream& out, std::ostream& err);

/// Runs `command` and returns its exit code; an exception that escapes it becomes one line on
/// `err` ("mspdoc: WHAT", in valid UTF-8) and exit 2, so none ever reaches `main`'s caller.
int run_guarded(const std::function<int()>& command, std::ostream& err);

}  // namespace mspdoc
