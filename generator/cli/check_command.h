#pragma once
/// `mspdoc check`: findings in drafts (DOCX) and records (XML).

#include <iosfwd>
#include <string>
#include <vector>

#include "core/paths.h"
#include "render/document_tools.h"

namespace mspdoc {

/// Runs `mspdoc check ...` (args after "check"); returns the exit code.
int run_check_command(const std::vector<std::string>& args, const Paths& paths, const ToolSettings& tools,
                      std::ostream& out, std::ostream& err);

/// The --help text of `mspdoc check`.
extern const char* const kCheckHelp;

}  // namespace mspdoc
