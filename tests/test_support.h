#pragma once
/// Shared helpers for the test suite: where the project and the shared corpus are, temporary homes.

#include <filesystem>
#include <string>
#include <vector>

#include "document_tools.h"
#include "paths.h"

namespace mspdoc::testing {

/// The project's own paths (data/, templates/, filters/ of this checkout).
Paths project_paths();
/// ../shared beside the checkout, where the corpus and reference facts live.
std::filesystem::path shared_dir();
/// Boost.Test precondition: true when ../shared is present; tests that need it are skipped otherwise.
struct SharedAvailable {
  bool operator()(unsigned long) const;
};

/// A fresh folder removed when the object dies (the library's own work folder).
using TempDir = WorkFolder;

/// What a command line printed and returned.
struct CliRun {
  int code = 0;
  std::string out, err;
};
/// Runs the mspdoc command line `args` with the project's paths, capturing its output.
CliRun run_mspdoc(const std::vector<std::string>& args);

/// Writes `text` to `file`, creating its folder.
void write_file(const std::filesystem::path& file, const std::string& text);
/// Reads a whole file.
std::string read_file(const std::filesystem::path& file);

}  // namespace mspdoc::testing
