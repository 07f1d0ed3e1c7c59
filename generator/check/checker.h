#pragma once
/// Checking a draft: every rule of the design notes over the paragraphs, lists, counts and
/// footnotes of a DraftDocument. A checker reports every finding, not the first.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"

namespace mspdoc {

/// A checked draft: every finding in reading order, and what the run says of the draft.
struct CheckedDraft {
  std::vector<Finding> findings;
  DocumentNote note;
};

/// Runs every rule over the draft.
CheckedDraft check_draft(const DraftDocument& document, const CheckContext& context);

/// Runs every rule; findings come back in reading order.
std::vector<Finding> check_document(const DraftDocument& document, const CheckContext& context);

}  // namespace mspdoc
