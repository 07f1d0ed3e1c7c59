// indicator-mismatch and total-mismatch: one figure stated twice with two values, in the summary,
// an indicator table and the narrative.

#include "check/restatement_rules.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/text.h"

namespace mspdoc {
namespace {

bool same_family(Category a, Category b) {
  auto family = [](Category c) {
    return c == Category::states || c == Category::observers ? Category::states_parties : c;
  };
  return family(a) == family(b);
}

/// How many topic words two claims share, when they are close enough to state one figure: the
/// same main verb and most words shared, or very many words shared.
std::optional<std::size_t> likeness(const CountClaim& a, const CountClaim& b, std::size_t at_least = 3) {
  if (a.paragraph == b.paragraph || !same_family(a.category, b.category) || a.topic.empty() ||
      b.topic.empty())
    return std::nullopt;
  if (a.of_total.has_value() != b.of_total.has_value())
    return std::nullopt;  // "51 of 103" is another measure
  std::size_t shared = 0;
  for (const std::string& word : a.topic)
    if (std::find(b.topic.begin(), b.topic.end(), word) != b.topic.end()) ++shared;
  double ratio = double(shared) / double(std::min(a.topic.size(), b.topic.size()));
  bool same_verb = a.topic.front() == b.topic.front();
  if ((same_verb && shared >= at_least && ratio >= 0.4) ||
      (shared >= std::max<std::size_t>(5, at_least) && ratio >= 0.6))
    return shared;
  return std::nullopt;
}

/// A claim's figure with the "additional" ones that follow it in its paragraph: 2 + 2 = 4.
struct Total {
  long value = 0;
  std::string shown;
};

Total total_of(const Analysis& analysis, std::size_t index) {
  const CountClaim& claim = analysis.claims[index];
  Total total{claim.stated, std::to_string(claim.stated)};
  for (std::size_t k = index + 1; k < analysis.claims.size(); ++k) {
    const CountClaim& next = analysis.claims[k];
    if (next.paragraph != claim.paragraph || next.relation != Relation::additional) break;
    total.value += next.stated;
    total.shown += " + " + std::to_string(next.stated);
  }
  if (total.shown.find('+') != std::string::npos)
    total.shown = std::to_string(total.value) + " (" + total.shown + ")";
  return total;
}

std::string first_words(const std::string& text, std::size_t count) {
  std::string out;
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size() && words < count; ++i) {
    char c = text[i];
    if (c == ',' || c == ';' || c == '(' || c == ':') break;
    if (c == ' ' && !out.empty() && out.back() != ' ') ++words;
    if (words < count) out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  std::size_t first = out.find_first_not_of(' ');
  return first == std::string::npos ? "" : out.substr(first);
}

/// Which claims of a pool share topic words with a claim: an inverted index, so matching stays
/// close to linear in the size of the document.
class TopicIndex {
 public:
  /// The claims kept per word: matching stays linear when thousands of claims share a word.
  static constexpr std::size_t kPostingsAtMost = 256;

  TopicIndex(const std::vector<CountClaim>& claims, const std::vector<std::size_t>& pool)
      : shared_(claims.size(), 0) {
    for (std::size_t k : pool)
      for (const std::string& word : claims[k].topic) {
        std::vector<std::size_t>& posting = postings_[word];
        if (posting.size() < kPostingsAtMost)
          posting.push_back(k);  // a word every claim shares tells nothing
      }
  }

