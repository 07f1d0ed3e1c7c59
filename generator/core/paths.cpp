#include "core/paths.h"

#include <cstdlib>
#include <string>

namespace mspdoc {

Paths Paths::defaults() {
  Paths paths{MSPDOC_DEFAULT_HOME, MSPDOC_DEFAULT_ISO_CODES};
  if (const char* home = std::getenv("MSPDOC_HOME"); home && *home) paths.home = home;
  if (const char* iso = std::getenv("MSPDOC_ISO_CODES"); iso && *iso) paths.iso_codes = iso;
  return paths;
}

std::filesystem::path Paths::schema(std::string_view name) const {
  return data() / "schema" / (std::string(name) + ".rng");
}

std::filesystem::path Paths::treaty_file(std::string_view id) const {
  return data() / "treaties" / (std::string(id) + ".xml");
}

}  // namespace mspdoc
