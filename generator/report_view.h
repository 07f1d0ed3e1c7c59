#pragma once
/// Template data that the progress-report and final-report views share.

#include <vector>

#include <kainjow/mustache.hpp>

#include "records.h"
#include "report_text.h"

namespace mspdoc {

/// Numbered paragraphs as a list of {md, subparagraphs: [{md}]} for the un-paragraph partial.
kainjow::mustache::data paragraphs_view(const std::vector<Paragraph>& paragraphs, const ReportText& text);

/// A Mustache boolean. (kainjow takes any string, even "", as true.)
kainjow::mustache::data flag(bool value);

}  // namespace mspdoc
