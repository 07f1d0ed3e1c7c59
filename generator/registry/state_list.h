#pragma once
/// Lists of States as drafters write them: "Belgium, Bosnia and Herzegovina, and the United
/// Kingdom", "Japan (Co-coordinator; Asia and Pacific)", "Chile & Peru, respectively".

#include <string>
#include <string_view>
#include <vector>

#include "registry/organizations.h"
#include "registry/state_registry.h"
#include "registry/vocabulary.h"

namespace mspdoc {

/// One item of a written list.
struct ListItem {
  std::string text;    ///< as written, without a remark in parentheses
  std::string remark;  ///< "Co-coordinator; Asia and Pacific", if any
  const State* state = nullptr;
  bool organization = false;
  std::vector<const State*> suggestions;  ///< for an unknown item that looks like a misspelt State
  bool unknown_name = false;              ///< no State or organization, but written as a name

  /// A State, or a name that is no known State or organization (a misspelt State, two names
  /// run together when a comma was lost): counted as the drafter meant it.
  bool counts_as_state() const { return state != nullptr || unknown_name; }
};

/// A written list split into items.
struct StateList {
  std::vector<ListItem> items;

  /// How many items count as States (known or misspelt).
  std::size_t state_count() const;
  /// True when the list is a list of States: at least one known State, and at least half of the
  /// items States or misspelt States (not dates, documents or workshops).
  bool is_list_of_states() const;
  /// The known States, in list order.
  std::vector<const State*> states() const;
};

/// Splits `text` into items at commas and semicolons outside parentheses and at "and" or "&"
/// between names, keeping names that contain "and" ("Trinidad and Tobago") whole; leading
/// "and", trailing "respectively" and remarks in parentheses are set aside.
/// The words that join and end lists come from `words` (data/lang/CODE.xml).
StateList parse_state_list(std::string_view text, const StateRegistry& registry,
                           const Organizations& organizations, const Vocabulary& words);

}  // namespace mspdoc
