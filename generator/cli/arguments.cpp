#include "cli/arguments.h"

namespace mspdoc {

Result<Arguments> Arguments::parse(const std::vector<std::string>& args, const std::set<std::string>& valued,
                                   const std::set<std::string>& flags) {
  Arguments parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      parsed.positionals.insert(parsed.positionals.end(), args.begin() + long(i) + 1, args.end());
      break;
    }
    if (arg.size() < 2 || arg[0] != '-' || arg == "-") {
      parsed.positionals.push_back(arg);
      continue;
    }
    std::string name = arg.substr(0, arg.find('='));
    bool inline_value = name.size() < arg.size();
    if (name == "-h") name = "--help";
    if (flags.count(name) && !inline_value) {
      parsed.options[name] = "";
    } else if (valued.count(name)) {
      if (inline_value) {
        parsed.options[name] = arg.substr(name.size() + 1);
      } else if (i + 1 < args.size()) {
        parsed.options[name] = args[++i];
      } else {
        return Error{"", 0, "option " + name + " needs a value"};
      }
    } else {
      return Error{"", 0, "unknown option " + arg};
    }
  }
  return parsed;
}

std::string Arguments::value_or(const std::string& option, std::string fallback) const {
  auto found = options.find(option);
  return found == options.end() ? fallback : found->second;
}

}  // namespace mspdoc
