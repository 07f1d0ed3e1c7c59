#pragma once
/// Participants compared between the documents of one meeting (a progress report and a final
/// report), by category.

#include <vector>

#include "check/analysis.h"
#include "check/findings.h"
#include "docx/reader.h"

namespace mspdoc {

/// participant-mismatch: the States that took part in a meeting, by category (States Parties,
/// signatories, other States), compared between documents of that meeting, both ways.
std::vector<Finding> check_participants(const std::vector<const DraftDocument*>& documents,
                                        const CheckContext& context);

}  // namespace mspdoc
