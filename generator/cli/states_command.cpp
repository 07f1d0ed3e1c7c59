#include "cli/states_command.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "registry/treaty.h"

namespace mspdoc {

const char* const kStatesHelp = R"(Usage:
  mspdoc states [--at YYYY-MM-DD] [--status STATUS] [--format text|json] [--treaty ID]
  mspdoc states resolve [--format text|json] NAME...

List the States with a given standing under a treaty on a given day, in UN
alphabetical order and with UN short names; or tell which State each typed
name means.

Options:
  --at DATE        the day that decides each State's status (default: today)
  --status STATUS  party, signatory, non-party or withdrawn (default: all States,
                   with their status)
  --format FORMAT  text (default) or json
  --treaty ID      the treaty whose events decide status: data/treaties/ID.xml
                   (default: ccm)

A State is a party from the deposit of its instrument of ratification or
accession until its withdrawal takes effect; the treaty enters into force for
it later (Article 17), which the JSON output gives as entry_into_force.

Names are matched ignoring case, accents, straight or curly apostrophes, "&"
for "and" and a leading "the"; ISO 3166 names and common variants ("Lao PDR",
"UK", "Turkey") are known. An unknown name gets the nearest known names and
exit code 2.

Examples:
  mspdoc states --at 2024-06-30 --status party
  mspdoc states --at 2024-06-30 --status signatory --format json
  mspdoc states resolve "Lao PDR" "Cote d'Ivoire" "Slovakai"
)";