  /// Pool claims sharing at least `at_least` topic words with `claim`.
  std::vector<std::size_t> candidates(const CountClaim& claim, std::size_t at_least) const {
    std::vector<std::size_t> touched, out;
    for (const std::string& word : claim.topic) {
      auto found = postings_.find(word);
      if (found == postings_.end()) continue;
      for (std::size_t k : found->second)
        if (shared_[k]++ == 0) touched.push_back(k);
    }
    for (std::size_t k : touched) {
      if (shared_[k] >= at_least) out.push_back(k);
      shared_[k] = 0;
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> postings_;
  mutable std::vector<std::size_t> shared_;
};

class Restatements {
 public:
  Restatements(const Analysis& analysis, std::vector<Finding>& findings)
      : analysis_(analysis),
        findings_(findings),
        tables_(pool(Place::Kind::table)),
        summaries_(pool(Place::Kind::summary)),
        narrative_(pool(Place::Kind::body)),
        table_index_(analysis.claims, tables_),
        narrative_index_(analysis.claims, narrative_) {}

  void run() {
    std::vector<bool> table_done(analysis_.claims.size(), false);
    for (std::size_t s : summaries_) {
      auto table = best(s, table_index_);
      if (!table) continue;
      table_done[*table] = true;
      report(s, *table, best(s, narrative_index_, 4));
    }
    // Narrative that restates an indicator: several States, and closely worded.
    for (std::size_t t : tables_) {
      if (table_done[t]) continue;
      auto text = best(t, narrative_index_, 4);
      if (text && analysis_.claims[*text].stated > 1 && best(*text, table_index_, 4) == t)
        report_pair(*text, t);
    }
    totals();
  }

 private:
  /// The claims of one kind of place that can restate a figure; narrative ones need a list or a
  /// definite article ("the 11 States Parties").
  std::vector<std::size_t> pool(Place::Kind kind) const {
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < analysis_.claims.size(); ++k) {
      const CountClaim& claim = analysis_.claims[k];
      if (analysis_.places[claim.paragraph].kind != kind) continue;
      if (kind == Place::Kind::body &&
          (!(claim.list || claim.definite) || claim.relation == Relation::additional))
        continue;
      out.push_back(k);
    }
    return out;
  }

  std::optional<std::size_t> best(std::size_t from, const TopicIndex& index, std::size_t at_least = 3) const {
    std::optional<std::size_t> chosen;
    std::size_t most = 0;
    for (std::size_t k : index.candidates(analysis_.claims[from], at_least)) {
      auto shared = likeness(analysis_.claims[from], analysis_.claims[k], at_least);
      if (shared && *shared > most) most = *shared, chosen = k;
    }
    return chosen;
  }

  std::string says(std::size_t k) const {
    return analysis_.places[analysis_.claims[k].paragraph].description + " says " +
           total_of(analysis_, k).shown;
  }

  std::string subject(std::size_t k) const {
    const CountClaim& claim = analysis_.claims[k];
    return std::to_string(claim.stated) + " " + claim.noun + " " + first_words(claim.predicate, 9);
  }

  /// True when both claims carry record anchors: then the anchor rules compare them by id.
  bool both_anchored(std::size_t a, std::size_t b) const {
    return analysis_.claims[a].anchor && analysis_.claims[b].anchor;
  }

  /// A summary bullet against the table row it restates (and the narrative, when that differs too).
  void report(std::size_t summary, std::size_t table, std::optional<std::size_t> text) {
    if (both_anchored(summary, table)) return;
    long stated = analysis_.claims[summary].stated;
    if (analysis_.claims[table].stated == stated) return;
    std::vector<std::string> others = {says(table)};
    if (text && total_of(analysis_, *text).value != stated) others.push_back(says(*text));
    std::string message =
        analysis_.places[analysis_.claims[summary].paragraph].description + " says " + subject(summary);
    for (const std::string& other : others) message += "; " + other;
    findings_.push_back(
        finding_at(analysis_, analysis_.claims[summary], "indicator-mismatch", Severity::error, message));
  }

  void report_pair(std::size_t text, std::size_t table) {
    if (both_anchored(text, table)) return;
    if (total_of(analysis_, text).value == analysis_.claims[table].stated) return;
    std::string message = analysis_.places[analysis_.claims[text].paragraph].description + " says " +
                          subject(text) + "; " + says(table);
    findings_.push_back(
        finding_at(analysis_, analysis_.claims[text], "indicator-mismatch", Severity::error, message));
  }

  /// "the 14 States Parties ..." restating a total that an earlier paragraph gives as 13.
  void totals() {
    // Earlier totals restated with "the", by the words that define them: a few per value, so that
    // thousands of restatements of one total cost linear time.
    std::unordered_map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t later_index : narrative_) {
      const CountClaim& later = analysis_.claims[later_index];
      if (!later.definite) continue;
      bool reported = false;
      for (std::size_t earlier_index : narrative_index_.candidates(later, 4)) {
        if (earlier_index >= later_index) break;
        const CountClaim& earlier = analysis_.claims[earlier_index];
        if (earlier.stated == later.stated || !likeness(later, earlier, 4)) continue;
        report_total(later_index, earlier_index);
        reported = true;
        break;
      }
      std::vector<std::string> defining = defining_words(later);
      for (const std::string& word : defining) {  // "the 13 States parties with stockpiles"
        if (reported) break;
        for (std::size_t earlier_index : groups[word]) {
          const CountClaim& earlier = analysis_.claims[earlier_index];
          if (earlier.stated == later.stated || !names_one_group(earlier, later)) continue;
          report_total(later_index, earlier_index);
          reported = true;
          break;
        }
      }
      for (const std::string& word : defining) {
        std::vector<std::size_t>& kept = groups[word];
        bool value_kept = std::any_of(kept.begin(), kept.end(), [&](std::size_t k) {
          return analysis_.claims[k].stated == later.stated;
        });
        if (!value_kept && kept.size() < 8) kept.push_back(later_index);
      }
    }
  }

