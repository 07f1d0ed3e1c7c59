#include "core/zip_archive.h"

#include <zip.h>

#include <ctime>
#include <memory>
#include <vector>

namespace mspdoc {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

std::string zip_open_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

Result<std::string> read_entry(zip_t* archive, zip_uint64_t index, const zip_stat_t& stat, std::size_t limit,
                               const std::string& file) {
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> entry(zip_fopen_index(archive, index, 0), zip_fclose);
  if (!entry)
    return Error{file, 0, std::string("damaged zip entry ") + stat.name + ": " + zip_strerror(archive)};
  std::string bytes;
  if (stat.valid & ZIP_STAT_SIZE)  // the size the directory declares, trusted only up to the limit
    bytes.reserve(std::size_t(std::min<zip_uint64_t>(stat.size, limit)));
  char buffer[65536];
  zip_int64_t got = 0;
  while ((got = zip_fread(entry.get(), buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, std::size_t(got));
    if (bytes.size() > limit)
      return Error{file, 0, std::string("zip entry ") + stat.name + " inflates past the size limit"};
  }
  if (got < 0)
    return Error{file, 0,
                 std::string("damaged zip entry ") + stat.name + ": " + zip_file_strerror(entry.get())};
  return bytes;
}

}  // namespace

Result<ZipParts> read_zip(const std::filesystem::path& file, const ZipLimits& limits) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    return Error{file.string(), 0, "is a folder, not a Word document"};
  int code = 0;
  Archive archive(zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
  if (!archive) return Error{file.string(), 0, "not a readable zip package (" + zip_open_message(code) + ")"};
  zip_int64_t count = zip_get_num_entries(archive.get(), 0);
  if (count < 0 || std::size_t(count) > limits.max_entries)
    return Error{file.string(), 0, "the zip holds more entries than a document can have"};
  ZipParts parts;
  std::size_t total = 0;
  for (zip_uint64_t i = 0; i < zip_uint64_t(count); ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), i, 0, &stat) != 0)
      return Error{file.string(), 0, "damaged zip directory"};
    std::string name = stat.name;
    if (!name.empty() && name.back() == '/') continue;
    auto bytes = read_entry(archive.get(), i, stat,
                            std::min(limits.max_entry_bytes, limits.max_total_bytes - total), file.string());
    if (!bytes) return bytes.errors();
    total += bytes->size();
    parts[name] = std::move(*bytes);
  }
  return parts;
}

Result<std::string> write_zip(const ZipParts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
  if (!archive) {
    if (buffer) zip_source_free(buffer);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Error{"", 0, "cannot create a zip in memory: " + message};
  }
  zip_source_keep(buffer);
  std::vector<const ZipParts::value_type*> ordered;
  if (auto types = parts.find("[Content_Types].xml"); types != parts.end()) ordered.push_back(&*types);
  for (const auto& part : parts)
    if (part.first != "[Content_Types].xml") ordered.push_back(&part);
  // Zip stores local time; midnight 1 January 1980 in the local zone reads the same everywhere.
  std::tm first_zip_day{};
  first_zip_day.tm_year = 80;
  first_zip_day.tm_mday = 1;
  first_zip_day.tm_isdst = -1;
  const time_t epoch_1980 = std::mktime(&first_zip_day);
  for (const auto* part : ordered) {
    zip_source_t* data = zip_source_buffer(archive, part->second.data(), part->second.size(), 0);
    zip_int64_t index = data ? zip_file_add(archive, part->first.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      zip_discard(archive);
      zip_source_free(buffer);
      return Error{"", 0, "cannot add " + part->first + " to the zip"};
    }
    zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    zip_file_set_mtime(archive, zip_uint64_t(index), epoch_1980, 0);
  }
  if (zip_close(archive) != 0) {
    zip_source_free(buffer);
    return Error{"", 0, "cannot finish the zip"};
  }
  std::string bytes;
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
    bytes.resize(std::size_t(stat.size));
    zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return bytes;
}

}  // namespace mspdoc
