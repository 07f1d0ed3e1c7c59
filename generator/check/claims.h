#pragma once
/// Finding what a draft claims: counts of States ("Nine States Parties", "07 SPs",
/// "Thirty-nine", "seven (...)"), the lists they refer to (in parentheses, after a colon, or in
/// the footnote referenced after them) and how a count relates to the one before it.

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "docx/reader.h"
#include "registry/organizations.h"
#include "registry/state_list.h"
#include "registry/state_registry.h"
#include "registry/vocabulary.h"

namespace mspdoc {

/// What kind of States a count is of.
enum class Category { states_parties, signatories, non_parties, observers, states };

/// How a count relates to the count before it in the same paragraph.
enum class Relation {
  none,
  subset,      ///< "of these", "of those", "out of the N", "Of the N ..., seven (...)"
  additional,  ///< "additional", "more", "another", "other": disjoint from the list before
};

/// A count the draft states, with the list it refers to when it gives one.
struct CountClaim {
  std::size_t paragraph = 0;       ///< index in DraftDocument::paragraphs
  std::size_t begin = 0, end = 0;  ///< "Nine States Parties" in the paragraph's text
  long stated = 0;
  std::string stated_text;       ///< "Nine", "07", "seven"
  std::optional<long> of_total;  ///< "51 of 103"
  Category category = Category::states;
  std::string noun;  ///< the noun as written: "States Parties", "SPs", "affected States"
  Relation relation = Relation::none;
  bool definite = false;          ///< "the 11 States Parties", "all 41", "Of the 11": a total restated
  std::optional<StateList> list;  ///< the States it refers to, when the draft lists them
  bool partial = false;
  bool gathered = false;
  bool part_of_following = false;  ///< "Two of the 12 ...": a part of the claim that follows
  std::string relation_cue;  ///< the word that gave the relation: "additional", "new", "these"      ///< the
                             ///< list gathers the labelled groups below a title line            ///< the list
                             ///< gives examples ("including", "such as"), not every State
  std::string list_footnote;           ///< footnote id, when the list stands in a footnote
  std::string predicate;               ///< the words after the count, up to the end of the clause
  std::vector<std::string> topic;      ///< content-word stems of the predicate, for matching restatements
  std::optional<RecordAnchor> anchor;  ///< the record anchor its count stands in (generated documents)
  bool paired_by_anchor = false;  ///< its count and a list are paired by record id: the anchor rules judge it
};

/// Extracts every count claim of one paragraph. A list in parentheses that a paragraph break
/// interrupts is read on into the next paragraph.
std::vector<CountClaim> extract_claims(const DraftDocument& document, std::size_t paragraph,
                                       const StateRegistry& registry, const Organizations& organizations,
                                       const Vocabulary& words);

/// The count a phrase states: "07" -> 7, "Thirty-nine" -> 39, "twenty four" -> 24.
std::optional<long> parse_count(const std::string& written, const Vocabulary& words);

/// Content-word stems of `text` (lower case, endings -ing, -ed, -s dropped, function words and
/// words every claim shares, such as "States" and "reported", left out), at most `limit`.
std::vector<std::string> topic_stems(const std::string& text, const Vocabulary& words,
                                     std::size_t limit = 12);

/// The numbers in `text` that count something (not article numbers, years or dates), in order.
std::vector<long> count_numbers(const std::string& text, const Vocabulary& words);

/// The id of a category in data/lang/*.xml: "states-parties", "signatories", "non-parties",
/// "observers", "states".
std::string category_id(Category category);

/// Words for a category in messages: "States Parties", "signatory States", ...
std::string category_noun(Category category);
/// Writes category_noun(category).
std::ostream& operator<<(std::ostream& out, Category category);

}  // namespace mspdoc
