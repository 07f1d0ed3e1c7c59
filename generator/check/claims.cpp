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
/// A word or a mark of a paragraph. `text` views the tokenized string, which outlives it.
struct Token {
  std::string_view text;
  std::string lower;
  std::size_t begin = 0, end = 0;
  bool word = false;
};

bool word_byte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'';
}

/// The length of a space at text[i]: an ASCII space, or a Unicode one ("9\u00a0States", a
/// narrow no-break space, a thin space); 0 when there is none.
std::size_t space_at(const std::string& text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return std::isspace(c) ? 1 : 0;
  if (c != 0xC2 && c != 0xE2 && c != 0xE3) return 0;  // the lead bytes of the spaces below
  for (std::string_view space : {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u2002", "\u2003",
                                 "\u2004", "\u2005", "\u2006", "\u2008", "\u205f", "\u3000"})
    if (text.compare(i, space.size(), space) == 0) return space.size();
  return 0;
}

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 3 + 1);
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::size_t space = space_at(text, i)) {
      i += space;
      continue;
    }
    std::size_t start = i;
    if (word_byte(c)) {
      while (i < text.size() && space_at(text, i) == 0 &&
             (word_byte(static_cast<unsigned char>(text[i])) ||
              (text[i] == '-' && i + 1 < text.size() && word_byte(static_cast<unsigned char>(text[i + 1])))))
        ++i;
    } else {
      ++i;
    }
    std::string_view written = std::string_view(text).substr(start, i - start);
    tokens.push_back(Token{written, lower_ascii(std::string(written)), start, i, word_byte(c)});
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
    return std::make_pair(std::stol(std::string(token.text)), std::size_t(1));
  }
  auto value = token.lower.find('-') == std::string::npos ? words.number_word(token.lower)
                                                          : parse_count(token.lower, words);
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

/// Each category with the id data/lang/*.xml gives it.
constexpr std::array<std::pair<Category, std::string_view>, 5> kCategoryIds = {{
    {Category::states_parties, "states-parties"},
    {Category::signatories, "signatories"},
    {Category::non_parties, "non-parties"},
    {Category::observers, "observers"},
    {Category::states, "states"},
}};

Category category_named(const std::string& name) {
  for (const auto& [category, id] : kCategoryIds)
    if (id == name) return category;
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
  auto joined = [&](std::size_t a, std::size_t b) { return tokens[a].end == tokens[b].begin; };
  bool in_symbol = (i > 0 && tokens[i - 1].text == "/" && joined(i - 1, i)) ||
                   (i + 1 < tokens.size() && tokens[i + 1].text == "/" && joined(i, i + 1));
  if (in_symbol) return false;  // "CCM/MSP/2024/4": a document symbol
  if (i + 1 < tokens.size() && words.has("months", tokens[i + 1].lower)) return false;
  if (i > 0 && words.has("months", tokens[i - 1].lower)) return false;
  return true;
}

/// True when the full stop at text[dot] ends an abbreviation ("No.", "St. Kitts"), not a clause.
bool abbreviation_before(const std::string& text, std::size_t dot, const Vocabulary& words) {
  std::size_t start = dot;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  return start < dot && words.has("abbreviations", text.substr(start, dot - start));
}

/// Where the clause that holds a claim ends: a full stop, question mark or semicolon outside
/// parentheses, or `limit`.
std::size_t clause_end(const std::string& text, std::size_t from, std::size_t limit,
                       const Vocabulary& words) {
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
             !abbreviation_before(text, i, words))
      return i;
  }
  return std::min(limit, text.size());
}

/// How many paragraphs a list in parentheses may run on over: a bound, so that an unclosed
/// parenthesis costs little.
constexpr std::size_t kListParagraphsAtMost = 20;

