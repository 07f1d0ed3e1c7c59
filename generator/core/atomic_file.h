#pragma once
/// Writing outputs so that a failed run never leaves half a file or destroys the previous one.

#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// Writes `bytes` to a temporary file beside `target`, then renames it over `target`.
Result<bool> write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

/// Moves `source` over `target` in one step (copying first when they lie on different file
/// systems, still renaming at the end).
Result<bool> replace_file(const std::filesystem::path& source, const std::filesystem::path& target);

/// Puts every staged file in place, or none: each is first copied beside its target under a
/// temporary name, and only when all are there are they renamed over their targets. When a copy
/// fails, the copies made are removed and every target stays as it was.
Result<bool> replace_files(
    const std::vector<std::pair<std::filesystem::path, std::filesystem::path>>& staged_to_target);

/// A temporary path beside `target` ("DIR/.NAME.tmp-RANDOM"), for tools that write files themselves.
std::filesystem::path temporary_path_beside(const std::filesystem::path& target);

}  // namespace mspdoc
