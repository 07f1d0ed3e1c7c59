// count-mismatch, unknown-name, name-variant and status-conflict: what a list says against its
// count, the registry and the rest of the document.

#include "check/list_rules.h"

#include <map>
#include <set>
#include <sstream>

#include "core/text.h"
#include "registry/name_matching.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

std::vector<std::string> short_names(const std::vector<const State*>& states) {
  std::vector<std::string> names;
  for (const State* state : states) names.push_back(state->short_name);
  return names;
}

std::string quoted_claim(const CountClaim& claim) {
  return "\"" + claim.stated_text + (claim.noun.empty() ? "" : " " + claim.noun) + "\"";
}

std::string where(const Analysis& analysis, const CountClaim& claim) {
  std::string place = analysis.places[claim.paragraph].description;
  if (!claim.list_footnote.empty())
    if (const DraftFootnote* note = analysis.document.footnote(claim.list_footnote))
      return place + " (list in footnote " + note->mark + ")";
  return place;
}

void count_mismatch(const Analysis& analysis, const CountClaim& claim, std::vector<Finding>& findings) {
  long listed = long(claim.list->state_count());
  if (listed == claim.stated || claim.partial) return;  // a partial list gives examples only
  if (claim.paired_by_anchor) return;                   // the anchor rules pair it by record id
  std::string place = analysis.places[claim.paragraph].description;
  Finding finding = finding_at(analysis, claim, "count-mismatch", Severity::error,
                               place + " says " + quoted_claim(claim) + " but its list names " +
                                   std::to_string(listed) + (listed == 1 ? " State" : " States"));
  finding.listed = listed;
  for (const ListItem& item : claim.list->items)
    if (item.counts_as_state()) finding.names.push_back(item.state ? item.state->short_name : item.text);
  findings.push_back(finding);
}

bool wants_status(Category category, Status actual) {
  switch (category) {
    case Category::states_parties:
      return actual == Status::party;
    case Category::signatories:
      return actual == Status::signatory;
    case Category::non_parties:
      return actual == Status::non_party || actual == Status::signatory || actual == Status::withdrawn;
    default:
      return true;
  }
}

/// Checks every list once, however many claims share it.
class ListRules {
 public:
  ListRules(const Analysis& analysis, std::vector<Finding>& findings)
      : analysis_(analysis), findings_(findings) {}

  void run() {
    for (const CountClaim& claim : analysis_.claims) {
      if (!claim.list) continue;
      count_mismatch(analysis_, claim, findings_);
      for (const ListItem& item : claim.list->items) {
        if (!seen_items_.insert({claim.paragraph, claim.list_footnote, item.text}).second) continue;
        if (item.unknown_name && !claim.gathered)
          unknown(claim, item);  // a gathered item is checked in its group
        if (item.state && !claim.gathered) variant(claim, item);
        if (item.state) status(claim, *item.state);
      }
    }
  }

 private:
  void unknown(const CountClaim& claim, const ListItem& item) {
    std::string hint = item.suggestions.empty() ? " is no known State or organization"
                                                : " is no known State; did you mean " +
                                                      join_list(short_names(item.suggestions), "or") + "?";
    Finding finding = finding_at(analysis_, claim, "unknown-name", Severity::error,
                                 "\"" + item.text + "\" in " + where(analysis_, claim) + hint);
    finding.stated.reset();
    finding.names = short_names(item.suggestions);
    findings_.push_back(finding);
  }

  void variant(const CountClaim& claim, const ListItem& item) {
    const State& state = *item.state;
    // Case, accents, apostrophes and a leading "the" are not variants; "&" for "and" is.
    if (fold_name(item.text) == fold_name(state.short_name) && item.text.find('&') == std::string::npos)
      return;
    if (!variants_.insert(fold_name(item.text)).second) return;
    Finding finding = finding_at(analysis_, claim, "name-variant", Severity::warning,
                                 "\"" + item.text + "\" in " + where(analysis_, claim) +
                                     ": the UN name is \"" + state.short_name + "\"");
    finding.stated.reset();
    finding.names = {state.short_name};
    findings_.push_back(finding);
  }

