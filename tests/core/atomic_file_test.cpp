// Atomic output: writing and replacing files whole, and the temporary names used beside a target.
#include "core/atomic_file.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// The names of the entries of `folder`, sorted.
std::vector<std::string> entries(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(core_atomic_file)

BOOST_AUTO_TEST_CASE(writing_replaces_the_whole_target_and_leaves_no_temporary_file) {
  TempDir dir;
  std::filesystem::path target = dir.path() / "report.docx";
  write_file(target, "PREVIOUS CONTENT, LONGER THAN THE NEW ONE");
  std::string bytes("new\0bytes\n", 10);
  auto written = write_file_atomically(target, bytes);
  BOOST_TEST_REQUIRE(written.ok());
  BOOST_TEST(*written == true);
  BOOST_TEST(read_file(target) == bytes);
  BOOST_TEST(std::filesystem::file_size(target) == 10u);
  BOOST_TEST(entries(dir.path()) == std::vector<std::string>{"report.docx"});
}

BOOST_AUTO_TEST_CASE(a_target_that_cannot_be_written_is_an_error_and_leaves_nothing_behind) {
  TempDir dir;
  std::filesystem::path missing = dir.path() / "missing" / "report.md";
  auto no_folder = write_file_atomically(missing, "text");
  BOOST_TEST_REQUIRE(!no_folder.ok());
  BOOST_TEST(no_folder.errors().size() == 1u);
  BOOST_TEST(no_folder.error().file == missing.string());
  BOOST_TEST(no_folder.error().line == 0);
  BOOST_TEST(no_folder.error().str() == missing.string() + ": cannot write: No such file or directory");

  std::filesystem::path folder = dir.path() / "folder";
  std::filesystem::create_directory(folder);
  auto over_folder = write_file_atomically(folder, "text");
  BOOST_TEST_REQUIRE(!over_folder.ok());
  BOOST_TEST(over_folder.error().str() == folder.string() + ": cannot replace: Is a directory");
  BOOST_TEST(std::filesystem::is_directory(folder));
  BOOST_TEST(entries(dir.path()) == std::vector<std::string>{"folder"});
}

BOOST_AUTO_TEST_CASE(replace_file_moves_the_source_over_the_target) {
  TempDir dir;
  std::filesystem::path source = dir.path() / "built.pdf";
  std::filesystem::path target = dir.path() / "report.pdf";
  write_file(source, "NEW");
  write_file(target, "OLD");
  auto replaced = replace_file(source, target);
  BOOST_TEST_REQUIRE(replaced.ok());
  BOOST_TEST(read_file(target) == "NEW");
  BOOST_TEST(entries(dir.path()) == std::vector<std::string>{"report.pdf"});

  auto missing = replace_file(dir.path() / "never-built.pdf", target);
  BOOST_TEST_REQUIRE(!missing.ok());
  BOOST_TEST(missing.error().str() == target.string() + ": cannot replace: No such file or directory");
  BOOST_TEST(read_file(target) == "NEW");
  BOOST_TEST(entries(dir.path()) == std::vector<std::string>{"report.pdf"});
}

BOOST_AUTO_TEST_CASE(temporary_paths_are_hidden_beside_the_target) {
  std::filesystem::path beside = temporary_path_beside("/srv/out/report.docx");
  BOOST_TEST(beside.parent_path() == std::filesystem::path("/srv/out"));
  std::string name = beside.filename();
  const std::string prefix = ".report.docx.tmp-";
  BOOST_TEST_REQUIRE(name.rfind(prefix, 0) == 0u, name);
  std::string random = name.substr(prefix.size());
  BOOST_TEST(!random.empty());
  BOOST_TEST(random.size() <= 9u);
  BOOST_TEST(random.find_first_not_of("0123456789") == std::string::npos, random);

  std::filesystem::path here = temporary_path_beside("report.docx");
  BOOST_TEST(here.parent_path() == std::filesystem::path("."));
  BOOST_TEST(here.filename().string().rfind(prefix, 0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