namespace {

struct Loaded {
  StateRegistry registry;
  Treaty treaty;
};

int report_errors(const Errors& errors, std::ostream& err) {
  for (const Error& error : errors) err << "mspdoc: " << error.str() << "\n";
  return kExitUsage;
}

std::optional<Loaded> load(const Paths& paths, const std::string& treaty_id, std::ostream& err) {
  auto registry = StateRegistry::load(paths);
  if (!registry) {
    report_errors(registry.errors(), err);
    return std::nullopt;
  }
  auto treaty = Treaty::load(paths, treaty_id, *registry);
  if (!treaty) {
    report_errors(treaty.errors(), err);
    return std::nullopt;
  }
  return Loaded{std::move(*registry), std::move(*treaty)};
}

nlohmann::ordered_json date_or_null(const std::optional<Date>& day) {
  return day ? nlohmann::ordered_json(day->iso()) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json state_json(const State& state, const Treaty& treaty, Date day) {
  const TreatyRecord* events = treaty.record(state.iso3);
  std::optional<Date> in_force = treaty.entry_into_force(state.iso3);
  nlohmann::ordered_json entry;
  entry["iso3"] = state.iso3;
  entry["name"] = state.short_name;
  entry["formal_name"] = state.formal_name;
  entry["status"] = status_name(treaty.status(state.iso3, day));
  entry["signed"] = date_or_null(events ? events->signed_on : std::nullopt);
  entry["consent"] =
      events && events->consent_on ? nlohmann::ordered_json(consent_name(events->consent)) : nullptr;
  entry["deposited"] = date_or_null(events ? events->consent_on : std::nullopt);
  entry["entry_into_force"] = date_or_null(in_force);
  entry["in_force"] = in_force && *in_force <= day && treaty.status(state.iso3, day) == Status::party;
  return entry;
}

std::string summary(std::size_t count, std::optional<Status> status, const Treaty& treaty, Date day) {
  std::string what = !status                        ? "States (all, with status)"
                     : *status == Status::party     ? "States Parties"
                     : *status == Status::signatory ? "signatories"
                     : *status == Status::withdrawn ? "States that withdrew"
                                                    : "States not party";
  return std::to_string(count) + " " + what + " to the " + treaty.name() + " on " + day.un_style();
}

/// "AFG  Afghanistan", or with the status in a column: "AFG  party      Afghanistan".
std::string text_row(const State& state, std::optional<Status> status) {
  std::string row = state.iso3 + "  ";
  if (status) {
    std::string name(status_name(*status));
    row += name + std::string(11 - name.size(), ' ');
  }
  return row + state.short_name + "\n";
}

int list_states(const Arguments& args, const Paths& paths, std::ostream& out, std::ostream& err) {
  auto day = args.has("--at") ? Date::parse(args.value_or("--at", "")) : Date::today();
  if (!day)
    return err << "mspdoc states: --at wants a date YYYY-MM-DD, not \"" << args.value_or("--at", "")
               << "\"\n",
           kExitUsage;
  std::optional<Status> wanted;
  if (args.has("--status") && !(wanted = parse_status(args.value_or("--status", ""))))
    return err << "mspdoc states: --status is one of party, signatory, non-party, withdrawn\n", kExitUsage;
  auto loaded = load(paths, args.value_or("--treaty", "ccm"), err);
  if (!loaded) return kExitUsage;
  bool json = args.value_or("--format", "text") == "json";
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  std::size_t count = 0;
  for (const State& state : loaded->registry.states()) {
    Status status = loaded->treaty.status(state.iso3, *day);
    if (wanted && status != *wanted) continue;
    ++count;
    if (json)
      array.push_back(state_json(state, loaded->treaty, *day));
    else
      out << text_row(state, wanted ? std::nullopt : std::optional<Status>(status));
  }
  if (json)
    out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else
    err << summary(count, wanted, loaded->treaty, *day) << "\n";
  return kExitOk;
}

std::string suggestion_text(const std::vector<const State*>& suggestions) {
  if (suggestions.empty()) return "no known State is close";
  std::vector<std::string> names;
  for (const State* state : suggestions) names.push_back(state->short_name);
  return "did you mean " + join_list(names, "or") + "?";
}

int resolve_names(const Arguments& args, const Paths& paths, std::ostream& out, std::ostream& err) {
  if (args.positionals.size() < 2)
    return err << "mspdoc states resolve: give at least one NAME\n", kExitUsage;
  auto registry = StateRegistry::load(paths);
  if (!registry) return report_errors(registry.errors(), err);
  bool json = args.value_or("--format", "text") == "json";
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  std::size_t unknown = 0;
  for (std::size_t i = 1; i < args.positionals.size(); ++i) {
    const std::string& name = args.positionals[i];
    const State* state = registry->resolve(name);
    nlohmann::ordered_json entry{{"input", name}};
    if (state) {
      entry["iso3"] = state->iso3;
      entry["name"] = state->short_name;
      if (!json) out << name << ": " << state->short_name << " (" << state->iso3 << ")\n";
    } else {
      ++unknown;
      auto suggestions = registry->suggest(name);
      entry["iso3"] = nullptr;
      entry["suggestions"] = nlohmann::ordered_json::array();
      for (const State* near : suggestions) entry["suggestions"].push_back(near->short_name);
      if (!json) out << name << ": unknown; " << suggestion_text(suggestions) << "\n";
    }
    array.push_back(entry);
  }
  if (json) out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  if (unknown == 0) return kExitOk;
  err << "mspdoc states resolve: " << unknown << " of " << args.positionals.size() - 1
      << " names are no known State\n";
  return kExitUsage;
}

}  // namespace

int run_states_command(const std::vector<std::string>& raw, const Paths& paths, std::ostream& out,
                       std::ostream& err) {
  auto args = Arguments::parse(raw, {"--at", "--status", "--format", "--treaty"}, {"--help"});
  if (!args)
    return err << "mspdoc states: " << args.error().message << " (see mspdoc states --help)\n", kExitUsage;
  if (args->has("--help")) return out << kStatesHelp, kExitOk;
  std::string format = args->value_or("--format", "text");
  if (format != "text" && format != "json")
    return err << "mspdoc states: --format is text or json, not \"" << format << "\"\n", kExitUsage;
  if (!args->positionals.empty() && args->positionals[0] == "resolve")
    return resolve_names(*args, paths, out, err);
  if (!args->positionals.empty())
    return err << "mspdoc states: unexpected argument \"" << args->positionals[0]
               << "\" (see mspdoc states --help)\n",
           kExitUsage;
  return list_states(*args, paths, out, err);
}

}  // namespace mspdoc