/// The text from an opening parenthesis or bracket at `open` to its match; reads on into the
/// following paragraphs when a paragraph break interrupts the list. nullopt when it never closes.
std::optional<std::string> parenthetical(const DraftDocument& document, std::size_t paragraph,
                                         std::size_t open) {
  std::string text = document.paragraphs[paragraph].text;
  char opening = text[open], closing = opening == '[' ? ']' : ')';
  int depth = 0;
  for (std::size_t i = open, next = paragraph + 1;; ++i) {
    if (i >= text.size()) {
      // A list runs on over paragraph breaks, never into a heading or the next numbered paragraph.
      if (next >= document.paragraphs.size() || next > paragraph + kListParagraphsAtMost ||
          document.paragraphs[next].is_heading() ||
          (!document.paragraphs[next].number.empty() && document.paragraphs[next].level == 0))
        return std::nullopt;
      text += " " + document.paragraphs[next++].text;
    }
    if (text[i] == opening) ++depth;
    if (text[i] == closing && --depth == 0) return text.substr(open + 1, i - open - 1);
  }
}

/// The length of a dash that opens or closes a list at text[i]: "--", " – ", "–", " — ", " - ";
/// 0 when there is none.
std::size_t dash_at(const std::string& text, std::size_t i) {
  char c = text[i];
  if (c != '-' && c != ' ' && static_cast<unsigned char>(c) != 0xE2) return 0;
  for (std::string_view dash : {"--", " \u2013 ", "\u2013", " \u2014 ", "\u2014", " - "})
    if (text.compare(i, dash.size(), dash) == 0) return dash.size();
  return 0;
}

/// True when `phrase` stands at text[i] as whole words.
bool phrase_at(const std::string& text, std::size_t i, const std::string& phrase) {
  if (phrase.empty() || i >= text.size() || text[i] != phrase[0] ||
      text.compare(i, phrase.size(), phrase) != 0)
    return false;
  bool starts = i == 0 || !word_byte(static_cast<unsigned char>(text[i - 1]));
  std::size_t end = i + phrase.size();
  bool ends = end >= text.size() || !word_byte(static_cast<unsigned char>(text[end])) || phrase.back() == '.';
  return starts && ends;
}

/// The first phrase of `set` standing at text[i], or nullptr.
const std::string* phrase_of_set_at(const std::string& text, std::size_t i,
                                    const std::vector<std::string>& set) {
  for (const std::string& phrase : set)
    if (phrase_at(text, i, phrase)) return &phrase;
  return nullptr;
}

