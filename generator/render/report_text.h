#pragma once
/// Running text of a report as Pandoc Markdown: counts by UN rules, lists of States in UN order
/// and form, footnotes; all from the records, so a count always matches its list.

#include <string>
#include <vector>

#include "records/progress_report.h"
#include "registry/un_style.h"

namespace mspdoc {

/// Renders the running text of a report and, for a progress report, its indicator values.
class ReportText {
 public:
  /// Text of a progress report: sets, indicators and the period.
  explicit ReportText(const ProgressReport& report) : report_(&report), sets_(&report.sets) {}
  /// Text of a report with documents but no sets (a final report).
  explicit ReportText(const std::map<std::string, DocumentInfo>& documents) : documents_(&documents) {}

  /// A paragraph's text as Markdown, trimmed; counts that open a sentence are written in words.
  std::string markdown(const std::vector<Inline>& pieces) const;

  /// An indicator's value for a table cell, in figures: "7", "at least 7", "51 of 103", or
  /// "[not yet known]".
  std::string value_in_figures(const Indicator& indicator) const;
  /// An indicator's summary bullet as Markdown: "Seven States Parties reported ...", its count
  /// anchored to the indicator (and its set).
  std::string summary_markdown(const Indicator& indicator) const;
  /// An indicator's table cell as Markdown: value_in_figures(), anchored to the indicator;
  /// `opening` when it opens the cell's text ("At least 7 States Parties ...").
  std::string table_cell_markdown(const Indicator& indicator, bool opening = false) const;
  /// An indicator's count, or nullopt when not yet known.
  std::optional<long> count(const Indicator& indicator) const;

  /// The members of a set as a list in running text: "Belgium, Chile and the Netherlands".
  std::string names(const StateSet& set, Position where) const;

 private:
  struct Cursor {
    std::string markdown;
    std::string plain;  ///< the text so far, to know whether a sentence starts
  };
  void render(const Inline& piece, Cursor& cursor) const;
  void render_states(const Inline& piece, Cursor& cursor) const;
  void render_count(const Inline& piece, Cursor& cursor) const;
  void render_names(const Inline& piece, Cursor& cursor) const;
  void render_document(const Inline& piece, Cursor& cursor) const;
  std::string footnote(const std::string& plain_text) const;
  /// A footnote listing the set's members, the list anchored to the set.
  std::string list_footnote(const StateSet& set) const;
  const StateSet& set_named(const std::string& id) const { return sets_->at(id); }

  const ProgressReport* report_ = nullptr;
  const std::map<std::string, StateSet>* sets_ = nullptr;
  const std::map<std::string, DocumentInfo>* documents_ = nullptr;
};

/// "10–13 September 2024", "30 August–2 September 2024" or "30 December 2024–2 January 2025".
std::string date_range(Date from, Date to);

/// The same span in running text: "from 10 to 13 September 2024", "on 10 September 2024".
std::string date_span(Date from, Date to);

}  // namespace mspdoc
