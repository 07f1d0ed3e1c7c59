#include "registry/iso_codes.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace mspdoc {

Result<std::vector<IsoCountry>> load_iso_3166(const std::filesystem::path& folder) {
  const std::filesystem::path file = folder / "iso_3166-1.json";
  std::ifstream in(file);
  if (!in) return Error{file.string(), 0, "cannot open ISO 3166 list (is Debian's iso-codes installed?)"};
  try {
    nlohmann::json document = nlohmann::json::parse(in);
    std::vector<IsoCountry> countries;
    for (const auto& entry : document.at("3166-1")) {
      countries.push_back(IsoCountry{entry.at("alpha_2").get<std::string>(),
                                     entry.at("alpha_3").get<std::string>(),
                                     entry.at("name").get<std::string>(), entry.value("official_name", ""),
                                     entry.value("common_name", "")});
    }
    return countries;
  } catch (const nlohmann::json::exception& e) {
    return Error{file.string(), 0, std::string("not the ISO 3166 list iso-codes ships: ") + e.what()};
  }
}

}  // namespace mspdoc
