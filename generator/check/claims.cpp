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

/// The number tokens[i...] state and how many tokens it takes; nullopt when none.
std::optional<std::pair<long, std::size_t>> number_at(const std::vector<Token>& tokens, std::size_t i,
                                                      const Vocabulary& words) {
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
  auto value = parse_count(token.lower, words);
  if (!value || *value == 100) return std::nullopt;
  std::size_t used = 1;
  auto word_at = [&](std::size_t k) {
    return i + k < tokens.size() ? words.number_word(tokens[i + k].lower) : std::nullopt;
  };
  if (*value >= 1 && *value <= 9 && word_at(1) == 100) {  // "one hundred and twelve"
    *value *= 100, used = 2;
    bool joined = i + 2 < tokens.size() && words.has("joins", tokens[i + 2].lower);
    if (auto rest = i + used + joined < tokens.size() ? parse_count(tokens[i + used + joined].lower, words)
                                                      : std::nullopt;
        rest && *rest < 100)
      *value += *rest, used += 1 + joined;
  }
  if (*value >= 20 && *value % 10 == 0 && *value < 100) {  // "twenty four"
    if (auto unit = word_at(used); unit && *unit >= 1 && *unit <= 9) *value += *unit, ++used;
  }
  return std::make_pair(*value, used);
}

Category category_named(const std::string& name) {
  if (name == "states-parties") return Category::states_parties;
  if (name == "signatories") return Category::signatories;
  if (name == "non-parties") return Category::non_parties;
  if (name == "observers") return Category::observers;
  return Category::states;
}

/// The noun of counted States at tokens[i...]: its category and length in tokens.
std::optional<std::pair<Category, std::size_t>> noun_at(const std::vector<Token>& tokens, std::size_t i,
                                                        const Vocabulary& words) {
  for (const CountNoun& noun : words.nouns()) {
    if (i + noun.words.size() > tokens.size()) continue;
    bool match = true;
    for (std::size_t k = 0; k < noun.words.size() && match; ++k) match = tokens[i + k].lower == noun.words[k];
    if (match) return std::make_pair(category_named(noun.category), noun.words.size());
  }
  return std::nullopt;
}

/// True when tokens[i] may stand between a count and its noun, as an adjective does.
bool between_count_and_noun(const std::vector<Token>& tokens, std::size_t i, const Vocabulary& words) {
  const Token& token = tokens[i];
  return token.word && !std::isdigit(static_cast<unsigned char>(token.text[0])) &&
         !words.has("not-between", token.lower) && !words.number_word(token.lower);
}

/// True when tokens[i] is a number that counts something: not "Article 3", "Action 17", a year,
/// a day of a date or part of "3.6".
bool count_like(const std::vector<Token>& tokens, std::size_t i, const Vocabulary& words) {
  if (!number_at(tokens, i, words)) return false;
  const std::string& word = tokens[i].lower;
  if (std::isdigit(static_cast<unsigned char>(word[0])) && word.size() == 4) return false;  // a year
  if (i > 0 && words.has("count-labels", tokens[i - 1].lower)) return false;
  bool after_decimal_point = i >= 2 && tokens[i - 1].text == "." && tokens[i - 1].end == tokens[i].begin &&
                             tokens[i - 2].end == tokens[i - 1].begin &&
                             std::isdigit(static_cast<unsigned char>(tokens[i - 2].text[0]));
  if (after_decimal_point) return false;
  if (i + 1 < tokens.size() && words.has("months", tokens[i + 1].lower)) return false;
  if (i > 0 && words.has("months", tokens[i - 1].lower)) return false;
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
                  const Organizations& organizations, const Vocabulary& words)
      : document_(document),
        index_(paragraph),
        text_(document.paragraphs[paragraph].text),
        tokens_(tokenize(text_)),
        registry_(registry),
        organizations_(organizations),
        words_(words) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) counts_.push_back(count_like(tokens_, i, words_));
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
  const Vocabulary& words_;
  std::vector<CountClaim> claims_;
};

