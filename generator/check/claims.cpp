#include "check/claims.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <ostream>
#include <set>

#include "core/text.h"

namespace mspdoc {
namespace {

/// A word or a single mark of a paragraph's text, with its place.
struct Token {
  std::string text;
  std::string lower;
  std::size_t begin = 0, end = 0;
  bool word = false;
};

bool word_byte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'';
}

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (word_byte(c)) {
      while (i < text.size() &&
             (word_byte(static_cast<unsigned char>(text[i])) ||
              (text[i] == '-' && i + 1 < text.size() && word_byte(static_cast<unsigned char>(text[i + 1])))))
        ++i;
    } else {
      ++i;
    }
    Token token{text.substr(start, i - start), "", start, i, word_byte(c)};
    token.lower = lower_ascii(token.text);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

const std::map<std::string, long>& number_words() {
  static const std::map<std::string, long> kWords = {
      {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},  {"ninety", 90}};
  return kWords;
}

/// The number tokens[i...] state and how many tokens it takes; nullopt when none.
std::optional<std::pair<long, std::size_t>> number_at(const std::vector<Token>& tokens, std::size_t i) {
  const Token& token = tokens[i];
  if (!token.word) return std::nullopt;
  if (std::all_of(token.text.begin(), token.text.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (token.text.size() > 4) return std::nullopt;
    bool decimal = i + 2 < tokens.size() && tokens[i + 1].text == "." && tokens[i + 1].begin == token.end &&
                   std::isdigit(static_cast<unsigned char>(tokens[i + 2].text[0])) &&
                   tokens[i + 2].begin == tokens[i + 1].end;
    if (decimal) return std::nullopt;
    return std::make_pair(std::stol(token.text), std::size_t(1));
  }
  if (token.lower.size() < 3 || token.lower.size() > 14) return std::nullopt;  // "one" .. "seventy-seven"
  auto value = parse_count(token.lower);
  if (!value) return std::nullopt;
  const auto& words = number_words();
  if (*value >= 20 && *value % 10 == 0 && i + 1 < tokens.size()) {  // "twenty four"
    auto unit = words.find(tokens[i + 1].lower);
    if (unit != words.end() && unit->second >= 1 && unit->second <= 9)
      return std::make_pair(*value + unit->second, std::size_t(2));
  }
  return std::make_pair(*value, std::size_t(1));
}

bool any_of(const std::string& word, std::initializer_list<const char*> options) {
  for (const char* option : options)
    if (word == option) return true;
  return false;
}

/// The category noun at tokens[i...]: its category and length in tokens.
std::optional<std::pair<Category, std::size_t>> noun_at(const std::vector<Token>& tokens, std::size_t i) {
  auto at = [&](std::size_t k) -> const std::string& {
    static const std::string kNone;
    return i + k < tokens.size() ? tokens[i + k].lower : kNone;
  };
  bool state_word = any_of(at(0), {"states", "state", "sates"});
  if (state_word && any_of(at(1), {"parties", "party"}))
    return std::make_pair(Category::states_parties, std::size_t(2));
  if (state_word && at(1) == "not" && any_of(at(2), {"party", "parties"}))
    return std::make_pair(Category::non_parties, std::size_t(3));
  if (state_word && at(1) == "signatories") return std::make_pair(Category::signatories, std::size_t(2));
  if (any_of(at(0), {"sps", "sp"})) return std::make_pair(Category::states_parties, std::size_t(1));
  if (any_of(at(0), {"signatory", "signatories"}) && any_of(at(1), {"states", "state"}))
    return std::make_pair(Category::signatories, std::size_t(2));
  if (at(0) == "observer" && any_of(at(1), {"states", "state"}))
    return std::make_pair(Category::observers, std::size_t(2));
  if (state_word || any_of(at(0), {"countries", "country"}))
    return std::make_pair(Category::states, std::size_t(1));
  return std::nullopt;
}

bool is_qualifier(const std::string& word) {
  return any_of(word, {"new", "other", "additional", "more", "affected", "donor", "remaining", "further",
                       "individual"});
}

bool is_additional(const std::string& word) {
  return any_of(word, {"other", "additional", "more", "further", "another"});
}

/// True when tokens[i] is a number that counts something: not "Article 3", "Action 17", a year,
/// a day of a date or part of "3.6".
bool count_like(const std::vector<Token>& tokens, std::size_t i) {
  if (!number_at(tokens, i)) return false;
  const std::string& word = tokens[i].lower;
  if (std::isdigit(static_cast<unsigned char>(word[0])) && word.size() == 4) return false;  // a year
  static const std::set<std::string> kLabels = {"article",    "articles", "action", "actions",  "paragraph",
                                                "paragraphs", "para",     "item",   "items",    "resolution",
                                                "rule",       "no",       "annex",  "protocol", "table",
                                                "chapter",    "section",  "page",   "figure"};
  if (i > 0 && kLabels.count(tokens[i - 1].lower)) return false;
  bool after_decimal_point = i >= 2 && tokens[i - 1].text == "." && tokens[i - 1].end == tokens[i].begin &&
                             tokens[i - 2].end == tokens[i - 1].begin &&
                             std::isdigit(static_cast<unsigned char>(tokens[i - 2].text[0]));
  if (after_decimal_point) return false;
  static const std::set<std::string> kMonths = {"january",   "february", "march",    "april",
                                                "may",       "june",     "july",     "august",
                                                "september", "october",  "november", "december"};
  if (i + 1 < tokens.size() && kMonths.count(tokens[i + 1].lower)) return false;
  if (i > 0 && kMonths.count(tokens[i - 1].lower)) return false;
  return true;
}

/// Where the clause that holds a claim ends: a full stop, question mark or semicolon outside
/// parentheses, or `limit`.
std::size_t clause_end(const std::string& text, std::size_t from, std::size_t limit) {
  int depth = 0;
  for (std::size_t i = from; i < limit && i < text.size(); ++i) {
    char c = text[i];
    if (c == '(')
      ++depth;
    else if (c == ')' && depth > 0)
      --depth;
    else if (depth == 0 && (c == ';' || c == '?' || c == '!'))
      return i;
    else if (depth == 0 && c == '.' && (i + 1 == text.size() || text[i + 1] == ' ') &&
             !(i >= 2 && text.compare(i - 2, 2, "No") == 0) && !(i >= 2 && text.compare(i - 2, 2, "St") == 0))
      return i;
  }
  return std::min(limit, text.size());
}

/// The text from an opening parenthesis at `open` to its match; reads on into the following
/// paragraphs when a paragraph break interrupts the list. nullopt when it never closes.
std::optional<std::string> parenthetical(const DraftDocument& document, std::size_t paragraph,
                                         std::size_t open) {
  std::string text = document.paragraphs[paragraph].text;
  int depth = 0;
  for (std::size_t i = open, next = paragraph + 1;; ++i) {
    if (i >= text.size()) {
      if (next >= document.paragraphs.size() || next > paragraph + 2 ||
          document.paragraphs[next].is_heading())
        return std::nullopt;
      text += " " + document.paragraphs[next++].text;
    }
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return text.substr(open + 1, i - open - 1);
  }
}

class ParagraphClaims {
 public:
  ParagraphClaims(const DraftDocument& document, std::size_t paragraph, const StateRegistry& registry,
                  const Organizations& organizations)
      : document_(document),
        index_(paragraph),
        text_(document.paragraphs[paragraph].text),
        tokens_(tokenize(text_)),
        registry_(registry),
        organizations_(organizations) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) counts_.push_back(count_like(tokens_, i));
  }

