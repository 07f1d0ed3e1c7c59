#pragma once
/// `mspdoc import`: a progress report written in Word in, the records that build it again out.

#include <iosfwd>
#include <string>
#include <vector>

#include "core/paths.h"
#include "render/document_tools.h"

namespace mspdoc {

/// Runs `mspdoc import ...` (args after "import"); returns the exit code.
int run_import_command(const std::vector<std::string>& args, const Paths& paths, const ToolSettings& tools,
                       std::ostream& out, std::ostream& err);

/// The --help text of `mspdoc import`.
extern const char* const kImportHelp;

}  // namespace mspdoc
