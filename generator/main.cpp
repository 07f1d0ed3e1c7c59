#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "core/process.h"
#include "core/text.h"

/// A thin main: the commands live in the library. No exception escapes: any that does ends the
/// run with one line and exit 2.
int main(int argc, char** argv) {
  try {
    mspdoc::install_interrupt_handlers();
    std::vector<std::string> args(argv + 1, argv + argc);
    int code = mspdoc::run_cli(args, mspdoc::Paths::defaults(), std::cout, std::cerr);
    return mspdoc::interrupted_by() ? 128 + mspdoc::interrupted_by() : code;
  } catch (const std::exception& error) {
    std::cerr << "mspdoc: " << mspdoc::replace_invalid_utf8(error.what()) << "\n";
  } catch (...) {
    std::cerr << "mspdoc: an unexpected error stopped the run\n";
  }
  return mspdoc::kExitUsage;
}
