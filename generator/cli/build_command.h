#pragma once
/// `mspdoc build`: records in, DOCX, PDF and (for debugging templates) Markdown out.

#include <iosfwd>
#include <string>
#include <vector>

#include "core/paths.h"
#include "render/document_tools.h"

namespace mspdoc {

/// Runs `mspdoc build ...` (args after "build"); returns the exit code.
int run_build_command(const std::vector<std::string>& args, const Paths& paths, const ToolSettings& tools,
                      std::ostream& out, std::ostream& err);

/// The --help text of `mspdoc build`.
extern const char* const kBuildHelp;

}  // namespace mspdoc
