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

Result<bool> replace_files(
    const std::vector<std::pair<std::filesystem::path, std::filesystem::path>>& staged_to_target) {
  std::vector<std::filesystem::path> copies;
  auto discard = [&copies] {
    std::error_code ignored;
    for (const auto& copy : copies) std::filesystem::remove(copy, ignored);
  };
  for (const auto& [staged, target] : staged_to_target) {
    std::filesystem::path copy = temporary_path_beside(target);
    std::error_code ec;
    std::filesystem::copy_file(staged, copy, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
      discard();
      std::filesystem::remove(copy, ec);
      return Error{target.string(), 0, "cannot write: " + ec.message() + " (nothing was replaced)"};
    }
    copies.push_back(copy);
  }
  for (std::size_t i = 0; i < copies.size(); ++i) {
    std::error_code ec;
    std::filesystem::rename(copies[i], staged_to_target[i].second, ec);
    if (ec) {
      copies.erase(copies.begin(), copies.begin() + long(i));
      discard();
      return Error{staged_to_target[i].second.string(), 0, "cannot replace: " + ec.message()};
    }
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