  std::vector<CountClaim> extract();

 private:
  std::optional<CountClaim> claim_at(std::size_t i, std::size_t& consumed);
  void relate(CountClaim& claim, std::size_t first_token);
  void find_list(CountClaim& claim, std::size_t scope_end);
  std::optional<StateList> list_of_states(const std::string& text) const {
    StateList list = parse_state_list(text, registry_, organizations_);
    if (list.is_list_of_states()) return list;
    return std::nullopt;
  }

  const DraftDocument& document_;
  std::size_t index_;
  const std::string& text_;
  std::vector<Token> tokens_;
  std::vector<bool> counts_;  ///< whether each token is a number that counts something
  const StateRegistry& registry_;
  const Organizations& organizations_;
  std::vector<CountClaim> claims_;
};

std::optional<CountClaim> ParagraphClaims::claim_at(std::size_t i, std::size_t& consumed) {
  if (!counts_[i]) return std::nullopt;
  auto number = number_at(tokens_, i);
  CountClaim claim;
  claim.paragraph = index_;
  claim.begin = tokens_[i].begin;
  claim.stated = number->first;
  claim.stated_text = text_.substr(tokens_[i].begin, tokens_[i + number->second - 1].end - tokens_[i].begin);
  std::size_t j = i + number->second;
  if (j + 1 < tokens_.size() &&
      (tokens_[j].lower == "of" || (tokens_[j].lower == "out" && tokens_[j + 1].lower == "of"))) {
    std::size_t k = j + (tokens_[j].lower == "out" ? 2 : 1);
    if (k < tokens_.size() && tokens_[k].lower == "the") ++k;
    if (k < tokens_.size()) {
      if (auto total = number_at(tokens_, k)) {
        claim.of_total = total->first;
        j = k + total->second;
      }
    }
  }
  std::string qualifiers;
  for (int q = 0; q < 2 && j < tokens_.size() && is_qualifier(tokens_[j].lower); ++q, ++j) {
    if (is_additional(tokens_[j].lower)) claim.relation = Relation::additional;
    qualifiers += tokens_[j].text + " ";
  }
  if (j < tokens_.size()) {
    if (auto noun = noun_at(tokens_, j)) {
      claim.category = noun->first;
      claim.end = tokens_[j + noun->second - 1].end;
      claim.noun = qualifiers + text_.substr(tokens_[j].begin, claim.end - tokens_[j].begin);
      consumed = j + noun->second - i;
      return claim;
    }
  }
  // A bare count directly before a list: "Of the 11 States Parties ..., seven (Belgium, ...)".
  std::size_t after = i + number->second;
  if (qualifiers.empty() && !claim.of_total && after < tokens_.size() && tokens_[after].text == "(" &&
      !claims_.empty()) {
    claim.category = claims_.back().category;
    claim.noun = claims_.back().noun;
    claim.end = tokens_[i + number->second - 1].end;
    consumed = number->second;
    return claim;
  }
  return std::nullopt;
}

