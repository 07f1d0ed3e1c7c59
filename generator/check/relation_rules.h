#pragma once
/// Rules between lists: subsets ("of these"), additions ("additional") and parts of a whole.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// Adds not-a-subset, overlap and arithmetic findings.
void check_relations(const Analysis& analysis, std::vector<Finding>& findings);

}  // namespace mspdoc
