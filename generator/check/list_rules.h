#pragma once
/// Rules on each list and its count: whether the count is its length, whether each name is a
/// known State in its UN form, and whether each State has the status the list implies.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// Adds count-mismatch, unknown-name, name-variant and status-conflict findings.
void check_lists(const Analysis& analysis, std::vector<Finding>& findings);

}  // namespace mspdoc