void ParagraphClaims::relate(CountClaim& claim, std::size_t first) {
  auto before = [&](std::size_t back) -> std::string {
    return first >= back ? tokens_[first - back].lower : "";
  };
  if (before(1) == "the" || before(1) == "all") claim.definite = true;
  if (any_of(before(1), {"additional", "another", "further"})) claim.relation = Relation::additional;
  std::string previous = before(1) == "," ? before(2) : before(1);
  std::string previous2 = before(1) == "," ? before(3) : before(2);
  if (previous2 == "of" && any_of(previous, {"these", "those", "them", "which"}))
    claim.relation = Relation::subset;
  bool bare = claim.end == tokens_[first].end || claim.noun == (claims_.empty() ? "" : claims_.back().noun);
  if (!claims_.empty() && claims_.back().definite && bare && claim.relation == Relation::none &&
      text_.compare(claim.end, 2, " (") == 0)
    claim.relation = Relation::subset;
}

void ParagraphClaims::find_list(CountClaim& claim, std::size_t scope_end) {
  const DraftParagraph& paragraph = document_.paragraphs[index_];
  std::size_t best_place = scope_end;
  for (const NoteReference& note : paragraph.notes) {
    if (note.offset < claim.end || note.offset > scope_end) continue;
    const DraftFootnote* footnote = document_.footnote(note.id);
    if (!footnote) continue;
    if (auto list = list_of_states(footnote->text)) {
      claim.list = list;
      claim.list_footnote = note.id;
      best_place = note.offset;
    }
    break;
  }
  int depth = 0;
  for (std::size_t i = claim.end; i < scope_end && i < best_place; ++i) {
    char c = text_[i];
    if (c == '(' && depth++ == 0) {
      auto inside = parenthetical(document_, index_, i);
      if (!inside) return;
      if (auto list = list_of_states(*inside)) {
        claim.list = list;
        claim.list_footnote.clear();
        return;
      }
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (c == ':' && depth == 0) {
      std::size_t end = clause_end(text_, i + 1, text_.size());
      if (auto list = list_of_states(text_.substr(i + 1, end - i - 1))) {
        claim.list = list;
        claim.list_footnote.clear();
      }
      return;
    }
  }
}

std::vector<CountClaim> ParagraphClaims::extract() {
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    std::size_t consumed = 0;
    auto claim = claim_at(i, consumed);
    if (!claim) continue;
    relate(*claim, i);
    claims_.push_back(*claim);
    i += consumed - 1;
  }
  for (std::size_t k = 0; k < claims_.size(); ++k) {
    CountClaim& claim = claims_[k];
    std::size_t next = k + 1 < claims_.size() ? claims_[k + 1].begin : text_.size();
    for (std::size_t t = 0; t < tokens_.size(); ++t)
      if (tokens_[t].begin >= claim.end && tokens_[t].begin < next && counts_[t]) next = tokens_[t].begin;
    std::size_t scope = clause_end(text_, claim.end, std::min(next, claim.end + 400));
    find_list(claim, scope);
    std::string predicate = text_.substr(claim.end, scope - claim.end);
    if (auto colon = predicate.find(':'); colon != std::string::npos && claim.list) predicate.erase(colon);
    if (auto open = predicate.find('(');
        open != std::string::npos && claim.list && claim.list_footnote.empty()) {
      auto close = predicate.find(')', open);
      predicate.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    claim.predicate = predicate;
    claim.topic = topic_stems(predicate);
  }
  return claims_;
}

const std::set<std::string>& function_words() {
  static const std::set<std::string> kWords = {
      "the",       "a",      "an",     "of",     "in",      "on",           "to",    "for",     "and",
      "or",        "with",   "by",     "from",   "their",   "its",          "it",    "have",    "has",
      "hav",       "had",    "been",   "be",     "is",      "are",          "was",   "were",    "that",
      "which",     "who",    "this",   "these",  "those",   "as",           "at",    "into",    "under",
      "during",    "period", "review", "report", "state",   "party",        "parti", "sp",      "affect",
      "donor",     "new",    "other",  "all",    "also",    "specifically", "such",  "so",      "do",
      "not",       "no",     "them",   "they",   "there",   "than",         "then",  "per",     "via",
      "both",      "each",   "any",    "some",   "own",     "whose",        "where", "while",   "whilst",
      "since",     "until",  "within", "among",  "amongst", "between",      "about", "through", "hence",
      "therefore", "thus",   "well",   "upon",   "out",     "its",          "may",   "can",     "will",
      "would",     "should", "and/or", "s",      "sps"};
  return kWords;
}

std::string stem(std::string word) {
  for (const char* quote : {"'s", "\u2019s"})
    if (word.size() > 3 &&
        word.compare(word.size() - std::string(quote).size(), std::string(quote).size(), quote) == 0)
      word.erase(word.size() - std::string(quote).size());
  auto ends = [&](const char* tail) {
    std::size_t n = std::string(tail).size();
    return word.size() > n + 2 && word.compare(word.size() - n, n, tail) == 0;
  };
  if (ends("ies")) return word.substr(0, word.size() - 3) + "y";
  if (ends("ing")) return word.substr(0, word.size() - 3);
  if (ends("ed")) return word.substr(0, word.size() - 2);
  if (ends("es") && !ends("ses")) return word.substr(0, word.size() - 1);
  if (ends("s") && !ends("ss")) return word.substr(0, word.size() - 1);
  return word;
}

}  // namespace

