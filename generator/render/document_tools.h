#pragma once
/// The external half of the pipeline: pandoc turns Markdown into DOCX, LibreOffice turns DOCX
/// into PDF. Both run as processes with argument lists, in a private working folder.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/paths.h"
#include "render/docx_postprocess.h"

namespace mspdoc {

/// Exit code when an external tool (pandoc, LibreOffice) fails.
inline constexpr int kExitToolFailed = 3;

/// Which programs to run and how long each may take.
struct ToolSettings {
  std::string pandoc = "pandoc";
  std::string soffice = "soffice";
  std::chrono::seconds timeout{300};
};

/// A private folder under the system's temporary folder ($TMPDIR, else /tmp), removed with the
/// object. When it cannot be made, ok() is false and error() says why; nothing falls back to the
/// working directory.
class WorkFolder {
 public:
  WorkFolder();
  ~WorkFolder();
  WorkFolder(const WorkFolder&) = delete;
  WorkFolder& operator=(const WorkFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }
  bool ok() const { return !path_.empty(); }
  /// Why the folder could not be made: "the temporary folder /missing cannot be used: ...".
  const std::string& error() const { return error_; }

 private:
  std::filesystem::path path_;
  std::string error_;
};

/// ToolSettings with the time allowed to each tool from MSPDOC_TOOL_TIMEOUT (seconds, default
/// 300); an Error when it is set to anything but a whole number of seconds from 1.
Result<ToolSettings> tool_settings_from_environment();

/// Zips templates/reference-docx/ into `target`: the reference document pandoc takes its
/// styles, numbering and page setup from.
Result<bool> write_reference_docx(const Paths& paths, const std::filesystem::path& target);

/// Converts Pandoc Markdown to a finished UN-style DOCX (bytes), running pandoc with the
/// reference document and every filters/*.lua, then finish_un_document.
Result<std::string> markdown_to_docx(const std::string& markdown, const DocumentIdentity& identity,
                                     const Paths& paths, const ToolSettings& tools,
                                     const std::filesystem::path& work);

/// Converts DOCX files to PDF with one LibreOffice process; returns each PDF's path in `out_dir`,
/// in the order given.
Result<std::vector<std::filesystem::path>> docx_to_pdf(const std::vector<std::filesystem::path>& docx_files,
                                                       const std::filesystem::path& out_dir,
                                                       const ToolSettings& tools,
                                                       const std::filesystem::path& work);

}  // namespace mspdoc
