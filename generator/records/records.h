#pragma once
/// What every document's records share: the meeting, running text, named sets of States and
/// the head of a document record; loaded from XML and checked against the registry.

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/paths.h"
#include "registry/state_registry.h"
#include "registry/treaty.h"

namespace mspdoc {

/// A piece of running text: plain words, or a reference to records that renders from them.
struct Inline {
  enum class Kind { text, emphasis, states, count, names, state, period, note, document };
  Kind kind = Kind::text;
  std::string text;       ///< text: the words
  std::string set;        ///< states, count, names: the set referred to
  std::string indicator;  ///< count: the indicator referred to
  std::string placement;  ///< states: inline, footnote or none; names: inline or footnote; document: text,
                          ///< footnote or title
  std::string symbol;     ///< document: its symbol
  std::string noun;       ///< states: a noun that overrides the set's
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
  std::optional<Status> required;     ///< nullopt: any status
  std::string noun;                   ///< "singular|plural", or a plural; empty: from the status
  std::vector<const State*> members;  ///< in UN alphabetical order
  int line = 0;
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

/// Calls `visit` on every piece of running text, emphasis and footnotes included.
void for_each_inline(const std::vector<Inline>& pieces, const std::function<void(const Inline&)>& visit);
/// The same over paragraphs and their subparagraphs.
void for_each_inline(const std::vector<Paragraph>& paragraphs,
                     const std::function<void(const Inline&)>& visit);

/// Loads a meeting record (data/schema/meeting.rng).
Result<Meeting> load_meeting(const std::filesystem::path& file, const Paths& paths,
                             const StateRegistry& registry);

/// The singular or plural of a noun written "singular|plural" or as a plural ("States Parties").
std::string noun_form(const std::string& noun, long count);

/// The noun a set's members go by: its own, or the one its status implies.
std::string set_noun(const StateSet& set);

}  // namespace mspdoc
