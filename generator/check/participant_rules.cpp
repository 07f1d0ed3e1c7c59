// participant-mismatch: the States that took part in a meeting, as two documents of it record them.

#include "check/participant_rules.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/text.h"
#include "registry/un_style.h"

namespace mspdoc {
namespace {

/// The States a document says took part, by category, with where it says so.
struct Participants {
  std::map<Category, std::set<const State*>> states;
  std::map<Category, std::size_t> paragraph;  ///< where each category's list stands
};

bool mentions(const std::string& text, const Vocabulary& words, std::string_view set) {
  for (const std::string& phrase : words.phrases(set))
    if (text.find(phrase) != std::string::npos) return true;
  return false;
}

/// The category of the States a list's head names ("The following signatory States").
Category category_in(const std::string& head, const Vocabulary& words) {
  std::string lower = lower_ascii(head);
  Category found = Category::states;
  std::size_t best = 0;
  for (const CountNoun& noun : words.nouns()) {
    std::string phrase;
    for (const std::string& word : noun.words) phrase += (phrase.empty() ? "" : " ") + word;
    if (phrase.size() > best && lower.find(phrase) != std::string::npos) {
      best = phrase.size();
      found = noun.category == "signatories"      ? Category::signatories
              : noun.category == "states-parties" ? Category::states_parties
                                                  : Category::states;
    }
  }
  return found;
}

/// "The following signatory States took part in the work of the Meeting: A, B and C."
/// "A, B and C also took part in the work of the Meeting as observers."
std::optional<std::pair<Category, StateList>> final_report_list(const std::string& text,
                                                                const CheckContext& context) {
  const Vocabulary& words = context.data.vocabulary;
  if (!mentions(text, words, "meetings") || !mentions(text, words, "participation")) return std::nullopt;
  std::string list_text;
  Category category = Category::states;
  const std::vector<std::string>& also_words = words.phrases("also");
  std::size_t also = also_words.empty() ? std::string::npos : text.find(also_words.front());
  if (auto colon = text.find(':'); colon != std::string::npos) {  // "The following ... participated: A, B"
    list_text = text.substr(colon + 1);
    std::string head = text.substr(0, colon);
    if (mentions(head, words, "not-states")) return std::nullopt;
    category = category_in(head, words);
  } else if (also != std::string::npos) {  // "A, B and C also took part ... as observers."
    list_text = text.substr(0, also);
    category = Category::non_parties;
  } else {
    return std::nullopt;
  }
  StateList list =
      parse_state_list(list_text, context.data.registry, context.data.organizations, context.data.vocabulary);
  if (!list.is_list_of_states()) return std::nullopt;
  return std::make_pair(category, list);
}

Participants participants_of(const DraftDocument& document, const CheckContext& context) {
  Participants found;
  auto record = [&](Category category, const std::vector<const State*>& states, std::size_t paragraph) {
    if (category == Category::states) return;
    found.states[category].insert(states.begin(), states.end());
    found.paragraph.emplace(category, paragraph);
  };
  for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
    const std::string& text = document.paragraphs[i].text;
    if (!mentions(text, context.data.vocabulary, "participation")) continue;
    if (auto listed = final_report_list(text, context)) {
      record(listed->first, listed->second.states(), i);
      continue;
    }
    for (const CountClaim& claim : extract_claims(document, i, context.data.registry,
                                                  context.data.organizations, context.data.vocabulary))
      if (claim.list && mentions(claim.predicate, context.data.vocabulary, "participation"))
        record(claim.category, claim.list->states(), i);
  }
  return found;
}

void compare(const DraftDocument& a, const Participants& in_a, const DraftDocument& b,
             const Participants& in_b, std::vector<Finding>& findings) {
  for (const auto& [category, states] : in_a.states) {
    auto other = in_b.states.find(category);
    if (other == in_b.states.end()) continue;
    std::vector<const State*> missing;
    for (const State* state : states)
      if (!other->second.count(state)) missing.push_back(state);
    if (missing.empty()) continue;
    sort_un_by(missing, [](const State* state) -> const std::string& { return state->short_name; });
    std::vector<std::string> names, shown;
    for (const State* state : missing) names.push_back(state->short_name), shown.push_back(state->in_text());
    const DraftParagraph& where = a.paragraphs[in_a.paragraph.at(category)];
    Finding finding;
    finding.file = a.file;
    finding.rule = "participant-mismatch";
    finding.paragraph = where.table >= 0 ? "" : where.reference;
    finding.paragraph_index = where.index;
    finding.message = capitalize_first(join_list(shown)) + " took part among " + category_noun(category) +
                      " according to " + a.file + ", but " + b.file + " does not record " +
                      (missing.size() == 1 ? "it" : "them") + " among the participants";
    finding.names = names;
    findings.push_back(finding);
  }
}

}  // namespace

std::vector<Finding> check_participants(const std::vector<const DraftDocument*>& documents,
                                        const CheckContext& context) {
  std::vector<Participants> participants;
  for (const DraftDocument* document : documents) participants.push_back(participants_of(*document, context));
  std::vector<Finding> findings;
  for (std::size_t i = 0; i < documents.size(); ++i)
    for (std::size_t j = 0; j < documents.size(); ++j)
      if (i != j) compare(*documents[i], participants[i], *documents[j], participants[j], findings);
  return findings;
}

}  // namespace mspdoc
