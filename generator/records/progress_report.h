#pragma once
/// The President's progress report: the action plan's areas, actions and indicators with their
/// values, narrative and named sets, loaded from its record and checked against the registry.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "records/records.h"

namespace mspdoc {

/// An indicator's value: a set's size, a number with its basis, or not yet known.
struct IndicatorValue {
  std::string set;            ///< non-empty: the count is this set's size
  std::optional<long> count;  ///< a number given outright; nullopt with no set means not yet known
  std::optional<long> of;     ///< "85 of 258"
  std::string basis;          ///< where a number given outright comes from
  bool at_least = false;
};

/// One indicator of an action of the action plan.
struct Indicator {
  std::string id;
  int action = 0;
  std::string text;  ///< what is counted
  IndicatorValue value;
  std::string noun;     ///< for the summary; empty: the set's noun or "States Parties"
  std::string summary;  ///< the report summary's predicate; empty: not in the summary
  int line = 0;
};

/// An action of the action plan and its indicators.
struct Action {
  int number = 0;
  std::vector<Indicator> indicators;
};

/// A thematic area (A to K): its actions, narrative and questions for discussion.
struct Area {
  std::string letter;
  std::string title;
  std::vector<Action> actions;
  std::vector<Paragraph> narrative;
  std::vector<Paragraph> questions;
  std::string summary_title;       ///< the summary's heading for the area; empty: the area's title
  std::vector<Paragraph> summary;  ///< summary items written out; empty: from indicators' summaries
  std::string narrative_title;     ///< empty: "TITLE: monitoring progress on the actions"
  bool narrative_heading = true;   ///< false: the narrative stands under the table with no heading
  std::string questions_title;     ///< empty: "Questions and challenges for discussion at the MEETING"
};

/// How the indicator tables are laid out.
enum class TableLayout {
  figures_column,  ///< action | indicator | result
  count_first,     ///< action | "7 States Parties that ..."
};

/// The action plan the report monitors.
struct ActionPlan {
  std::string name;        ///< "Lausanne Action Plan"
  std::string short_name;  ///< "LAP"
  std::vector<Area> areas;
  std::string title;  ///< chapter III's heading; empty: "Monitoring progress in implementing the NAME"
  std::string summary_title;  ///< chapter II's heading; empty: "Report summary"
  TableLayout table = TableLayout::figures_column;
  std::string action_heading, indicator_heading, result_heading;  ///< empty: mspdoc's headings
};

/// The President's progress report, with everything it refers to resolved.
struct ProgressReport {
  std::string file;
  std::string symbol;  ///< "CCM/MSP/2024/7"
  Date date;
  std::string original;  ///< "English"
  Meeting meeting;
  int agenda_number = 0;
  std::string agenda_title;
  std::string title;
  std::vector<Inline> title_note;
  Date period_from, period_to;
  std::map<std::string, StateSet> sets;
  std::vector<Paragraph> introduction;
  std::string introduction_title;  ///< chapter I's heading; empty: "Introduction"
  ActionPlan plan;
  Errors warnings;  ///< problems that do not stop the build (values not yet known)

  /// The indicator with this id, or nullptr.
  const Indicator* find_indicator(const std::string& id) const;
};

/// Loads a progress report and the meeting record it names, resolves every State through
/// `registry`, checks each set's statuses on the period's last day with the meeting's treaty, and
/// checks that every reference points at a set or indicator that exists. Collects every error.
Result<ProgressReport> load_progress_report(const std::filesystem::path& file, const Paths& paths,
                                            const StateRegistry& registry);

}  // namespace mspdoc
