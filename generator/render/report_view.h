#pragma once
/// Template data that the progress-report and final-report views share.

#include <kainjow/mustache.hpp>
#include <vector>

#include "records/records.h"
#include "render/report_text.h"

namespace mspdoc {

/// Numbered paragraphs as a list of {md, subparagraphs: [{md}]} for the un-paragraph partial.
kainjow::mustache::data paragraphs_view(const std::vector<Paragraph>& paragraphs, const ReportText& text);

/// The masthead both reports share: convention, symbol, date, original language, meeting name,
/// place and dates.
void set_masthead(kainjow::mustache::data& view, const Meeting& meeting, const std::string& symbol, Date date,
                  const std::string& original);

/// A Mustache boolean. (kainjow takes any string, even "", as true.)
kainjow::mustache::data flag(bool value);

}  // namespace mspdoc
