#pragma once
/// The records an import makes, before they are written: a progress report whose sets hold
/// resolved States and whose elements remember the draft paragraph they came from, so that the
/// checker's findings on that paragraph are written beside them as comments.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "records/progress_report.h"

namespace mspdoc {

/// Text of a paragraph between `begin` and `end` to be written as `pieces` instead.
struct Replacement {
  std::size_t begin = 0, end = 0;
  std::vector<Inline> pieces;
};

/// A named set of States as imported.
struct ModelSet {
  std::string id;
  std::string status;  ///< party, signatory, non-party or any
  std::vector<const State*> members;
  std::vector<std::string> comments;  ///< written inside the set: unknown names, corrections
  std::size_t source = 0;             ///< the draft paragraph it came from
};

/// A paragraph with its subparagraphs, and the draft paragraph it came from.
struct ModelParagraph {
  std::vector<Inline> content;
  std::vector<ModelParagraph> subparagraphs;
  std::size_t source = 0;
};

/// An indicator as imported.
struct ModelIndicator {
  Indicator indicator;
  std::size_t source = 0;
};

/// An action and its indicators.
struct ModelAction {
  int number = 0;
  std::vector<ModelIndicator> indicators;
};

/// A thematic area as imported; titles left empty take mspdoc's wording.
struct ModelArea {
  std::string letter, title;
  std::vector<ModelAction> actions;
  std::string summary_title;
  std::vector<ModelParagraph> summary;
  std::string narrative_title, questions_title;
  bool narrative_untitled = false;  ///< the draft gives the narrative no heading
  std::vector<ModelParagraph> narrative, questions;
};

/// The meeting as the front matter gives it.
struct ModelMeeting {
  std::string convention, ordinal, short_name, city, country, symbol_prefix;
  Date from, to;
};

/// A progress report as imported.
struct ModelReport {
  std::string symbol, original;
  Date date;
  int agenda_number = 0;
  std::string agenda_title, title, title_note;
  Date period_from, period_to;
  std::vector<ModelSet> sets;
  std::string introduction_title;
  std::vector<ModelParagraph> introduction;
  std::string plan_name, plan_short, plan_title, summary_title;
  bool count_first = false;
  std::string action_heading, indicator_heading, result_heading;
  std::vector<ModelArea> areas;
  ModelMeeting meeting;

  /// The set with this id, or nullptr.
  const ModelSet* set(const std::string& id) const;
};

/// Comments to write before the element made from each draft paragraph.
using SourceComments = std::map<std::size_t, std::vector<std::string>>;

/// meeting.xml for `meeting`, with a comment asking for the President the draft does not name.
std::string meeting_record_xml(const ModelMeeting& meeting);

/// progress-report.xml for `report`, naming meeting.xml; `comments` are written before the
/// element made from their paragraph (each once), `header` at the top.
std::string progress_report_xml(const ModelReport& report, const SourceComments& comments,
                                const std::vector<std::string>& header);

}  // namespace mspdoc