std::optional<long> parse_count(const std::string& words) {
  std::string lower = lower_ascii(words);
  if (!lower.empty() && std::all_of(lower.begin(), lower.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return lower.size() <= 4 ? std::optional<long>(std::stol(lower)) : std::nullopt;
  const auto& table = number_words();
  for (char separator : {'-', ' '}) {
    auto split = lower.find(separator);
    if (split == std::string::npos) continue;
    auto tens = table.find(lower.substr(0, split));
    auto unit = table.find(lower.substr(split + 1));
    if (tens != table.end() && unit != table.end() && tens->second >= 20 && tens->second % 10 == 0 &&
        unit->second >= 1 && unit->second <= 9)
      return tens->second + unit->second;
    return std::nullopt;
  }
  auto found = table.find(lower);
  return found == table.end() ? std::nullopt : std::optional<long>(found->second);
}

std::vector<std::string> topic_stems(const std::string& text, std::size_t limit) {
  std::vector<std::string> stems;
  for (const Token& token : tokenize(text)) {
    if (!token.word || std::isdigit(static_cast<unsigned char>(token.text[0]))) continue;
    std::string stemmed = stem(token.lower);
    if (stemmed.size() < 2 || function_words().count(token.lower) || function_words().count(stemmed))
      continue;
    if (std::find(stems.begin(), stems.end(), stemmed) == stems.end()) stems.push_back(stemmed);
    if (stems.size() >= limit) break;
  }
  return stems;
}

std::vector<long> count_numbers(const std::string& text) {
  std::vector<Token> tokens = tokenize(text);
  std::vector<long> numbers;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (count_like(tokens, i)) {
      auto number = number_at(tokens, i);
      numbers.push_back(number->first);
      i += number->second - 1;
    }
  return numbers;
}

std::string category_noun(Category category) {
  switch (category) {
    case Category::states_parties:
      return "States Parties";
    case Category::signatories:
      return "signatory States";
    case Category::non_parties:
      return "States not party";
    case Category::observers:
      return "observer States";
    case Category::states:
      return "States";
  }
  return "States";
}

std::ostream& operator<<(std::ostream& out, Category category) {
  return out << category_noun(category);
}

namespace {

/// A short label opening a paragraph with a count in parentheses, "Africa (17)", followed by its
/// list (on the same line, after a line break, or in the next paragraph): how status pages
/// group States by region.
std::optional<CountClaim> labelled_count(const DraftDocument& document, std::size_t paragraph,
                                         const StateRegistry& registry, const Organizations& organizations) {
  const std::string& text = document.paragraphs[paragraph].text;
  std::size_t open = text.find(" (");
  if (open == std::string::npos || open == 0 || open > 40) return std::nullopt;
  std::size_t close = text.find(')', open);
  if (close == std::string::npos || close - open < 3 || close - open > 5) return std::nullopt;
  std::string figures = text.substr(open + 2, close - open - 2);
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  std::string label = text.substr(0, open);
  bool short_label = std::count(label.begin(), label.end(), ' ') < 4 &&
                     std::none_of(label.begin(), label.end(), digit) &&
                     std::isupper(static_cast<unsigned char>(label[0]));
  if (!short_label || !std::all_of(figures.begin(), figures.end(), digit)) return std::nullopt;
  std::string rest = text.substr(close + 1);
  bool own_line = rest.find_first_not_of(" \t") == std::string::npos;
  if (own_line &&
      (paragraph + 1 >= document.paragraphs.size() || document.paragraphs[paragraph + 1].is_heading()))
    return std::nullopt;
  StateList list =
      parse_state_list(own_line ? document.paragraphs[paragraph + 1].text : rest, registry, organizations);
  if (!list.is_list_of_states()) return std::nullopt;
  CountClaim claim;
  claim.paragraph = paragraph;
  claim.begin = open + 2;
  claim.end = close;
  claim.stated = std::stol(figures);
  claim.stated_text = figures;
  claim.noun = "States";
  claim.list = std::move(list);
  return claim;
}

}  // namespace

std::vector<CountClaim> extract_claims(const DraftDocument& document, std::size_t paragraph,
                                       const StateRegistry& registry, const Organizations& organizations) {
  std::vector<CountClaim> claims = ParagraphClaims(document, paragraph, registry, organizations).extract();
  if (claims.empty())
    if (auto labelled = labelled_count(document, paragraph, registry, organizations))
      claims.push_back(*labelled);
  return claims;
}

}  // namespace mspdoc
