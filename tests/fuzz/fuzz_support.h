#pragma once
/// What every fuzz target loads once: the registry, organizations, vocabulary and treaties, and a private
/// folder holding a real meeting record for records that link to one.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/analysis.h"
#include "core/zip_archive.h"

namespace mspdoc::fuzzing {

/// The XML parts of a package written one after another with NUL bytes between them: the
/// input form of the targets that reach the parts without a zip.
inline ZipParts parts_separated_by_nul(const std::string& bytes, const std::vector<const char*>& names) {
  ZipParts parts;
  std::size_t start = 0;
  for (const char* name : names) {
    std::size_t end = bytes.find('\0', start);
    parts[name] = bytes.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

struct Fixture {
  Paths paths = Paths::defaults();
  CheckData data = must(CheckData::load(paths));
  const StateRegistry& registry = data.registry;
  std::filesystem::path folder = private_folder(paths);

  template <class T>
  static T must(Result<T> result) {
    if (!result) throw std::runtime_error(result.error().str());
    return std::move(*result);
  }

  static std::filesystem::path private_folder(const Paths& paths) {
    std::filesystem::path base =
        std::filesystem::exists("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
    std::filesystem::path folder = base / ("mspdoc-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(paths.home / "data/12msp/meeting.xml", folder / "meeting.xml",
                               std::filesystem::copy_options::overwrite_existing);
    return folder;
  }
};

}  // namespace mspdoc::fuzzing
