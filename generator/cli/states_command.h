#pragma once
/// `mspdoc states`: who had which standing under a treaty on a day, and what typed names mean.

#include <iosfwd>
#include <string>
#include <vector>

#include "core/paths.h"

namespace mspdoc {

/// Runs `mspdoc states ...` (args after "states"); returns the exit code.
int run_states_command(const std::vector<std::string>& args, const Paths& paths, std::ostream& out,
                       std::ostream& err);

/// The --help text of `mspdoc states`.
extern const char* const kStatesHelp;

}  // namespace mspdoc
