#include "test_support.h"

#include "cli.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

namespace mspdoc::testing {

Paths project_paths() { return Paths{MSPDOC_SOURCE_DIR, "/usr/share/iso-codes/json"}; }

std::filesystem::path shared_dir() { return std::filesystem::path(MSPDOC_SOURCE_DIR) / ".." / "shared"; }

bool SharedAvailable::operator()(unsigned long) const {
  return std::filesystem::exists(shared_dir() / "corpus") && std::filesystem::exists(shared_dir() / "reference");
}

CliRun run_mspdoc(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = run_cli(args, project_paths(), out, err);
  return CliRun{code, out.str(), err.str()};
}

void write_file(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace mspdoc::testing
