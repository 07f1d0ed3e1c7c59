#pragma once
/// The model every document is drafted from: a meeting, its progress report, named sets of
/// States, indicators and narrative; loaded from XML records and checked against the registry.

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "error.h"
#include "paths.h"
#include "state_registry.h"
#include "treaty.h"

namespace mspdoc {

/// A piece of running text: plain words, or a reference to records that renders from them.
struct Inline {
  enum class Kind { text, emphasis, states, count, names, state, period, note, document };
  Kind kind = Kind::text;
  std::string text;              ///< text: the words
  std::string set;               ///< states, count, names: the set referred to
  std::string indicator;         ///< count: the indicator referred to
  std::string placement;         ///< states: inline, footnote or none; names: inline or footnote; document: text, footnote or title
  std::string symbol;            ///< document: its symbol
  std::string noun;              ///< states: a noun that overrides the set's
  const State* state = nullptr;  ///< state: the State named
  std::vector<Inline> children;  ///< emphasis, note: their content
  int line = 0;
};

/// A numbered body paragraph and its subparagraphs (a), (b), ...
struct Paragraph {
  std::vector<Inline> content;
  std::vector<Paragraph> subparagraphs;
  int line = 0;
};

/// A named set of States, each member checked to hold `required` status at the period's end.
struct StateSet {
  std::string id;
  std::optional<Status> required;  ///< nullopt: any status
  std::string noun;                ///< "singular|plural", or a plural; empty: from the status
  std::vector<const State*> members;  ///< in UN alphabetical order
  int line = 0;
};

/// An indicator's value: a set's size, a number with its basis, or not yet known.
struct IndicatorValue {
  std::string set;           ///< non-empty: the count is this set's size
  std::optional<long> count;  ///< a number given outright; nullopt with no set means not yet known
  std::optional<long> of;    ///< "85 of 258"
  std::string basis;         ///< where a number given outright comes from
  bool at_least = false;
};

/// One indicator of an action of the action plan.
struct Indicator {
  std::string id;
  int action = 0;
  std::string text;     ///< what is counted
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
};

/// The action plan the report monitors.
struct ActionPlan {
  std::string name;        ///< "Lausanne Action Plan"
  std::string short_name;  ///< "LAP"
  std::vector<Area> areas;
};

/// A document of a meeting: symbol, title and, for a working paper, who submitted it.
struct DocumentInfo {
  std::string symbol;
  std::string title;
  std::vector<const State*> submitted_by;
};

/// A Meeting of States Parties, shared by all its documents.
struct Meeting {
  std::string file;
  std::string convention_id;    ///< the treaty's events file
  std::string convention_name;  ///< "Convention on Cluster Munitions"
  std::string ordinal;          ///< "Twelfth"
  std::string short_name;       ///< "12MSP"
  std::string city, country;
  Date from, to;
  std::string president_name, president_title;
  const State* president_state = nullptr;

  /// "Twelfth Meeting of States Parties".
  std::string name() const { return ordinal + " Meeting of States Parties"; }
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
  ActionPlan plan;
  Errors warnings;  ///< problems that do not stop the build (values not yet known)

  /// The indicator with this id, or nullptr.
  const Indicator* find_indicator(const std::string& id) const;
};

/// Calls `visit` on every piece of running text, emphasis and footnotes included.
void for_each_inline(const std::vector<Inline>& pieces, const std::function<void(const Inline&)>& visit);
/// The same over paragraphs and their subparagraphs.
void for_each_inline(const std::vector<Paragraph>& paragraphs, const std::function<void(const Inline&)>& visit);

/// Loads a meeting record (data/schema/meeting.rng).
Result<Meeting> load_meeting(const std::filesystem::path& file, const Paths& paths, const StateRegistry& registry);

/// Loads a progress report and the meeting record it names, resolves every State through
/// `registry`, checks each set's statuses on the period's last day with the meeting's treaty, and
/// checks that every reference points at a set or indicator that exists. Collects every error.
Result<ProgressReport> load_progress_report(const std::filesystem::path& file, const Paths& paths,
                                            const StateRegistry& registry);

/// The singular or plural of a noun written "singular|plural" or as a plural ("States Parties").
std::string noun_form(const std::string& noun, long count);

/// The noun a set's members go by: its own, or the one its status implies.
std::string set_noun(const StateSet& set);

}  // namespace mspdoc
