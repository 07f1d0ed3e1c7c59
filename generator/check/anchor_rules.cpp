#include "check/anchor_rules.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "check/claims.h"

namespace mspdoc {
namespace {

bool counts_something(AnchorKind kind) {
  return kind != AnchorKind::list;
}

/// The key anchored figures agree by: the indicator, else the set.
std::string figure_key(const RecordAnchor& anchor) {
  return anchor.indicator.empty() ? "set " + anchor.set : "indicator " + anchor.indicator;
}

/// The anchored lists of a draft by paragraph (the one referencing a footnote, for a list in a
/// footnote) and set, in reading order: built once, so pairing is n log n in the anchors.
class ListIndex {
 public:
  explicit ListIndex(const std::vector<AnchoredText>& texts) {
    for (const AnchoredText& text : texts)
      if (text.anchor->kind == AnchorKind::list) lists_[{text.paragraph, text.anchor->set}].push_back(&text);
  }

  /// The anchored list of `set` that a count in `paragraph` ending at `after` refers to: the
  /// first one after it in the paragraph, else one in a footnote the paragraph references.
  const AnchoredText* list_of(std::size_t paragraph, std::size_t after, const std::string& set) const {
    auto found = lists_.find({paragraph, set});
    if (found == lists_.end()) return nullptr;
    const AnchoredText* in_note = nullptr;
    for (const AnchoredText* text : found->second) {
      if (!text->footnote && text->anchor->begin >= after) return text;
      if (text->footnote && !in_note) in_note = text;
    }
    return in_note;
  }

