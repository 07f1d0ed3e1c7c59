#pragma once
/// What a draft's words mean, read from data/lang/CODE.xml: the conventions a document may be
/// of, by the names and symbols drafters write.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/paths.h"

namespace mspdoc {

/// A convention a document may be of.
struct Convention {
  std::string id;                  ///< the file name in data/treaties/ when the registry holds it
  std::string symbol_prefix;       ///< "CCM/"
  std::vector<std::string> names;  ///< as drafters write them, the formal one first
};

/// The vocabulary of one language of drafts.
class Vocabulary {
 public:
  /// Loads data/lang/CODE.xml, checked against data/schema/lang.rng. Errors name file:line.
  static Result<Vocabulary> load(const Paths& paths, std::string_view code = "en");

  /// The conventions, in the order of the file.
  const std::vector<Convention>& conventions() const { return conventions_; }

  /// The convention whose symbol begins `symbol` ("CCM/MSP/2024/7"), or nullptr.
  const Convention* convention_of_symbol(std::string_view symbol) const;
  /// The convention named earliest in `text`, and where; nullptr when none is named.
  const Convention* convention_named_in(std::string_view text, std::size_t* at = nullptr) const;

 private:
  std::vector<Convention> conventions_;
};

}  // namespace mspdoc