/// Where an open-ended list that starts at `from` ends: at a dash, a parenthesis that closes
/// one opened before it, or `limit`.
std::size_t open_list_end(const std::string& text, std::size_t from, std::size_t limit) {
  int depth = 0;
  for (std::size_t i = from; i < limit && i < text.size(); ++i) {
    if (text[i] == '(' || text[i] == '[') ++depth;
    if (text[i] == ')' || text[i] == ']') {
      if (depth == 0) return i;
      --depth;
    }
    if (depth == 0 && dash_at(text, i) > 0) return i;
  }
  return std::min(limit, text.size());
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
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      counts_.push_back(count_like(tokens_, i, words_));
      if (counts_.back()) count_begins_.push_back(tokens_[i].begin);
    }
    for (const NoteReference& note : document.paragraphs[paragraph].notes) note_offsets_.insert(note.offset);
    match_parentheses();
  }

  std::vector<CountClaim> extract();
  void match_parentheses();

 private:
  std::optional<CountClaim> claim_at(std::size_t i, std::size_t& consumed);
  const CountClaim* last_named() const;
  bool note_at(std::size_t end) const;
  void relate(CountClaim& claim, std::size_t first_token);
  void find_list(CountClaim& claim, std::size_t scope_end);
  std::optional<StateList> list_of_states(const std::string& text, bool* partial = nullptr) const;
  bool take_list(CountClaim& claim, const std::string& text, bool partial_cue = false) const;
  bool list_opened_at(CountClaim& claim, std::size_t i, std::size_t scope_end, std::size_t& skip_to) const;
  void list_in_next_sentence(CountClaim& claim, bool bare, std::size_t sentence_end);
  void list_in_bullets(CountClaim& claim);
  void list_in_apposition(CountClaim& claim, std::size_t scope_end);
  std::size_t scope_of(std::size_t k) const;
  std::optional<std::string> parenthetical_at(std::size_t open) const;
  void refresh_drops();
  bool counts_not_states(const CountClaim& claim) const;
  void list_for(std::size_t k);
  void describe_predicate(CountClaim& claim, std::size_t scope) const;

  const DraftDocument& document_;
  std::size_t index_;
  const std::string& text_;
  std::vector<Token> tokens_;
  std::vector<bool> counts_;  ///< whether each token is a number that counts something
  const StateRegistry& registry_;
  const Organizations& organizations_;
  const Vocabulary& words_;
  std::vector<CountClaim> claims_;
  std::vector<bool> bare_;              ///< whether each claim is a bare count, without a noun of its own
  bool bare_claim_ = false;             ///< set by claim_at for a bare count
  bool opened_by_of_ = false;           ///< set by relate: the claim follows "of the"
  bool previous_opened_by_of_ = false;  ///< the same, for the claim before
  bool part_of_next_ = false;  ///< set by claim_at for "N of the M ...": N is a part of the next claim
  std::vector<bool> part_of_next_claim_;
  std::vector<bool> dropped_;                  ///< bare counts that found no list
  std::vector<std::size_t> next_standing_;     ///< per claim: the next claim that did not drop out
  std::set<std::size_t> passed_over_;          ///< dropped counts a list may run past
  std::vector<std::size_t> count_begins_;      ///< where each number that counts something begins
  std::set<std::size_t> note_offsets_;         ///< where the paragraph's notes are referenced
  std::map<std::size_t, std::size_t> closes_;  ///< each '(' or '[' closed in the paragraph: where
  std::size_t unclosed_ = 0;                   ///< how many are not closed in the paragraph
  std::size_t last_named_ = std::size_t(-1);
  bool bare_search_ = false;  ///< finding the list of a bare count: States only, no organizations
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
  if (note_at(tokens_[j - 1].end)) {  // "Four[a] out of the five States parties[b]"
    const CountClaim* named = last_named();
    claim.category = named ? named->category : Category::states;
    claim.end = tokens_[j - 1].end;
    claim.relation = Relation::subset;
    consumed = number->second;
    bare_claim_ = true;
    return claim;
  }
  bool out_of =
      j + 1 < tokens_.size() && words_.has("out", tokens_[j].lower) && words_.has("of", tokens_[j + 1].lower);
  if (j + 1 < tokens_.size() && (words_.has("of", tokens_[j].lower) || out_of)) {
    std::size_t k = j + (out_of ? 2 : 1);
    if (words_.has("subset-after-of", tokens_[k].lower)) {  // "four of those (...)"
      const CountClaim* named = last_named();
      claim.category = named ? named->category : Category::states;
      claim.noun = named ? named->noun : "";
      claim.end = tokens_[j - 1].end;
      claim.relation = Relation::subset;
      consumed = number->second;
      bare_claim_ = true;
      return claim;
    }
    bool restated = words_.has("articles", tokens_[k].lower);
    if (restated) ++k;
    if (k < tokens_.size()) {
      if (auto total = number_at(tokens_, k, words_)) {
        if (restated || out_of) {  // "Two of the 12 affected States Parties": a part of a total restated
          claim.end = tokens_[j - 1].end;
          claim.relation = Relation::subset;
          consumed = number->second;
          bare_claim_ = true;
          part_of_next_ = true;
          return claim;
        }
        claim.of_total = total->first;
        j = k + total->second;
      }
    }
  }
  bool copula =
      j + 1 < tokens_.size() && words_.has("copulas", tokens_[j].lower) && noun_at(tokens_, j + 1, words_);
  if (copula) ++j;  // "of which 36 were States not party"
  std::string qualifiers;
  std::size_t adjectives = 0;  // any words may stand before the noun: "Three European States Parties"
  while (adjectives < 3 && j + adjectives < tokens_.size() && !noun_at(tokens_, j + adjectives, words_) &&
         between_count_and_noun(tokens_, j + adjectives, words_))
    ++adjectives;
  if (j + adjectives < tokens_.size() && noun_at(tokens_, j + adjectives, words_)) {
    for (std::size_t q = 0; q < adjectives; ++q, ++j) {
      if (words_.has("additions", tokens_[j].lower)) {
        claim.relation = Relation::additional;
        claim.relation_cue = tokens_[j].lower;
      }
      qualifiers.append(tokens_[j].text).append(" ");
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
  // A bare count ("seventeen had ratified", "seven (Belgium, ...)", "Those 13 are:") is a claim
  // only when the draft gives its list; extract() drops it otherwise.
  if (!qualifiers.empty()) return std::nullopt;
  const CountClaim* named = last_named();
  claim.category = named ? named->category : Category::states;
  claim.noun = named ? named->noun : "";
  claim.end = tokens_[j - 1].end;  // "three of the five", "seventeen"
  consumed = j - i;
  bare_claim_ = true;
  return claim;
}

/// The last claim of the paragraph so far that names what it counts.
const CountClaim* ParagraphClaims::last_named() const {
  return last_named_ < claims_.size() ? &claims_[last_named_] : nullptr;
}

/// True when a note is referenced directly after the number that ends at `end`: "Four[a] out
/// of the five States parties[b]" gives the four a list of its own.
bool ParagraphClaims::note_at(std::size_t end) const {
  return note_offsets_.count(end) > 0;
}

void ParagraphClaims::relate(CountClaim& claim, std::size_t first) {
  auto before = [&](std::size_t back) -> std::string {
    return first >= back ? tokens_[first - back].lower : "";
  };
  if (words_.has("definite", before(1))) claim.definite = true;
  if (words_.has("additions", before(1))) {
    claim.relation = Relation::additional;
    claim.relation_cue = before(1);
  }
  std::string previous = before(1) == "," ? before(2) : before(1);
  std::string previous2 = before(1) == "," ? before(3) : before(2);
  if ((words_.has("of", previous2) || words_.has("among", previous2)) &&
      words_.has("subset-after-of", previous))
    claim.relation = Relation::subset;  // "of these, two", "among them four"
  opened_by_of_ = words_.has("of", before(2)) && words_.has("articles", before(1));  // "Of the 11 ..."
  if (bare_claim_ && before(1) == "," && !claims_.empty() && claims_.back().definite &&
      previous_opened_by_of_)
    claim.relation = Relation::subset;  // "Of the twelve signatory States, seven ..."
  bool bare = claim.end == tokens_[first].end || claim.noun == (claims_.empty() ? "" : claims_.back().noun);
  if (!claims_.empty() && claims_.back().definite && bare && claim.relation == Relation::none &&
      text_.compare(claim.end, 2, " (") == 0)
    claim.relation = Relation::subset;
}

/// The States a written list names: a leading cue of a partial list ("including", "e.g.") is
/// set aside and reported through `partial`; items after the last name that are no names
/// ("have reported") are dropped. nullopt when the text is no list of States.
std::optional<StateList> ParagraphClaims::list_of_states(const std::string& text, bool* partial) const {
  std::string_view rest = text;
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == ','))
    rest.remove_prefix(1);
  std::string lowered = lower_ascii(std::string(rest.substr(0, 40)));
  for (const std::string& cue : words_.phrases("partial-lists"))
    if (phrase_at(lowered, 0, lower_ascii(cue))) {
      if (partial) *partial = true;
      rest.remove_prefix(cue.size());
      break;
    }
  for (const std::string& opener : words_.phrases("list-openers"))  // "(namely Austria and Chile)"
    if (phrase_at(lowered, 0, lower_ascii(opener))) {
      rest.remove_prefix(opener.size());
      break;
    }
  std::string tail = lower_ascii(std::string(rest));
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.pop_back();
  for (const std::string& cue : words_.phrases("partial-lists")) {  // "(Japan and Norway, among others)"
    std::string lowered_cue = lower_ascii(cue);
    if (tail.size() > lowered_cue.size() &&
        tail.compare(tail.size() - lowered_cue.size(), lowered_cue.size(), lowered_cue) == 0 &&
        phrase_at(tail, tail.size() - lowered_cue.size(), lowered_cue)) {
      if (partial) *partial = true;
      rest = rest.substr(0, tail.size() - lowered_cue.size());
      break;
    }
  }
  StateList list = parse_state_list(rest, registry_, organizations_, words_);
  while (!list.items.empty() && !list.items.back().counts_as_state() && !list.items.back().organization)
    list.items.pop_back();
  bool has_organization = std::any_of(list.items.begin(), list.items.end(),
                                      [](const ListItem& item) { return item.organization; });
  if (bare_search_ && has_organization) return std::nullopt;  // "Three donors (Japan, Norway and the EU)"
  if (list.is_list_of_states()) return list;
  return std::nullopt;
}

