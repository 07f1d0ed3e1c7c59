#pragma once
/// Shared helpers for the test suite: where the project and the shared corpus are, temporary homes.

#include <filesystem>
#include <string>
#include <vector>

#include "core/paths.h"
#include "registry/state_registry.h"
#include "render/document_tools.h"

namespace mspdoc::testing {

/// The project's own paths (data/, templates/, filters/ of this checkout).
Paths project_paths();
/// ../shared beside the checkout, where the corpus and reference facts live.
std::filesystem::path shared_dir();
/// Boost.Test precondition: true when ../shared is present; tests that need it are skipped otherwise.
struct SharedAvailable {
  bool operator()(unsigned long) const;
};

/// A fresh folder removed when the object dies (the library's own work folder).
using TempDir = WorkFolder;

/// What a command line printed and returned.
struct CliRun {
  int code = 0;
  std::string out, err;
};
/// Runs the mspdoc command line `args` with the project's paths, capturing its output.
CliRun run_mspdoc(const std::vector<std::string>& args);

/// Runs `mspdoc build ARGS` with the project's paths and these tool settings (fake tools).
CliRun run_build_with(const std::vector<std::string>& args, const ToolSettings& tools);

/// Runs `mspdoc check FILE`.
CliRun check_file(const std::filesystem::path& file);

/// Builds the small report into `out` in `formats` with these tool settings.
CliRun build_small_report(const ToolSettings& tools, const std::filesystem::path& out,
                          const std::string& formats);

/// tests/fixtures/small-report: a minimal meeting and progress report.
std::filesystem::path small_report_dir();
/// data/12msp: the 12MSP sample records.
std::filesystem::path sample_records_dir();

/// Copies every file of `records` into `dir`, then replaces the first `from` in `file` by `to`
/// (a test failure when `from` is absent). Returns the edited file's path in `dir`.
std::filesystem::path edited_copy(const std::filesystem::path& records, const std::filesystem::path& dir,
                                  const std::string& file, const std::string& from, const std::string& to);

/// A shell script standing in for an external tool, made executable.
std::filesystem::path fake_tool(const TempDir& dir, const std::string& name, const std::string& body);

/// The last line of `text`, without its newline: the error after a run's warnings.
std::string last_line(const std::string& text);

/// How many lines `text` holds (its newlines).
std::size_t count_lines(const std::string& text);

/// The project's state registry, loaded once.
const StateRegistry& project_registry();

/// The ISO code of the State `name` resolves to in the project's registry, or "(none)".
std::string resolved_iso3(const std::string& name);

/// A home folder in `dir` with the project's schemas and the given states.xml.
Paths home_with_states(const TempDir& dir, const std::string& states_xml);

/// Builds the small report edited (`from` replaced by `to`) over an existing output and checks
/// exit 2, the message naming the record, the output untouched and no temporary file left.
void expect_build_rejected(const std::string& from, const std::string& to,
                           const std::string& expected_message);

/// Writes `text` to `file`, creating its folder.
void write_file(const std::filesystem::path& file, const std::string& text);
/// Reads a whole file.
std::string read_file(const std::filesystem::path& file);

}  // namespace mspdoc::testing

#include <boost/test/tools/detail/print_helper.hpp>
#include <ostream>

namespace boost::test_tools::tt_detail {
/// Lists of strings print one quoted item a line, so that a failed comparison shows both lists.
template <>
struct print_log_value<std::vector<std::string>> {
  void operator()(std::ostream& out, const std::vector<std::string>& items) {
    out << "{";
    for (const std::string& item : items) out << "\n  \"" << item << "\"";
    out << (items.empty() ? "}" : "\n}");
  }
};
}  // namespace boost::test_tools::tt_detail