 private:
  std::map<std::pair<std::size_t, std::string>, std::vector<const AnchoredText*>> lists_;
};

std::string place_of(const Analysis& analysis, const AnchoredText& text) {
  if (text.footnote) return "footnote " + text.footnote->mark;
  return analysis.places[text.paragraph].description;
}

Finding anchored_finding(const Analysis& analysis, const AnchoredText& at, const char* rule,
                         std::string message) {
  Finding finding = finding_in(analysis, at.paragraph, at.footnote ? 0 : at.anchor->begin,
                               at.footnote ? 0 : at.anchor->end, rule, Severity::error, std::move(message));
  if (at.footnote) {
    finding.footnote = at.footnote->mark;
    finding.footnote_id = at.footnote->id;
  }
  return finding;
}

void count_against_list(const Analysis& analysis, const ListIndex& lists, const AnchoredText& count,
                        std::vector<Finding>& findings) {
  const CheckData& data = analysis.context.data;
  const AnchoredText* list = lists.list_of(count.paragraph, count.anchor->end, count.anchor->set);
  auto stated = anchored_figure(count.text, data.vocabulary);
  if (!list || !stated) return;
  StateList states = parse_state_list(list->text, data.registry, data.organizations, data.vocabulary);
  long listed = long(states.state_count());
  if (listed == *stated) return;
  Finding finding = anchored_finding(analysis, count, "count-mismatch",
                                     place_of(analysis, count) + " says \"" + count.text + "\" (" +
                                         count.anchor->ids() + ") but its list names " +
                                         std::to_string(listed) + (listed == 1 ? " State" : " States"));
  if (list->footnote) {
    finding.footnote = list->footnote->mark;
    finding.footnote_id = list->footnote->id;
  }
  finding.stated = *stated;
  finding.listed = listed;
  for (const ListItem& item : states.items)
    if (item.counts_as_state()) finding.names.push_back(item.state ? item.state->short_name : item.text);
  findings.push_back(std::move(finding));
}

/// Each figure of one key that differs from the value most of them give (the first, on a tie).
void figures_agree(const Analysis& analysis, const std::vector<std::pair<const AnchoredText*, long>>& figures,
                   std::vector<Finding>& findings) {
  std::map<long, std::size_t> votes;
  for (const auto& [text, value] : figures) ++votes[value];
  long agreed = figures.front().second;
  for (const auto& [value, count] : votes)
    if (count > votes[agreed]) agreed = value;
  const AnchoredText* agreeing = nullptr;
  for (const auto& [text, value] : figures)
    if (value == agreed && !agreeing) agreeing = text;
  for (const auto& [text, value] : figures) {
    if (value == agreed) continue;
    findings.push_back(anchored_finding(
        analysis, *text, "total-mismatch",
        place_of(analysis, *text) + " (" + text->anchor->ids() + ") says " + std::to_string(value) +
            " where " + place_of(analysis, *agreeing) + " says " + std::to_string(agreed)));
  }
}

std::optional<long> set_size(const ProgressReport& records, const std::string& id) {
  auto set = records.sets.find(id);
  return set == records.sets.end() ? std::nullopt : std::optional<long>(long(set->second.members.size()));
}

/// The figure the records give an anchor: its indicator's value, else its set's size.
std::optional<long> record_figure(const ProgressReport& records, const RecordAnchor& anchor) {
  if (anchor.indicator.empty()) return set_size(records, anchor.set);
  const Indicator* indicator = records.find_indicator(anchor.indicator);
  if (!indicator) return std::nullopt;
  return indicator->value.set.empty() ? indicator->value.count : set_size(records, indicator->value.set);
}

void list_against_record(const Analysis& analysis, const AnchoredText& text, const StateSet& set,
                         std::vector<Finding>& findings) {
  const CheckData& data = analysis.context.data;
  StateList list = parse_state_list(text.text, data.registry, data.organizations, data.vocabulary);
  std::string where = place_of(analysis, text) + " (" + text.anchor->ids() + ")";
  auto report = [&](const std::string& name, const std::string& message) {
    Finding finding = anchored_finding(analysis, text, "differs-from-record", where + message);
    finding.names = {name};
    findings.push_back(std::move(finding));
  };
  std::vector<const State*> states = list.states();
  std::set<const State*> listed(states.begin(), states.end()),
      recorded(set.members.begin(), set.members.end());
  for (const State* member : set.members)
    if (!listed.count(member))
      report(member->short_name, " no longer lists " + member->in_text() + ", which the record has");
  for (const ListItem& item : list.items) {
    if (!item.counts_as_state()) continue;
    if (!(item.state && recorded.count(item.state)))
      report(
          item.state ? item.state->short_name : item.text,
          " lists " + (item.state ? item.state->in_text() : item.text) + ", which the record does not have");
  }
}

/// A paragraph's anchors of counts, table cells and summary bullets, by where they begin.
std::vector<const RecordAnchor*> count_anchors_by_begin(const DraftParagraph& paragraph) {
  std::vector<const RecordAnchor*> counts;
  for (const RecordAnchor& anchor : paragraph.anchors)
    if (counts_something(anchor.kind)) counts.push_back(&anchor);
  std::sort(counts.begin(), counts.end(),
            [](const RecordAnchor* a, const RecordAnchor* b) { return a->begin < b->begin; });
  return counts;
}

}  // namespace

void compare_with_records(const Analysis& analysis, const ProgressReport& records,
                          std::vector<Finding>& findings) {
  for (const AnchoredText& text : anchored_texts(analysis.document)) {
    if (text.anchor->kind == AnchorKind::list) {
      if (auto set = records.sets.find(text.anchor->set); set != records.sets.end())
        list_against_record(analysis, text, set->second, findings);
      continue;
    }
    auto stated = anchored_figure(text.text, analysis.context.data.vocabulary);
    auto recorded = record_figure(records, *text.anchor);
    if (!stated || !recorded || *stated == *recorded) continue;
    Finding finding =
        anchored_finding(analysis, text, "differs-from-record",
                         place_of(analysis, text) + " (" + text.anchor->ids() + ") says " +
                             std::to_string(*stated) + " where the record says " + std::to_string(*recorded));
    finding.stated = *stated;
    findings.push_back(std::move(finding));
  }
}

std::vector<AnchoredText> anchored_texts(const DraftDocument& document) {
  std::vector<AnchoredText> texts;
  for (const DraftParagraph& paragraph : document.paragraphs)
    for (const RecordAnchor& anchor : paragraph.anchors)
      texts.push_back({&anchor, paragraph.index, nullptr,
                       paragraph.text.substr(anchor.begin, anchor.end - std::min(anchor.begin, anchor.end))});
  for (const auto& [id, note] : document.footnotes)
    for (const RecordAnchor& anchor : note.anchors)
      texts.push_back({&anchor, note.paragraph, &note,
                       note.text.substr(anchor.begin, anchor.end - std::min(anchor.begin, anchor.end))});
  return texts;
}

std::optional<long> anchored_figure(const std::string& text, const Vocabulary& words) {
  std::vector<long> numbers = count_numbers(text, words);
  if (!numbers.empty()) return numbers.front();
  if (auto count = parse_count(text.substr(0, text.find(' ')), words)) return count;
  return std::nullopt;
}

void mark_anchored_claims(Analysis& analysis) {
  std::vector<AnchoredText> texts = anchored_texts(analysis.document);
  if (texts.empty()) return;
  ListIndex lists(texts);
  // Each paragraph's count anchors are sorted once (they do not overlap, so by their ends too),
  // and each claim finds the first that ends after it begins: n log n in all.
  std::size_t paragraph = SIZE_MAX;
  std::vector<const RecordAnchor*> counts;
  for (CountClaim& claim : analysis.claims) {
    if (claim.paragraph != paragraph) {
      paragraph = claim.paragraph;
      counts = count_anchors_by_begin(analysis.document.paragraphs[paragraph]);
    }
    auto next = std::partition_point(counts.begin(), counts.end(),
                                     [&](const RecordAnchor* anchor) { return anchor->end <= claim.begin; });
    if (next == counts.end() || (*next)->begin >= claim.end) continue;
    const RecordAnchor& anchor = **next;
    claim.anchor = anchor;
    claim.paired_by_anchor =
        !anchor.set.empty() && lists.list_of(paragraph, anchor.end, anchor.set) != nullptr;
  }
}

void check_anchors(const Analysis& analysis, std::vector<Finding>& findings) {
  std::vector<AnchoredText> texts = anchored_texts(analysis.document);
  ListIndex lists(texts);
  std::map<std::string, std::vector<std::pair<const AnchoredText*, long>>> by_key;
  for (const AnchoredText& text : texts) {
    if (!counts_something(text.anchor->kind)) continue;
    if (text.anchor->kind == AnchorKind::count && !text.anchor->set.empty())
      count_against_list(analysis, lists, text, findings);
    if (auto figure = anchored_figure(text.text, analysis.context.data.vocabulary))
      by_key[figure_key(*text.anchor)].emplace_back(&text, *figure);
  }
  for (const auto& [key, figures] : by_key) figures_agree(analysis, figures, findings);
}

}  // namespace mspdoc
