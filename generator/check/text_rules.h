#pragma once
/// Rules on the text itself: placeholders left in, chapter, section and paragraph numbering,
/// and dates outside the document's period.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// Adds placeholder, numbering and date-out-of-period findings.
void check_text(const Analysis& analysis, std::vector<Finding>& findings);

}  // namespace mspdoc
