#include "core/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

namespace mspdoc {

std::filesystem::path temporary_path_beside(const std::filesystem::path& target) {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
  return folder / ("." + target.filename().string() + ".tmp-" + std::to_string(random() % 1000000000));
}

Result<bool> write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  std::filesystem::path temporary = temporary_path_beside(target);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return Error{target.string(), 0, std::string("cannot write: ") + std::strerror(errno)};
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out.flush()) {
      std::filesystem::remove(temporary);
      return Error{target.string(), 0, "cannot write (disk full?)"};
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, target, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    return Error{target.string(), 0, "cannot replace: " + ec.message()};
  }
  return true;
}

Result<bool> replace_file(const std::filesystem::path& source, const std::filesystem::path& target) {
  std::error_code ec;
  std::filesystem::rename(source, target, ec);
  if (!ec) return true;
  std::filesystem::path temporary = temporary_path_beside(target);
  std::filesystem::copy_file(source, temporary, std::filesystem::copy_options::overwrite_existing, ec);
  if (!ec) std::filesystem::rename(temporary, target, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    return Error{target.string(), 0, "cannot replace: " + ec.message()};
  }
  std::filesystem::remove(source, ec);
  return true;
}

}  // namespace mspdoc