/// Gives `claim` the list written in `text`, if it is one. True when it did.
bool ParagraphClaims::take_list(CountClaim& claim, const std::string& text, bool partial_cue) const {
  bool partial = partial_cue;
  auto list = list_of_states(text, &partial);
  if (!list) return false;
  claim.list = std::move(list);
  claim.partial = partial;
  claim.list_footnote.clear();
  return true;
}

/// Looks for a list opened at text_[i]: a parenthesis or bracket, a colon, a dash, "namely" or
/// a cue of a partial list. True when it gave `claim` its list; `skip_to` is where to go on
/// scanning when text_[i] opened something that is no list.
bool ParagraphClaims::list_opened_at(CountClaim& claim, std::size_t i, std::size_t scope_end,
                                     std::size_t& skip_to) const {
  char c = text_[i];
  if (c == '(' || c == '[') {
    auto inside = parenthetical_at(i);
    if (!inside) {
      skip_to = scope_end;
      return false;
    }
    if (count_numbers(*inside, words_).empty() && take_list(claim, *inside)) return true;
    skip_to = i + inside->size() + 2;  // after the closing mark
    return false;
  }
  if (c == ':') {
    std::size_t end = clause_end(text_, i + 1, text_.size(), words_);
    take_list(claim, text_.substr(i + 1, end - i - 1));
    skip_to = scope_end;
    return claim.list.has_value();
  }
  if (std::size_t dash = dash_at(text_, i)) {
    std::size_t from = i + dash;
    std::size_t end = open_list_end(text_, from, clause_end(text_, from, text_.size(), words_));
    if (take_list(claim, text_.substr(from, end - from))) return true;
    skip_to = from;
    return false;
  }
  bool word_start = std::isalpha(static_cast<unsigned char>(c)) &&
                    (i == 0 || !word_byte(static_cast<unsigned char>(text_[i - 1])));
  if (!word_start) return false;  // the phrases below open with a word
  bool partial = false;
  const std::string* opener = phrase_of_set_at(text_, i, words_.phrases("list-openers"));
  if (!opener && (opener = phrase_of_set_at(text_, i, words_.phrases("partial-lists")))) partial = true;
  if (!opener) return false;
  std::size_t from = i + opener->size();
  std::size_t end = open_list_end(text_, from, clause_end(text_, from, text_.size(), words_));
  if (take_list(claim, text_.substr(from, end - from), partial)) return true;
  skip_to = from;
  return false;
}

