#include "render/document_tools.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "core/process.h"
#include "core/record_anchor.h"
#include "core/zip_archive.h"

namespace mspdoc {
namespace {

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.size() > 300 ? line.substr(0, 300) + "..." : line;
}

Error tool_error(const std::string& tool, const ProcessResult& result) {
  if (result.interrupted)
    return Error{"", 0, tool + " stopped: mspdoc was interrupted", 128 + result.interrupted};
  std::string why =
      result.timed_out ? "did not finish in time" : "failed (exit " + std::to_string(result.exit_code) + ")";
  std::string detail = first_line(result.stderr_text);
  return Error{"", 0, tool + " " + why + (detail.empty() ? "" : ": " + detail), kExitToolFailed};
}

Error missing_tool(const Errors& errors) {
  Error error = errors.front();
  error.exit_code = kExitToolFailed;
  return error;
}

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::filesystem::path> lua_filters(const Paths& paths) {
  std::vector<std::filesystem::path> filters;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(paths.home / "filters", ec))
    if (entry.path().extension() == ".lua") filters.push_back(entry.path());
  std::sort(filters.begin(), filters.end());
  return filters;
}

}  // namespace

WorkFolder::WorkFolder() {
  const char* tmpdir = std::getenv("TMPDIR");
  std::filesystem::path base =
      tmpdir && *tmpdir ? std::filesystem::path(tmpdir) : std::filesystem::path("/tmp");
  std::string pattern = (base / "mspdoc-XXXXXX").string();
  if (char* made = mkdtemp(pattern.data())) {
    path_ = made;
    register_work_folder(path_);
    return;
  }
  error_ = "the temporary folder " + base.string() + " cannot be used: " + std::strerror(errno) +
           " (set TMPDIR to a writable folder)";
}

WorkFolder::~WorkFolder() {
  std::error_code ignored;
  if (path_.empty()) return;
  std::filesystem::remove_all(path_, ignored);
  unregister_work_folder(path_);
}

Result<ToolSettings> tool_settings_from_environment() {
  ToolSettings tools;
  const char* timeout = std::getenv("MSPDOC_TOOL_TIMEOUT");
  if (!timeout || !*timeout) return tools;
  std::string text = timeout;
  bool digits =
      text.size() <= 6 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stol(text) < 1)
    return Error{"", 0,
                 "MSPDOC_TOOL_TIMEOUT is \"" + text + "\"; give the seconds each tool may take, from 1"};
  tools.timeout = std::chrono::seconds(std::stol(text));
  return tools;
}

Result<bool> write_reference_docx(const Paths& paths, const std::filesystem::path& target) {
  std::filesystem::path folder = paths.home / "templates" / "reference-docx";
  ZipParts parts;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
       !ec && it != std::filesystem::end(it); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    parts[std::filesystem::relative(it->path(), folder).generic_string()] = read_all(it->path());
  }
  if (ec || parts.empty()) return Error{folder.string(), 0, "cannot read the reference document's parts"};
  auto zipped = write_zip(parts);
  if (!zipped) return zipped.errors();
  std::ofstream(target, std::ios::binary) << *zipped;
  return true;
}

Result<std::string> markdown_to_docx(const std::string& markdown, const DocumentIdentity& identity,
                                     const Paths& paths, const ToolSettings& tools,
                                     const std::filesystem::path& work) {
  std::filesystem::path input = work / "document.md", output = work / "pandoc.docx",
                        reference = work / "reference.docx";
  AnchorTable anchors;
  std::ofstream(input, std::ios::binary) << number_record_anchors(markdown, anchors);
  if (auto ok = write_reference_docx(paths, reference); !ok) return ok.errors();
  std::vector<std::string> argv = {tools.pandoc, "--from=markdown-smart", "--to=docx",
                                   "--reference-doc=" + reference.string(), "--output=" + output.string()};
  for (const auto& filter : lua_filters(paths)) argv.push_back("--lua-filter=" + filter.string());
  argv.push_back(input.string());
  auto ran = run_process(argv, tools.timeout, work);
  if (!ran) return missing_tool(ran.errors());
  if (ran->exit_code != 0 || ran->timed_out) return tool_error("pandoc", *ran);
  auto parts = read_zip(output);
  if (!parts) return parts.errors();
  if (auto finished = finish_un_document(*parts, identity, anchors); !finished) return finished.errors();
  return write_zip(*parts);
}

Result<std::vector<std::filesystem::path>> docx_to_pdf(const std::vector<std::filesystem::path>& docx_files,
                                                       const std::filesystem::path& out_dir,
                                                       const ToolSettings& tools,
                                                       const std::filesystem::path& work) {
  std::vector<std::string> argv = {tools.soffice,
                                   "--headless",
                                   "--norestore",
                                   "--nologo",
                                   "-env:UserInstallation=file://" + (work / "libreoffice-profile").string(),
                                   "--convert-to",
                                   "pdf",
                                   "--outdir",
                                   out_dir.string()};
  for (const auto& file : docx_files) argv.push_back(file.string());
  auto ran = run_process(argv, tools.timeout, work);
  if (!ran) return missing_tool(ran.errors());
  if (ran->exit_code != 0 || ran->timed_out) return tool_error("LibreOffice", *ran);
  std::vector<std::filesystem::path> pdfs;
  for (const auto& file : docx_files) {
    std::filesystem::path pdf = out_dir / file.filename().replace_extension(".pdf");
    if (!std::filesystem::exists(pdf))
      return Error{file.string(), 0, "LibreOffice wrote no PDF for this document", kExitToolFailed};
    pdfs.push_back(pdf);
  }
  return pdfs;
}

}  // namespace mspdoc
