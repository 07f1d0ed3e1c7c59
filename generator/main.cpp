#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return mspdoc::run_cli(args, mspdoc::Paths::defaults(), std::cout, std::cerr);
}
