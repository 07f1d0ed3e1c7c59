#pragma once
/// A small reader for "--option value", "--option=value" and positional arguments.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// Arguments split into options and positionals, checked against the options a command takes.
struct Arguments {
  std::map<std::string, std::string> options;  ///< "--at" -> "2024-06-30"; flags map to ""
  std::vector<std::string> positionals;

  /// Splits `args`; `valued` are options that take a value, `flags` those that do not. An unknown
  /// option or a missing value is an error naming it.
  static Result<Arguments> parse(const std::vector<std::string>& args, const std::set<std::string>& valued,
                                 const std::set<std::string>& flags);

  bool has(const std::string& option) const { return options.count(option) > 0; }
  /// The option's value, or `fallback` when it was not given.
  std::string value_or(const std::string& option, std::string fallback) const;
};

}  // namespace mspdoc
