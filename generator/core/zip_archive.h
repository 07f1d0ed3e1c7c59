#pragma once
/// Zip packages (DOCX) as a map of part names to bytes, read and written with libzip.

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>

#include "core/error.h"

namespace mspdoc {

/// Limits that keep a hostile zip from exhausting memory.
struct ZipLimits {
  std::size_t max_entries = 10000;
  std::size_t max_entry_bytes = 64u << 20;   ///< one part, inflated (a 5,000-page draft has about 25 MiB)
  std::size_t max_total_bytes = 256u << 20;  ///< all parts, inflated
};

/// The parts of a zip package by name, in name order.
using ZipParts = std::map<std::string, std::string>;

/// Reads every entry of the zip at `file`. Not a zip, a damaged zip, or a part that inflates
/// past the limits is an Error naming the file.
Result<ZipParts> read_zip(const std::filesystem::path& file, const ZipLimits& limits = {});

/// The zip bytes for `parts`, deterministic: "[Content_Types].xml" first, then name order,
/// deflated, every timestamp 1980-01-01.
Result<std::string> write_zip(const ZipParts& parts);

}  // namespace mspdoc