/// Finds the list a count refers to: a note referenced in its clause, or directly after the
/// clause's full stop, or a list opened in the clause.
void ParagraphClaims::find_list(CountClaim& claim, std::size_t scope_end) {
  const DraftParagraph& paragraph = document_.paragraphs[index_];
  std::size_t note_limit = scope_end;
  if (scope_end < text_.size() && text_[scope_end] == '.') note_limit = scope_end + 1;  // after the full stop
  std::size_t best_place = scope_end;
  for (const NoteReference& note : paragraph.notes) {
    if (note.offset < claim.end || note.offset > note_limit) continue;
    const DraftFootnote* footnote = document_.footnote(note.id);
    if (!footnote) continue;
    bool partial = false;
    if (auto list = list_of_states(footnote->text, &partial)) {
      claim.list = list;
      claim.partial = partial;
      claim.list_footnote = note.id;
      best_place = note.offset;
    }
    break;
  }
  int depth = 0;
  for (std::size_t i = claim.end; i < scope_end && i < best_place; ++i) {
    char c = text_[i];
    if (c == ')' || c == ']') {
      if (depth == 0) return;  // the parenthesis that holds the count closes
      --depth;
      continue;
    }
    std::size_t skip_to = i;
    if (list_opened_at(claim, i, scope_end, skip_to)) return;
    if (skip_to > i) i = skip_to - 1;
  }
  if (!claim.list && best_place == scope_end && !bare_search_) list_in_apposition(claim, scope_end);
}

/// A list set off by commas right after the noun: "two more States Parties, Chile and Peru,
/// reported ...". Only names of States, at least two, make one.
void ParagraphClaims::list_in_apposition(CountClaim& claim, std::size_t scope_end) {
  if (text_.compare(claim.end, 2, ", ") != 0) return;
  std::size_t from = claim.end + 2;
  std::size_t end = open_list_end(text_, from, scope_end);
  StateList list = parse_state_list(text_.substr(from, end - from), registry_, organizations_, words_);
  while (!list.items.empty() && !list.items.back().state) list.items.pop_back();
  bool only_states =
      std::all_of(list.items.begin(), list.items.end(), [](const ListItem& item) { return item.state; });
  if (list.items.size() < 2 || !only_states) return;
  claim.list = std::move(list);
}

