#pragma once
/// The data the progress-report template sees: every count, list and heading worked out from
/// the records, so summary, tables and narrative cannot disagree.

#include <kainjow/mustache.hpp>

#include "records/progress_report.h"

namespace mspdoc {

/// Builds the template data for `report`: masthead, chapters with their numbers, summary
/// bullets, one indicator table per area, and paragraphs as Markdown.
kainjow::mustache::data progress_report_view(const ProgressReport& report);

}  // namespace mspdoc
