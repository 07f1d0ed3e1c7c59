#pragma once
/// The registry of States: UN names, ISO codes, and every name a drafter may type for a State.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "core/paths.h"
#include "registry/un_style.h"

namespace mspdoc {

/// Standing at the United Nations.
enum class Membership { member, observer, non_member };

/// A State as UN documents name it.
struct State {
  std::string iso3;
  std::string iso2;
  std::string short_name;   ///< UN short name: "Bolivia (Plurinational State of)"
  std::string formal_name;  ///< UN formal name: "the Plurinational State of Bolivia"
  bool takes_the = false;   ///< "the Netherlands" in running text
  Membership membership = Membership::member;
  std::vector<std::string> aliases;    ///< forms drafters type, from data/states.xml
  std::vector<std::string> iso_names;  ///< ISO 3166 short, official and common names

  /// The short name as it stands in running text: "the Netherlands", "The Netherlands" at a
  /// sentence start, "Chile" either way.
  std::string in_text(Position where = Position::running_text) const;
};

/// All States the tool knows, in UN alphabetical order, and the names that lead to them.
class StateRegistry {
 public:
  /// Loads data/states.xml (checked against data/schema/states.rng) and adds ISO codes and names
  /// from iso-codes. A broken entry, an unknown ISO code or a name given to two States is an error
  /// naming file:line.
  static Result<StateRegistry> load(const Paths& paths);

  /// Every State, in UN alphabetical order of short names.
  const std::vector<State>& states() const { return states_; }
  /// The State with this ISO 3166 alpha-3 code, or nullptr.
  const State* find_iso3(std::string_view iso3) const;
  /// The State a typed name means (short, formal, ISO or alias; case, accents, apostrophes,
  /// "&" and a leading "the" ignored), or nullptr.
  const State* resolve(std::string_view name) const;
  /// Up to `limit` States whose names are closest to a name resolve() does not know (all at the
  /// same, smallest distance); empty when none is close enough to be a likely slip.
  std::vector<const State*> suggest(std::string_view name, std::size_t limit = 3) const;

 private:
  Errors index_names(const std::vector<int>& lines, const std::string& file);
  void index_iso_names();
  std::vector<const State*> closest(std::string_view name, std::size_t limit) const;

  std::vector<State> states_;
  std::unordered_map<std::string, std::size_t> by_iso3_;
  std::unordered_map<std::string, std::size_t> by_folded_name_;
  std::vector<std::pair<std::u32string, std::size_t>> suggestion_keys_;  ///< folded names as code points
  /// Suggestions already worked out, by folded name and limit: a draft repeats its misspellings.
  /// (Not for use from several threads at once.)
  mutable std::unordered_map<std::string, std::vector<const State*>> suggested_;
};

}  // namespace mspdoc
