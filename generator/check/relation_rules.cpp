// not-a-subset, overlap and arithmetic: how one count or list relates to another.

#include "check/relation_rules.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

std::set<const State*> state_set(const CountClaim& claim) {
  std::vector<const State*> states = claim.list->states();
  return {states.begin(), states.end()};
}

std::vector<std::string> names_of(const std::vector<const State*>& states) {
  std::vector<std::string> names;
  for (const State* state : states) names.push_back(state->short_name);
  return names;
}

std::vector<std::string> in_text(const std::vector<const State*>& states) {
  std::vector<std::string> names;
  for (const State* state : states) names.push_back(state->in_text());
  return names;
}

bool nouns_agree(Category a, Category b) {
  return a == b || a == Category::states || b == Category::states;
}

/// The list a claim with "of these" or "additional" refers to: the nearest earlier listed claim
/// whose noun agrees, in the same paragraph or the paragraph before it (no heading between), or
/// nullptr.
const CountClaim* referent(const Analysis& analysis, std::size_t index) {
  const CountClaim& claim = analysis.claims[index];
  if (claim.part_of_following) {  // "Two of the 12 States Parties (...)": the whole follows
    const CountClaim* whole = index + 1 < analysis.claims.size() ? &analysis.claims[index + 1] : nullptr;
    return whole && whole->list && !whole->partial ? whole : nullptr;
  }
  bool across = claim.relation == Relation::subset ||
                analysis.context.data.vocabulary.has("additions-across", claim.relation_cue);
  const auto& paragraphs = analysis.document.paragraphs;
  for (std::size_t k = index; k-- > 0;) {
    const CountClaim& before = analysis.claims[k];
    if (before.paragraph != claim.paragraph && (!across || before.paragraph + 1 < claim.paragraph)) break;
    bool heading_between = false;
    for (std::size_t p = before.paragraph + 1; p < claim.paragraph; ++p)
      heading_between |= paragraphs[p].is_heading();
    if (heading_between) break;
    if (!nouns_agree(before.category, claim.category)) continue;
    // the nearest count whose noun agrees: when it gives no list, there is nothing to compare with
    return before.list && !before.partial ? &before : nullptr;
  }
  return nullptr;
}

/// For a bullet under a numbered paragraph, the first listed claim of that paragraph
/// (`first_listed` gives, per paragraph, the index of its first claim with a list, or -1).
const CountClaim* bullet_parent(const Analysis& analysis, const CountClaim& claim,
                                const std::vector<long>& first_listed) {
  const auto& paragraphs = analysis.document.paragraphs;
  if (!paragraphs[claim.paragraph].bullet || analysis.places[claim.paragraph].kind != Place::Kind::body)
    return nullptr;
  std::size_t i = claim.paragraph;
  while (i > 0 && (paragraphs[i].bullet || paragraphs[i].number.empty()) && !paragraphs[i].is_heading()) --i;
  if (paragraphs[i].number.empty() || paragraphs[i].bullet || paragraphs[i].level != 0) return nullptr;
  return first_listed[i] < 0 ? nullptr : &analysis.claims[std::size_t(first_listed[i])];
}

void not_a_subset(const Analysis& analysis, const CountClaim& child, const CountClaim& parent,
                  std::vector<Finding>& findings) {
  std::set<const State*> allowed = state_set(parent);
  std::vector<const State*> outside;
  for (const State* state : child.list->states())
    if (!allowed.count(state)) outside.push_back(state);
  if (outside.empty()) return;
  std::string parent_place = analysis.places[parent.paragraph].description;
  std::string child_place = analysis.places[child.paragraph].description;
  if (child_place == parent_place)
    child_place = "the list of \"" + child.stated_text + " " + child.noun + "\"";
  Finding finding =
      finding_at(analysis, child, "not-a-subset", Severity::error,
                 capitalize_first(join_list(in_text(outside))) + (outside.size() == 1 ? " is" : " are") +
                     " in " + child_place + " but not among the " + std::to_string(parent.stated) + " " +
                     parent.noun + " of " + parent_place);
  finding.names = names_of(outside);
  findings.push_back(finding);
}

void overlap(const Analysis& analysis, const CountClaim& added, const CountClaim& before,
             std::vector<Finding>& findings) {
  std::set<const State*> earlier = state_set(before);
  std::vector<const State*> repeated;
  for (const State* state : added.list->states())
    if (earlier.count(state)) repeated.push_back(state);
  if (repeated.empty()) return;
  Finding finding =
      finding_at(analysis, added, "overlap", Severity::error,
                 analysis.places[added.paragraph].description + " counts " + join_list(in_text(repeated)) +
                     " among \"" + added.stated_text + " " + added.noun + "\" though " +
                     (repeated.size() == 1 ? "it stands" : "they stand") + " in the list before");
  finding.names = names_of(repeated);
  findings.push_back(finding);
}

/// "65 States Parties ... of these 32 ... and 33 ...": the parts must add up to the whole.
void parts_and_whole(const Analysis& analysis, const CountClaim& whole, std::vector<Finding>& findings) {
  const std::string& text = analysis.document.paragraphs[whole.paragraph].text;
  std::string rest = text.substr(whole.end, std::min<std::size_t>(400, text.size() - whole.end));
  std::string folded = lower_ascii(rest);
  std::size_t at = std::string::npos;
  for (const std::string& phrase : analysis.context.data.vocabulary.phrases("parts"))
    at = std::min(at, folded.find(phrase));
  if (at == std::string::npos || at > 200) return;
  std::string parts_text = rest.substr(at);
  std::size_t stop = parts_text.find(". ");
  std::vector<long> parts = count_numbers(parts_text.substr(0, stop), analysis.context.data.vocabulary);
  if (parts.size() < 2) return;
  long sum = 0;
  std::string shown;
  for (long part : parts) {
    sum += part;
    shown += (shown.empty() ? "" : " + ") + std::to_string(part);
  }
  if (sum == whole.stated) return;
  findings.push_back(finding_at(analysis, whole, "arithmetic", Severity::error,
                                analysis.places[whole.paragraph].description + " gives " + shown + " = " +
                                    std::to_string(sum) + " as parts of " + std::to_string(whole.stated) +
                                    " " + whole.noun));
}

}  // namespace

void check_relations(const Analysis& analysis, std::vector<Finding>& findings) {
  std::vector<long> first_listed(analysis.document.paragraphs.size(), -1);
  for (std::size_t k = analysis.claims.size(); k-- > 0;)
    if (analysis.claims[k].list) first_listed[analysis.claims[k].paragraph] = long(k);
  for (std::size_t k = 0; k < analysis.claims.size(); ++k) {
    const CountClaim& claim = analysis.claims[k];
    if (claim.of_total && claim.stated > *claim.of_total)
      findings.push_back(finding_at(analysis, claim, "arithmetic", Severity::error,
                                    analysis.places[claim.paragraph].description + " says " +
                                        std::to_string(claim.stated) + " of " +
                                        std::to_string(*claim.of_total) + ", more than the whole"));
    parts_and_whole(analysis, claim, findings);
    if (!claim.list) continue;
    const CountClaim* before = referent(analysis, k);
    if (claim.relation == Relation::subset && before) not_a_subset(analysis, claim, *before, findings);
    if (claim.relation == Relation::additional && before) overlap(analysis, claim, *before, findings);
    if (claim.relation == Relation::none)
      if (const CountClaim* parent = bullet_parent(analysis, claim, first_listed))
        not_a_subset(analysis, claim, *parent, findings);
  }
}

}  // namespace mspdoc