/// A list in the sentence after the count's, when that sentence only points to it: "... had
/// ratified. In chronological order, they are: ...", "The signatories include: ...". The next
/// sentence may open the next paragraph.
void ParagraphClaims::list_in_next_sentence(CountClaim& claim, bool bare, std::size_t sentence_end) {
  std::size_t from = sentence_end + 1;
  std::size_t paragraph = index_;
  std::string sentence;
  if (from < text_.size() && text_.find_first_not_of(' ', from) != std::string::npos) {
    std::size_t start = text_.find_first_not_of(' ', from);
    sentence = text_.substr(start, clause_end(text_, start, text_.size(), words_) - start);
  } else if (index_ + 1 < document_.paragraphs.size() && !document_.paragraphs[index_ + 1].is_heading()) {
    paragraph = index_ + 1;
    const std::string& next = document_.paragraphs[paragraph].text;
    sentence = next.substr(0, clause_end(next, 0, next.size(), words_));
  }
  std::size_t colon = sentence.find(':');
  if (colon == std::string::npos || colon > 80) return;
  std::string head = sentence.substr(0, colon);
  if (auto open = head.find('('); open != std::string::npos)
    head.erase(open, head.find(')', open) - open + 1);
  std::vector<Token> tokens = tokenize(head);
  while (!tokens.empty() && !tokens.back().word) tokens.pop_back();
  if (tokens.empty() || tokens.size() > 10 || !words_.has("list-pointers", tokens.back().lower)) return;
  for (std::size_t t = 0; t < tokens.size(); ++t)
    if (count_like(tokens, t, words_)) return;  // a count of its own
  std::optional<std::pair<Category, std::size_t>> noun;
  std::size_t noun_at_token = 0;
  for (std::size_t t = 0; t < tokens.size() && !noun; ++t)
    if ((noun = noun_at(tokens, t, words_))) noun_at_token = t;
  if (noun && !bare && noun->first != claim.category && claim.category != Category::states) return;
  bool partial = false;
  auto list = list_of_states(sentence.substr(colon + 1), &partial);
  if (!list) return;
  claim.list = std::move(list);
  claim.partial = partial;
  if (noun && bare) {
    claim.category = noun->first;
    claim.noun = std::string(tokens[noun_at_token].text);
    for (std::size_t k = 1; k < noun->second; ++k)
      claim.noun.append(" ").append(tokens[noun_at_token + k].text);
  }
}

std::vector<CountClaim> ParagraphClaims::extract() {
  claims_.reserve(count_begins_.size());
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    std::size_t consumed = 0;
    bare_claim_ = false;
    part_of_next_ = false;
    auto claim = claim_at(i, consumed);
    if (!claim) continue;
    relate(*claim, i);
    previous_opened_by_of_ = opened_by_of_;
    claims_.push_back(std::move(*claim));
    if (!bare_claim_) last_named_ = claims_.size() - 1;
    bare_.push_back(bare_claim_);
    part_of_next_claim_.push_back(part_of_next_);
    i += consumed - 1;
  }
  for (std::size_t k = 0; k + 1 < claims_.size(); ++k)  // "Two of the 12 ...", "Four[a] out of the five ..."
    if (part_of_next_claim_[k] ||
        (bare_[k] && claims_[k].noun.empty() && claims_[k].relation == Relation::subset)) {
      claims_[k].noun = claims_[k + 1].noun;
      claims_[k].category = claims_[k + 1].category;
      claims_[k].part_of_following = true;
    }
  dropped_.assign(claims_.size(), false);
  refresh_drops();
  for (std::size_t k = 0; k < claims_.size(); ++k)  // bare counts first: the ones without a list drop out
    if (bare_[k] && !part_of_next_claim_[k]) {
      list_for(k);
      dropped_[k] = !claims_[k].list;
    }
  refresh_drops();
  for (std::size_t k = 0; k < claims_.size(); ++k)
    if (!bare_[k]) list_for(k);
  for (std::size_t k = 0; k < claims_.size(); ++k)
    if (part_of_next_claim_[k]) {
      list_for(k);
      CountClaim& whole = claims_[k + 1];  // "Two of the 12 States Parties – Chile and Mauritania –"
      if (!claims_[k].list && whole.list && whole.list_footnote.empty()) {
        claims_[k].list = std::move(whole.list);
        claims_[k].partial = whole.partial;
        whole.list.reset();
        whole.partial = false;
      }
      dropped_[k] = !claims_[k].list;
    }
  refresh_drops();
  for (std::size_t k = 0; k < claims_.size(); ++k) describe_predicate(claims_[k], scope_of(k));
  std::vector<CountClaim> kept;
  kept.reserve(claims_.size());
  for (std::size_t k = 0; k < claims_.size(); ++k)
    if (!dropped_[k]) kept.push_back(std::move(claims_[k]));
  return kept;
}

