#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "core/process.h"

/// A thin main: the commands live in the library. No exception escapes: any that does ends the
/// run with one line and exit 2; a signal that stopped the run gives 128 + its number.
int main(int argc, char** argv) {
  return mspdoc::run_guarded(
      [&] {
        mspdoc::install_interrupt_handlers();
        std::vector<std::string> args(argv + 1, argv + argc);
        int code = mspdoc::run_cli(args, mspdoc::Paths::defaults(), std::cout, std::cerr);
        return mspdoc::interrupted_by() ? 128 + mspdoc::interrupted_by() : code;
      },
      std::cerr);
}