  void status(const CountClaim& claim, const State& state) {
    const Treaty* treaty = analysis_.structure.treaty;
    if (treaty && analysis_.structure.as_of && registry_conflict(claim, state, *treaty)) return;
    contradictory(claim, state);
  }

  /// A State listed with a status the registry says it did not have on the date that decides.
  bool registry_conflict(const CountClaim& claim, const State& state, const Treaty& treaty) {
    if (claim.category == Category::states || claim.category == Category::observers) return false;
    Date as_of = analysis_.structure.as_of->date;
    Status actual = treaty.status(state.iso3, as_of);
    // A State that joined during the period reported on may still be told of as a signatory or non-party.
    Date earlier = analysis_.structure.period_from.value_or(as_of.plus_months(-12));
    Status year_before = treaty.status(state.iso3, earlier);
    bool recent = claim.category != Category::states_parties && wants_status(claim.category, year_before);
    if (wants_status(claim.category, actual) || recent) return false;
    Finding finding = finding_at(analysis_, claim, "status-conflict", Severity::error,
                                 where(analysis_, claim) + " lists " + state.in_text() + " among " +
                                     category_noun(claim.category) + ", but on " + as_of.un_style() + " " +
                                     state.in_text() + " was " + std::string(status_phrase(actual)));
    finding.stated.reset();
    finding.names = {state.short_name};
    findings_.push_back(finding);
    return true;
  }

  /// What a list says of its States' status: called States Parties, said to have ratified or
  /// acceded, listed as signatories, listed as not party; or nothing.
  enum class Said { party, ratified, signatory, non_party, nothing };

  Said said_of(const CountClaim& claim) const {
    switch (claim.category) {
      case Category::states_parties:
        return Said::party;
      case Category::signatories:
        return joined_in_predicate(claim) ? Said::ratified : Said::signatory;
      case Category::non_parties:
        return Said::non_party;
      default:
        return joined_in_predicate(claim) ? Said::ratified : Said::nothing;
    }
  }

  bool joined_in_predicate(const CountClaim& claim) const {
    std::istringstream in(lower_ascii(claim.predicate));
    for (std::string word; in >> word;)
      if (analysis_.context.data.vocabulary.has("joined", word)) return true;
    return false;
  }

  static bool conflicting(Said a, Said b) {
    auto one_way = [](Said x, Said y) {
      return (x == Said::party && (y == Said::signatory || y == Said::non_party)) ||
             (x == Said::ratified && y == Said::non_party);
    };
    return one_way(a, b) || one_way(b, a);
  }

  /// A State called a State Party (or said to have ratified) in one place and listed as a
  /// signatory or non-party in another, whatever the registry says; unless the registry knows it
  /// joined during the period, when both can be true.
  void contradictory(const CountClaim& claim, const State& state) {
    Said said = said_of(claim);
    if (said == Said::nothing) return;
    const Treaty* treaty = analysis_.structure.treaty;
    if (treaty && analysis_.structure.as_of) {
      Date as_of = analysis_.structure.as_of->date;
      Date start = analysis_.structure.period_from.value_or(as_of.plus_months(-12));
      if (treaty->status(state.iso3, start) != treaty->status(state.iso3, as_of)) return;
    }
    auto& seen = said_[state.iso3];
    for (const auto& [earlier, other] : seen)
      if (conflicting(said, earlier)) {
        Finding finding = finding_at(
            analysis_, claim, "status-conflict", Severity::error,
            where(analysis_, claim) + " counts " + state.in_text() + " among " +
                category_noun(claim.category) + ", but " + where(analysis_, *other) +
                (earlier == Said::ratified ? " says it has joined"
                                           : " counts it among " + category_noun(other->category)));
        finding.stated.reset();
        finding.names = {state.short_name};
        findings_.push_back(finding);
        return;
      }
    seen.emplace(said, &claim);
  }

  const Analysis& analysis_;
  std::vector<Finding>& findings_;
  std::set<std::tuple<std::size_t, std::string, std::string>> seen_items_;
  std::set<std::string> variants_;
  std::map<std::string, std::map<Said, const CountClaim*>>
      said_;  ///< by State: the first claim of each status
};

}  // namespace

void check_lists(const Analysis& analysis, std::vector<Finding>& findings) {
  ListRules(analysis, findings).run();
}

}  // namespace mspdoc