/// Finds, once per paragraph, where each parenthesis and bracket closes: lists are read in
/// linear time however many there are.
void ParagraphClaims::match_parentheses() {
  std::vector<std::size_t> round, square;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '(') round.push_back(i);
    if (c == '[') square.push_back(i);
    if (c == ')' && !round.empty()) closes_[round.back()] = i, round.pop_back();
    if (c == ']' && !square.empty()) closes_[square.back()] = i, square.pop_back();
  }
  unclosed_ = round.size() + square.size();
}

/// The text inside the parenthesis opened at `open`; one left open in a paragraph that leaves
/// few open may run on into the next paragraphs (a list cut by a paragraph break).
std::optional<std::string> ParagraphClaims::parenthetical_at(std::size_t open) const {
  auto closed = closes_.find(open);
  if (closed != closes_.end()) return text_.substr(open + 1, closed->second - open - 1);
  if (unclosed_ > 2) return std::nullopt;  // unbalanced text, not a list cut by a break
  return parenthetical(document_, index_, open);
}

/// Where the clause of claim k ends for finding its list: at the next claim that stands, at a
/// number that counts something else, at the end of the clause.
std::size_t ParagraphClaims::scope_of(std::size_t k) const {
  const CountClaim& claim = claims_[k];
  std::size_t next = next_standing_[k] < claims_.size() ? claims_[next_standing_[k]].begin : text_.size();
  for (auto at = std::lower_bound(count_begins_.begin(), count_begins_.end(), claim.end);
       at != count_begins_.end() && *at < next; ++at)
    if (!passed_over_.count(*at)) {
      next = *at;
      break;
    }
  std::size_t reach = bare_[k] ? 120 : 400;  // a bare count's list follows it closely
  return clause_end(text_, claim.end, std::min(next, claim.end + reach), words_);
}

/// After bare counts dropped out: which claim stands next after each, and which dropped counts
/// a list may run past ("Three States Parties and one organization (...)": one list).
void ParagraphClaims::refresh_drops() {
  next_standing_.assign(claims_.size(), claims_.size());
  std::size_t standing = claims_.size();
  for (std::size_t k = claims_.size(); k-- > 0;) {
    next_standing_[k] = standing;
    if (!dropped_[k]) standing = k;
  }
  passed_over_.clear();
  for (std::size_t d = 0; d < claims_.size(); ++d)
    if (dropped_[d] && counts_not_states(claims_[d])) passed_over_.insert(claims_[d].begin);
}

/// True when the word after a bare count says it counts no States: "one organization".
bool ParagraphClaims::counts_not_states(const CountClaim& claim) const {
  std::size_t next = text_.find_first_not_of(' ', claim.end);
  if (next == std::string::npos) return false;
  std::size_t end = text_.find(' ', next);
  std::string word =
      lower_ascii(text_.substr(next, end == std::string::npos ? std::string::npos : end - next));
  for (const std::string& phrase : words_.phrases("not-states"))
    if (word.rfind(phrase, 0) == 0) return true;
  return false;
}

