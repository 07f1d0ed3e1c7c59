#pragma once
/// Rules across places that state one value twice: an indicator in the summary, its table and
/// the text, and one total given in two places.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// Adds indicator-mismatch and total-mismatch findings.
void check_restatements(const Analysis& analysis, std::vector<Finding>& findings);

}  // namespace mspdoc
