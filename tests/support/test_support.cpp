#include "support/test_support.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli/build_command.h"
#include "cli/cli.h"

namespace mspdoc::testing {

Paths project_paths() {
  return Paths{MSPDOC_SOURCE_DIR, "/usr/share/iso-codes/json"};
}

std::filesystem::path shared_dir() {
  return std::filesystem::path(MSPDOC_SOURCE_DIR) / ".." / "shared";
}

bool SharedAvailable::operator()(unsigned long) const {
  return std::filesystem::exists(shared_dir() / "corpus") &&
         std::filesystem::exists(shared_dir() / "reference");
}

CliRun run_mspdoc(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  int code = run_cli(args, project_paths(), out, err);
  return CliRun{code, out.str(), err.str()};
}

CliRun run_build_with(const std::vector<std::string>& args, const ToolSettings& tools) {
  std::ostringstream out, err;
  int code = run_build_command(args, project_paths(), tools, out, err);
  return CliRun{code, out.str(), err.str()};
}

CliRun check_file(const std::filesystem::path& file) {
  return run_mspdoc({"check", file.string()});
}

CliRun build_small_report(const ToolSettings& tools, const std::filesystem::path& out,
                          const std::string& formats) {
  return run_build_with(
      {(small_report_dir() / "progress-report.xml").string(), "-o", out.string(), "--to", formats}, tools);
}

std::filesystem::path small_report_dir() {
  return std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests/fixtures/small-report";
}

std::filesystem::path sample_records_dir() {
  return std::filesystem::path(MSPDOC_SOURCE_DIR) / "data/12msp";
}

std::filesystem::path edited_copy(const std::filesystem::path& records, const std::filesystem::path& dir,
                                  const std::string& file, const std::string& from, const std::string& to) {
  std::filesystem::create_directories(dir);
  for (const auto& entry : std::filesystem::directory_iterator(records))
    if (entry.is_regular_file()) std::filesystem::copy_file(entry.path(), dir / entry.path().filename());
  std::string text = read_file(dir / file);
  auto at = text.find(from);
  BOOST_TEST_REQUIRE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  write_file(dir / file, text);
  return dir / file;
}

std::filesystem::path fake_tool(const TempDir& dir, const std::string& name, const std::string& body) {
  std::filesystem::path script = dir.path() / name;
  write_file(script, "#!/bin/sh\n" + body + "\n");
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  return script;
}

std::string last_line(const std::string& text) {
  std::string trimmed = text;
  while (!trimmed.empty() && trimmed.back() == '\n') trimmed.pop_back();
  std::size_t newline = trimmed.rfind('\n');
  return newline == std::string::npos ? trimmed : trimmed.substr(newline + 1);
}

std::size_t count_lines(const std::string& text) {
  return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

const StateRegistry& project_registry() {
  static const StateRegistry loaded = [] {
    auto result = StateRegistry::load(project_paths());
    if (!result) throw std::runtime_error(result.error().str());
    return std::move(*result);
  }();
  return loaded;
}

std::string resolved_iso3(const std::string& name) {
  const State* state = project_registry().resolve(name);
  return state ? state->iso3 : "(none)";
}

Paths home_with_states(const TempDir& dir, const std::string& states_xml) {
  Paths paths = project_paths();
  std::filesystem::create_directories(dir.path() / "data");
  std::filesystem::copy(paths.data() / "schema", dir.path() / "data" / "schema",
                        std::filesystem::copy_options::recursive);
  write_file(dir.path() / "data" / "states.xml", states_xml);
  paths.home = dir.path();
  return paths;
}

void expect_build_rejected(const std::string& from, const std::string& to,
                           const std::string& expected_message) {
  TempDir dir;
  std::filesystem::path record =
      edited_copy(small_report_dir(), dir.path() / "records", "progress-report.xml", from, to);
  std::filesystem::path out = dir.path() / "out";
  write_file(out / "12msp-progress-report.docx", "PREVIOUS");
  CliRun r = run_mspdoc({"build", record.string(), "-o", out.string(), "--to", "docx,md"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find(record.string() + ":") != std::string::npos, r.err);
  BOOST_TEST(r.err.find(expected_message) != std::string::npos, r.err);
  BOOST_TEST(read_file(out / "12msp-progress-report.docx") == "PREVIOUS");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(out)) ++files;
  BOOST_TEST(files == 1u);
}

void write_file(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace mspdoc::testing
