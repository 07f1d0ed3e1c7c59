#pragma once
/// Organizations that lists name beside States (data/organizations.xml).

#include <set>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/paths.h"

namespace mspdoc {

/// The names and abbreviations of known organizations, matched like State names.
class Organizations {
 public:
  /// Loads data/organizations.xml, checked against data/schema/organizations.rng.
  static Result<Organizations> load(const Paths& paths);
  /// True when `name` (case, accents and a leading "the" ignored) names a known organization.
  bool contains(std::string_view name) const;

 private:
  std::set<std::string> folded_names_;
};

}  // namespace mspdoc
