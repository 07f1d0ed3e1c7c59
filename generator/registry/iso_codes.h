#pragma once
/// ISO 3166-1 codes and names, read from Debian's iso-codes package.

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// One country as ISO 3166-1 names it (ISO style: "Moldova, Republic of"; not UN style).
struct IsoCountry {
  std::string alpha2;
  std::string alpha3;
  std::string name;           ///< ISO short name
  std::string official_name;  ///< empty when ISO gives none
  std::string common_name;    ///< empty when ISO gives none
};

/// Reads iso_3166-1.json from the iso-codes folder `folder`.
Result<std::vector<IsoCountry>> load_iso_3166(const std::filesystem::path& folder);

}  // namespace mspdoc
