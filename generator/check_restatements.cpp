// indicator-mismatch and total-mismatch: one figure stated twice with two values, in the summary,
// an indicator table and the narrative.

#include <algorithm>
#include <optional>

#include "checker.h"

namespace mspdoc {
namespace {

bool same_family(Category a, Category b) {
  auto family = [](Category c) { return c == Category::states || c == Category::observers ? Category::states_parties : c; };
  return family(a) == family(b);
}

/// How many topic words two claims share, when they are close enough to state one figure: the
/// same main verb and most words shared, or very many words shared.
std::optional<std::size_t> likeness(const CountClaim& a, const CountClaim& b, std::size_t at_least = 3) {
  if (a.paragraph == b.paragraph || !same_family(a.category, b.category) || a.topic.empty() || b.topic.empty())
    return std::nullopt;
  if (a.of_total.has_value() != b.of_total.has_value()) return std::nullopt;  // "51 of 103" is another measure
  std::size_t shared = 0;
  for (const std::string& word : a.topic)
    if (std::find(b.topic.begin(), b.topic.end(), word) != b.topic.end()) ++shared;
  double ratio = double(shared) / double(std::min(a.topic.size(), b.topic.size()));
  bool same_verb = a.topic.front() == b.topic.front();
  if ((same_verb && shared >= at_least && ratio >= 0.4) || (shared >= std::max<std::size_t>(5, at_least) && ratio >= 0.6))
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
  if (total.shown.find('+') != std::string::npos) total.shown = std::to_string(total.value) + " (" + total.shown + ")";
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

class Restatements {
 public:
  Restatements(const Analysis& analysis, std::vector<Finding>& findings) : analysis_(analysis), findings_(findings) {
    for (std::size_t k = 0; k < analysis.claims.size(); ++k) {
      Place::Kind kind = analysis.places[analysis.claims[k].paragraph].kind;
      if (kind == Place::Kind::table) tables_.push_back(k);
      else if (kind == Place::Kind::summary) summaries_.push_back(k);
      else if (kind == Place::Kind::body && (analysis.claims[k].list || analysis.claims[k].definite) &&
               analysis.claims[k].relation != Relation::additional)
        narrative_.push_back(k);
    }
  }

  void run() {
    std::vector<bool> table_done(analysis_.claims.size(), false);
    for (std::size_t s : summaries_) {
      auto table = best(s, tables_);
      if (!table) continue;
      table_done[*table] = true;
      report(s, *table, best(s, narrative_, 4));
    }
    // Narrative that restates an indicator: several States, and closely worded.
    for (std::size_t t : tables_) {
      if (table_done[t]) continue;
      auto text = best(t, narrative_, 4);
      if (text && analysis_.claims[*text].stated > 1 && best(*text, tables_, 4) == t) report_pair(*text, t);
    }
    totals();
  }

 private:
  std::optional<std::size_t> best(std::size_t from, const std::vector<std::size_t>& pool, std::size_t at_least = 3) const {
    std::optional<std::size_t> chosen;
    std::size_t most = 0;
    for (std::size_t k : pool) {
      auto shared = likeness(analysis_.claims[from], analysis_.claims[k], at_least);
      if (shared && *shared > most) most = *shared, chosen = k;
    }
    return chosen;
  }

  std::string says(std::size_t k) const {
    return analysis_.places[analysis_.claims[k].paragraph].description + " says " + total_of(analysis_, k).shown;
  }

  std::string subject(std::size_t k) const {
    const CountClaim& claim = analysis_.claims[k];
    return std::to_string(claim.stated) + " " + claim.noun + " " + first_words(claim.predicate, 9);
  }

  /// A summary bullet against the table row it restates (and the narrative, when that differs too).
  void report(std::size_t summary, std::size_t table, std::optional<std::size_t> text) {
    long stated = analysis_.claims[summary].stated;
    if (analysis_.claims[table].stated == stated) return;
    std::vector<std::string> others = {says(table)};
    if (text && total_of(analysis_, *text).value != stated) others.push_back(says(*text));
    std::string message = analysis_.places[analysis_.claims[summary].paragraph].description + " says " + subject(summary);
    for (const std::string& other : others) message += "; " + other;
    findings_.push_back(finding_at(analysis_, analysis_.claims[summary], "indicator-mismatch", Severity::error, message));
  }

  void report_pair(std::size_t text, std::size_t table) {
    if (total_of(analysis_, text).value == analysis_.claims[table].stated) return;
    std::string message = analysis_.places[analysis_.claims[text].paragraph].description + " says " + subject(text) +
                          "; " + says(table);
    findings_.push_back(finding_at(analysis_, analysis_.claims[text], "indicator-mismatch", Severity::error, message));
  }

  /// "the 14 States Parties ..." restating a total that an earlier paragraph gives as 13.
  void totals() {
    for (std::size_t i = 0; i < narrative_.size(); ++i) {
      const CountClaim& later = analysis_.claims[narrative_[i]];
      if (!later.definite) continue;
      for (std::size_t j = 0; j < i; ++j) {
        const CountClaim& earlier = analysis_.claims[narrative_[j]];
        if (earlier.stated == later.stated || !likeness(later, earlier, 4)) continue;
        findings_.push_back(finding_at(analysis_, later, "total-mismatch", Severity::error,
                                       analysis_.places[later.paragraph].description + " speaks of the " +
                                           subject(narrative_[i]) + "; " + says(narrative_[j])));
        break;
      }
    }
  }

  const Analysis& analysis_;
  std::vector<Finding>& findings_;
  std::vector<std::size_t> tables_, summaries_, narrative_;
};

}  // namespace

void check_restatements(const Analysis& analysis, std::vector<Finding>& findings) {
  Restatements(analysis, findings).run();
}

}  // namespace mspdoc
