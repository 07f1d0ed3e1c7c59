#pragma once
/// Import: a progress report people wrote in Word turned into the records that build it again.
/// The checker's reading of the draft (structure, counts, lists, tables, record anchors) becomes
/// a meeting record and a progress-report record; what the checker finds wrong with the draft is
/// kept in them as XML comments at the place it concerns.

#include <optional>
#include <string>
#include <vector>

#include "check/analysis.h"
#include "core/date.h"
#include "docx/reader.h"

namespace mspdoc {

/// A name in a list of States that the registry does not know, kept as a comment in its set.
struct UnknownName {
  std::string name;
  std::string where;  ///< "draft.docx:48" (the paragraph a reader cites) or "draft.docx:footnote 7"
  std::string set;    ///< the set it was listed in
};

/// The records made from one draft, as text, and what the import met on the way.
struct ImportedRecords {
  std::string meeting_xml;          ///< meeting.xml
  std::string progress_report_xml;  ///< progress-report.xml, naming meeting.xml
  std::string name;                 ///< the meeting's short name, lower case ("12msp")
  std::size_t sets = 0, indicators = 0, paragraphs = 0, findings = 0;
  std::vector<UnknownName> unknown_names;
  std::vector<std::string> warnings;  ///< "draft.docx:48: ..." lines
};

/// Reads `document` as a progress report and writes it as records. Lists of States become named
/// sets with ids taken from their indicator or sentence; counts with their lists become
/// <states>, <count> and <names>; the masthead gives the meeting and the document. An Error
/// when the draft is no progress report (no masthead symbol or date, no action-plan chapter).
Result<ImportedRecords> import_progress_report(const DraftDocument& document, const CheckContext& context);

}  // namespace mspdoc
