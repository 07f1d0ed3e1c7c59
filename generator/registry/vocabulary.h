#pragma once
/// What a draft's words mean, read from data/lang/CODE.xml: the conventions a document may be
/// of, numbers in words, the nouns of counted States and the status each implies, and the cues
/// for subsets, additions, partial lists and labels. The checker holds no word list of its own.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/paths.h"
#include "core/xml_input.h"

namespace mspdoc {

/// A convention a document may be of.
struct Convention {
  std::string id;                  ///< the file name in data/treaties/ when the registry holds it
  std::string symbol_prefix;       ///< "CCM/"
  std::vector<std::string> names;  ///< as drafters write them, the formal one first
};

/// A noun of counted States, as lower-case words, and the category it implies
/// ("states-parties", "signatories", "non-parties", "observers", "states").
struct CountNoun {
  std::vector<std::string> words;
  std::string category;
};

/// The vocabulary of one language of drafts.
class Vocabulary {
  /// Hashes any string-like key, so that lookups by string_view allocate nothing.
  struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  template <typename Value>
  using StringMap = std::unordered_map<std::string, Value, TransparentHash, std::equal_to<>>;
  using StringSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

 public:
  /// Loads data/lang/CODE.xml, checked against data/schema/lang.rng. Errors name file:line.
  static Result<Vocabulary> load(const Paths& paths, std::string_view code = "en");

  /// The conventions, in the order of the file.
  const std::vector<Convention>& conventions() const { return conventions_; }

  /// The value of a number word in lower case ("twelve" 12, "hundred" 100), if it is one.
  std::optional<long> number_word(std::string_view lower) const;
  /// The nouns of counted States, longest first.
  const std::vector<CountNoun>& nouns() const { return nouns_; }
  /// True when the lower-case `word` is in the word set `set` ("additions", "months", ...).
  bool has(std::string_view set, std::string_view word) const;
  /// The phrases of a set ("subsets", "partial-lists", "participation", "as-of"), as written.
  const std::vector<std::string>& phrases(std::string_view set) const;
  /// `word` with the first ending it has replaced ("reported" -> "report", "parties" -> "party").
  std::string stem(const std::string& word) const;

  /// The convention whose symbol begins `symbol` ("CCM/MSP/2024/7"), or nullptr.
  const Convention* convention_of_symbol(std::string_view symbol) const;
  /// The convention named earliest in `text`, and where; nullptr when none is named.
  const Convention* convention_named_in(std::string_view text, std::size_t* at = nullptr) const;

 private:
  void read_words(const xmlNode* root);

  std::vector<Convention> conventions_;
  std::map<std::string, long, std::less<>> numbers_;
  std::vector<CountNoun> nouns_;
  StringMap<StringSet> words_;  ///< looked up for every token
  StringMap<std::vector<std::string>> phrases_;
  std::vector<std::pair<std::string, std::string>> endings_;
};

}  // namespace mspdoc
