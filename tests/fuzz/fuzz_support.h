#pragma once
/// What every fuzz target loads once: the registry, organizations, the CCM, and a private folder
/// holding a real meeting record for records that link to one.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "registry/organizations.h"
#include "registry/state_registry.h"
#include "registry/treaty.h"

namespace mspdoc::fuzzing {

struct Fixture {
  Paths paths = Paths::defaults();
  StateRegistry registry = must(StateRegistry::load(paths));
  Organizations organizations = must(Organizations::load(paths));
  Treaty treaty = must(Treaty::load(paths, "ccm", registry));
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