/// Finds the list of claim k: in its clause, else in the sentence after it.
void ParagraphClaims::list_for(std::size_t k) {
  CountClaim& claim = claims_[k];
  bare_search_ = bare_[k];
  std::size_t scope = scope_of(k);
  find_list(claim, scope);
  std::size_t sentence_end = clause_end(text_, claim.end, text_.size(), words_);
  bool last_in_sentence = scope >= sentence_end;
  if (!claim.list && last_in_sentence && sentence_end + 1 >= text_.size() && text_.back() == ':')
    list_in_bullets(claim);
  if (!claim.list && last_in_sentence && (sentence_end >= text_.size() || text_[sentence_end] == '.'))
    list_in_next_sentence(claim, bare_[k], sentence_end);
  bare_search_ = false;
}

/// The words after a count, up to the end of its clause and without its list: what it counts.
void ParagraphClaims::describe_predicate(CountClaim& claim, std::size_t scope) const {
  std::string predicate = text_.substr(claim.end, scope > claim.end ? scope - claim.end : 0);
  if (auto colon = predicate.find(':'); colon != std::string::npos && claim.list) predicate.erase(colon);
  if (auto open = predicate.find('(');
      open != std::string::npos && claim.list && claim.list_footnote.empty()) {
    auto close = predicate.find(')', open);
    predicate.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  claim.predicate = predicate;
  claim.topic = topic_stems(predicate, words_);
}

/// A list given as the bullets after a sentence that ends in a colon: "The following four States
/// Parties have ...:" then "• Albania", "• Grenada" ...
void ParagraphClaims::list_in_bullets(CountClaim& claim) {
  std::string items;
  for (std::size_t p = index_ + 1; p < document_.paragraphs.size(); ++p) {
    const DraftParagraph& bullet = document_.paragraphs[p];
    bool listed =
        bullet.bullet || (!bullet.label.empty() && bullet.level > document_.paragraphs[index_].level);
    if (!listed || bullet.is_heading()) break;
    std::string item = bullet.text;
    while (!item.empty() &&
           (item.back() == ';' || item.back() == '.' || item.back() == ',' || item.back() == ' '))
      item.pop_back();
    if (std::count(item.begin(), item.end(), ' ') > 7) return;  // a sentence, not a name: no list of names
    if (!items.empty()) items += "; ";
    items += item;
  }
  if (items.empty()) return;
  bool partial = false;
  if (auto list = list_of_states(items, &partial)) {
    claim.list = std::move(list);
    claim.partial = partial;
  }
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

std::string category_id(Category category) {
  for (const auto& [each, id] : kCategoryIds)
    if (each == category) return std::string(id);
  return "states";
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
                                         const StateRegistry& registry, const Organizations& organizations,
                                         const Vocabulary& words) {
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
  StateList list = parse_state_list(own_line ? document.paragraphs[paragraph + 1].text : rest, registry,
                                    organizations, words);
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

/// The States of the labelled groups that follow a title line ("66 States Parties (by region)",
/// then "Africa (17)" with its list, "Americas (13)" with its list ...), all in one list; nullopt
/// when no group follows.
std::optional<StateList> grouped_list(const DraftDocument& document, std::size_t paragraph,
                                      const StateRegistry& registry, const Organizations& organizations,
                                      const Vocabulary& words) {
  StateList all;
  std::size_t groups = 0;
  for (std::size_t p = paragraph + 1; p < document.paragraphs.size();) {
    auto group = labelled_count(document, p, registry, organizations, words);
    if (!group) break;
    all.items.insert(all.items.end(), group->list->items.begin(), group->list->items.end());
    ++groups;
    bool own_line = document.paragraphs[p].text.find_first_not_of(" \t", group->end + 1) == std::string::npos;
    p += own_line ? 2 : 1;
  }
  if (groups < 2) return std::nullopt;
  return all;
}

}  // namespace

std::vector<CountClaim> extract_claims(const DraftDocument& document, std::size_t paragraph,
                                       const StateRegistry& registry, const Organizations& organizations,
                                       const Vocabulary& words) {
  std::vector<CountClaim> claims =
      ParagraphClaims(document, paragraph, registry, organizations, words).extract();
  if (claims.empty())
    if (auto labelled = labelled_count(document, paragraph, registry, organizations, words))
      claims.push_back(std::move(*labelled));
  if (claims.size() == 1 && !claims.front().list && document.paragraphs[paragraph].text.size() <= 80)
    if (auto groups = grouped_list(document, paragraph, registry, organizations, words)) {
      claims.front().list = groups;
      claims.front().gathered = true;
    }
  return claims;
}

}  // namespace mspdoc
