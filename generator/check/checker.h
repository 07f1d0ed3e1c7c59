#pragma once
/// Checking a draft: every rule of the design notes over the paragraphs, lists, counts and
/// footnotes of a DraftDocument. A checker reports every finding, not the first.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// Runs every rule; findings come back in reading order.
std::vector<Finding> check_document(const DraftDocument& document, const CheckContext& context);

}  // namespace mspdoc
