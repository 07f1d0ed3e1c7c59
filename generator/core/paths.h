#pragma once
/// Where mspdoc finds its data, schemas, templates and filters.

#include <filesystem>
#include <string_view>

namespace mspdoc {

/// The folders the tool reads from; everything else comes from the command line.
struct Paths {
  std::filesystem::path home;       ///< holds data/, templates/ and filters/
  std::filesystem::path iso_codes;  ///< Debian iso-codes JSON folder (iso_3166-1.json)

  /// $MSPDOC_HOME and $MSPDOC_ISO_CODES when set, else the folders fixed at build time.
  static Paths defaults();

  std::filesystem::path data() const { return home / "data"; }
  /// The RelaxNG schema data/schema/NAME.rng.
  std::filesystem::path schema(std::string_view name) const;
  std::filesystem::path states_file() const { return data() / "states.xml"; }
  /// The events file of a treaty, data/treaties/ID.xml.
  std::filesystem::path treaty_file(std::string_view id) const;
};

}  // namespace mspdoc
