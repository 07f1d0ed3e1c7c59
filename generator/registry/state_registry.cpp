#include "registry/state_registry.h"

#include <algorithm>
#include <map>

#include "core/xml_input.h"
#include "registry/iso_codes.h"
#include "registry/name_matching.h"

namespace mspdoc {
namespace {

Membership parse_membership(const std::string& text) {
  if (text == "observer") return Membership::observer;
  if (text == "non-member") return Membership::non_member;
  return Membership::member;
}

State read_state(const xmlNode* node) {
  State state;
  state.iso3 = attribute(node, "iso3").value_or("");
  state.membership = parse_membership(attribute(node, "membership").value_or("member"));
  std::string the = attribute(node, "the").value_or("false");
  state.takes_the = the == "true" || the == "1";
  state.short_name = text_of(first_child(node, "short"));
  state.formal_name = text_of(first_child(node, "formal"));
  for (const xmlNode* alias : child_elements(node, "alias")) state.aliases.push_back(text_of(alias));
  return state;
}

void add_iso_names(State& state, const IsoCountry& country) {
  state.iso2 = country.alpha2;
  for (const std::string* name : {&country.name, &country.official_name, &country.common_name})
    if (!name->empty()) state.iso_names.push_back(*name);
}

}  // namespace

std::string State::in_text(Position where) const {
  if (!takes_the) return short_name;
  return (where == Position::sentence_start ? "The " : "the ") + short_name;
}

Result<StateRegistry> StateRegistry::load(const Paths& paths) {
  auto file = XmlFile::load(paths.states_file(), paths.schema("states"));
  if (!file) return file.errors();
  auto iso = load_iso_3166(paths.iso_codes);
  if (!iso) return iso.errors();
  std::map<std::string, const IsoCountry*> iso_by_alpha3;
  for (const IsoCountry& country : *iso) iso_by_alpha3[country.alpha3] = &country;

  StateRegistry registry;
  std::vector<std::pair<State, int>> read;
  Errors errors;
  for (const xmlNode* node : child_elements(file->root(), "state")) {
    State state = read_state(node);
    auto found = iso_by_alpha3.find(state.iso3);
    if (found == iso_by_alpha3.end())
      errors.push_back(file->error_at(node, "ISO 3166 has no alpha-3 code " + state.iso3));
    else
      add_iso_names(state, *found->second);
    read.emplace_back(std::move(state), int(xmlGetLineNo(node)));
  }
  sort_un_by(read, [](const auto& entry) -> const std::string& { return entry.first.short_name; });
  std::vector<int> lines;
  for (auto& [state, line] : read) {
    registry.states_.push_back(std::move(state));
    lines.push_back(line);
  }
  Errors clashes = registry.index_names(lines, file->path());
  errors.insert(errors.end(), clashes.begin(), clashes.end());
  if (!errors.empty()) return errors;
  registry.index_iso_names();
  for (const auto& [key, index] : registry.by_folded_name_)
    registry.suggestion_keys_.emplace_back(code_points(key), index);
  std::sort(registry.suggestion_keys_.begin(), registry.suggestion_keys_.end());
  return registry;
}

Errors StateRegistry::index_names(const std::vector<int>& lines, const std::string& file) {
  Errors errors;
  for (std::size_t i = 0; i < states_.size(); ++i) {
    const State& state = states_[i];
    if (!by_iso3_.emplace(state.iso3, i).second)
      errors.push_back(Error{file, lines[i], "ISO code " + state.iso3 + " is given to two States"});
    std::vector<std::string> names = {state.short_name, state.formal_name};
    names.insert(names.end(), state.aliases.begin(), state.aliases.end());
    for (const std::string& name : names) {
      auto [slot, added] = by_folded_name_.emplace(fold_name(name), i);
      if (!added && slot->second != i)
        errors.push_back(Error{
            file, lines[i], "the name \"" + name + "\" already means " + states_[slot->second].short_name});
    }
  }
  return errors;
}

void StateRegistry::index_iso_names() {
  for (std::size_t i = 0; i < states_.size(); ++i)
    for (const std::string& name : states_[i].iso_names) by_folded_name_.emplace(fold_name(name), i);
}

const State* StateRegistry::find_iso3(std::string_view iso3) const {
  auto found = by_iso3_.find(std::string(iso3));
  return found == by_iso3_.end() ? nullptr : &states_[found->second];
}

const State* StateRegistry::resolve(std::string_view name) const {
  auto found = by_folded_name_.find(fold_name(name));
  return found == by_folded_name_.end() ? nullptr : &states_[found->second];
}

std::vector<const State*> StateRegistry::suggest(std::string_view name, std::size_t limit) const {
  std::string key = fold_name(name) + '\x1f' + std::to_string(limit);
  if (auto known = suggested_.find(key); known != suggested_.end()) return known->second;
  std::vector<const State*> found = closest(name, limit);
  if (suggested_.size() < 100000) suggested_.emplace(std::move(key), found);
  return found;
}

std::vector<const State*> StateRegistry::closest(std::string_view name, std::size_t limit) const {
  const std::u32string folded = code_points(fold_name(name));
  const std::size_t tolerance = 2 + folded.size() / 8;
  std::map<std::size_t, std::size_t> best_distance;  // state index -> distance
  for (const auto& [key, index] : suggestion_keys_) {
    std::size_t distance = edit_distance_within(folded, key, tolerance);
    if (distance > tolerance) continue;
    auto [slot, added] = best_distance.emplace(index, distance);
    if (!added) slot->second = std::min(slot->second, distance);
  }
  std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (distance, state index in UN order)
  for (const auto& [index, distance] : best_distance) ranked.emplace_back(distance, index);
  std::sort(ranked.begin(), ranked.end());
  std::vector<const State*> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit && ranked[i].first == ranked.front().first; ++i)
    out.push_back(&states_[ranked[i].second]);
  return out;
}

}  // namespace mspdoc
