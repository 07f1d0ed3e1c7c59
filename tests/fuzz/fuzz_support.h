#pragma once
/// What every fuzz target loads once: the registry, organizations, vocabulary and treaties, and a private
/// folder holding a real meeting record for records that link to one.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "check/analysis.h"

namespace mspdoc::fuzzing {

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