std::optional<CountClaim> ParagraphClaims::claim_at(std::size_t i, std::size_t& consumed) {
  if (!counts_[i]) return std::nullopt;
  auto number = number_at(tokens_, i, words_);
  CountClaim claim;
  claim.paragraph = index_;
  claim.begin = tokens_[i].begin;
  claim.stated = number->first;
  claim.stated_text = text_.substr(tokens_[i].begin, tokens_[i + number->second - 1].end - tokens_[i].begin);
  std::size_t j = i + number->second;
  bool out_of =
      j + 1 < tokens_.size() && words_.has("out", tokens_[j].lower) && words_.has("of", tokens_[j + 1].lower);
  if (j + 1 < tokens_.size() && (words_.has("of", tokens_[j].lower) || out_of)) {
    std::size_t k = j + (out_of ? 2 : 1);
    if (k < tokens_.size() && words_.has("articles", tokens_[k].lower)) ++k;
    if (k < tokens_.size()) {
      if (auto total = number_at(tokens_, k, words_)) {
        claim.of_total = total->first;
        j = k + total->second;
      }
    }
  }
  std::string qualifiers;
  std::size_t adjectives = 0;  // any words may stand before the noun: "Three European States Parties"
  while (adjectives < 3 && j + adjectives < tokens_.size() && !noun_at(tokens_, j + adjectives, words_) &&
         between_count_and_noun(tokens_, j + adjectives, words_))
    ++adjectives;
  if (j + adjectives < tokens_.size() && noun_at(tokens_, j + adjectives, words_)) {
    for (std::size_t q = 0; q < adjectives; ++q, ++j) {
      if (words_.has("additions", tokens_[j].lower)) claim.relation = Relation::additional;
      qualifiers += tokens_[j].text + " ";
    }
  }
  if (j < tokens_.size()) {
    if (auto noun = noun_at(tokens_, j, words_)) {
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
  if (words_.has("definite", before(1))) claim.definite = true;
  if (words_.has("additions", before(1))) claim.relation = Relation::additional;
  std::string previous = before(1) == "," ? before(2) : before(1);
  std::string previous2 = before(1) == "," ? before(3) : before(2);
  if (words_.has("of", previous2) && words_.has("subset-after-of", previous))
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
    claim.topic = topic_stems(predicate, words_);
  }
  return claims_;
}

}  // namespace

std::optional<long> parse_count(const std::string& written, const Vocabulary& words) {
  std::string lower = lower_ascii(written);
  if (!lower.empty() && std::all_of(lower.begin(), lower.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return lower.size() <= 4 ? std::optional<long>(std::stol(lower)) : std::nullopt;
  for (char separator : {'-', ' '}) {
    auto split = lower.find(separator);
    if (split == std::string::npos) continue;
    auto tens = words.number_word(lower.substr(0, split));
    auto unit = words.number_word(lower.substr(split + 1));
    if (tens && unit && *tens >= 20 && *tens < 100 && *tens % 10 == 0 && *unit >= 1 && *unit <= 9)
      return *tens + *unit;
    return std::nullopt;
  }
  return words.number_word(lower);
}

std::vector<std::string> topic_stems(const std::string& text, const Vocabulary& words, std::size_t limit) {
  std::vector<std::string> stems;
  for (const Token& token : tokenize(text)) {
    if (!token.word || std::isdigit(static_cast<unsigned char>(token.text[0]))) continue;
    std::string stemmed = words.stem(token.lower);
    if (stemmed.size() < 2 || words.has("topic-stop", token.lower) || words.has("topic-stop", stemmed))
      continue;
    if (std::find(stems.begin(), stems.end(), stemmed) == stems.end()) stems.push_back(stemmed);
    if (stems.size() >= limit) break;
  }
  return stems;
}

std::vector<long> count_numbers(const std::string& text, const Vocabulary& words) {
  std::vector<Token> tokens = tokenize(text);
  std::vector<long> numbers;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (count_like(tokens, i, words)) {
      auto number = number_at(tokens, i, words);
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
                                       const StateRegistry& registry, const Organizations& organizations,
                                       const Vocabulary& words) {
  std::vector<CountClaim> claims =
      ParagraphClaims(document, paragraph, registry, organizations, words).extract();
  if (claims.empty())
    if (auto labelled = labelled_count(document, paragraph, registry, organizations))
      claims.push_back(*labelled);
  return claims;
}

}  // namespace mspdoc
