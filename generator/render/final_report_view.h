#pragma once
/// The data the final-report templates see: participant lists sorted by status, procedure, and
/// each decision as data, so the standard wording lives in the templates.

#include <kainjow/mustache.hpp>

#include "records/final_report.h"

namespace mspdoc {

/// Builds the template data for `report`.
kainjow::mustache::data final_report_view(const FinalReport& report);

}  // namespace mspdoc