  void report_total(std::size_t later_index, std::size_t earlier_index) {
    if (both_anchored(later_index, earlier_index)) return;
    const CountClaim& later = analysis_.claims[later_index];
    findings_.push_back(finding_at(analysis_, later, "total-mismatch", Severity::error,
                                   analysis_.places[later.paragraph].description + " speaks of the " +
                                       subject(later_index) + "; " + says(earlier_index)));
  }

  /// The words that say which States a total restated with "the" is of: the object of the
  /// preposition after the noun ("with stockpiles"), or the relative clause up to the comma ("that
  /// have declared obligations to destroy stockpiles"); empty when a verb follows the noun.
  std::vector<std::string> defining_words(const CountClaim& claim) const {
    const Vocabulary& words = analysis_.context.data.vocabulary;
    std::istringstream in(claim.predicate.substr(0, claim.predicate.find_first_of(",;(:")));
    std::vector<std::string> written;
    for (std::string word; in >> word;) {
      word = lower_ascii(word);
      while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
      if (!word.empty()) written.push_back(word);
    }
    if (written.empty()) return {};
    bool relative = words.has("relatives", written.front());
    if (!relative && !words.has("qualifying-prepositions", written.front())) return {};
    std::vector<std::string> stems;  // numbers kept: "Article 3 obligations" is not "Article 5 obligations"
    for (std::size_t i = 1; i < written.size(); ++i) {
      bool stop = words.has("topic-stop", written[i]);
      if (stop && !relative) break;  // the preposition's object ends at the next function word ...
      if (!stop)
        stems.push_back(std::isdigit(static_cast<unsigned char>(written[i][0])) ? written[i]
                                                                                : words.stem(written[i]));
      if (!relative && (written[i].back() == 's' || i + 1 == written.size() || stems.size() == 4))
        break;  // ... or its noun
    }
    return stems;
  }

  /// True when two totals restated with "the" name one group: the same kind of States, and every
  /// word that defines the one defines the other ("the 13 States parties with stockpiles", "the 14
  /// States parties that have declared obligations to destroy stockpiles").
  bool names_one_group(const CountClaim& a, const CountClaim& b) const {
    if (a.paragraph == b.paragraph || !same_family(a.category, b.category) || a.of_total || b.of_total ||
        a.list || b.list)
      return false;
    std::vector<std::string> one = defining_words(a), other = defining_words(b);
    if (one.empty() || other.empty()) return false;
    const std::vector<std::string>& shorter = one.size() <= other.size() ? one : other;
    const std::vector<std::string>& longer = one.size() <= other.size() ? other : one;
    for (const std::string& word : shorter)
      if (std::find(longer.begin(), longer.end(), word) == longer.end()) return false;
    return true;
  }

  const Analysis& analysis_;
  std::vector<Finding>& findings_;
  std::vector<std::size_t> tables_, summaries_, narrative_;
  TopicIndex table_index_, narrative_index_;
};

}  // namespace

void check_restatements(const Analysis& analysis, std::vector<Finding>& findings) {
  Restatements(analysis, findings).run();
}

}  // namespace mspdoc
