#include "registry/state_list.h"

#include <algorithm>

namespace mspdoc {
namespace {

std::string trim(std::string_view text) {
  const char* space = " \t\n\r\u00a0";
  std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(space);
  return std::string(text.substr(first, last - first + 1));
}

bool starts_with_word(const std::string& text, std::string_view word) {
  return text.size() > word.size() && text.compare(0, word.size(), word) == 0 && text[word.size()] == ' ';
}

bool ends_with(const std::string& text, std::string_view tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

/// Drops what ends a list but names nothing: final punctuation, "respectively", "etc.".
std::string strip_list_tail(std::string text, const Vocabulary& words) {
  for (bool changed = true; changed;) {
    changed = false;
    text = trim(text);
    while (!text.empty() &&
           (text.back() == '.' || text.back() == ';' || text.back() == ':' || text.back() == ',')) {
      text.pop_back();
      changed = true;
    }
    for (std::string_view tail : words.phrases("list-tails"))
      if (ends_with(text, tail)) {
        text.erase(text.size() - tail.size());
        changed = true;
      }
  }
  return text;
}

/// Splits at commas and semicolons outside parentheses.
std::vector<std::string> split_top_level(const std::string& text) {
  std::vector<std::string> chunks;
  std::string current;
  int depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if ((c == ',' || c == ';') && depth == 0) {
      chunks.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  chunks.push_back(current);
  return chunks;
}

/// Sets a final remark in parentheses aside: "Japan (Co-coordinator)" -> "Japan", "Co-coordinator".
std::pair<std::string, std::string> split_remark(std::string chunk) {
  chunk = trim(chunk);
  if (chunk.empty() || chunk.back() != ')') return {chunk, ""};
  int depth = 0;
  for (std::size_t i = chunk.size(); i-- > 0;) {
    if (chunk[i] == ')') ++depth;
    if (chunk[i] == '(' && --depth == 0)
      return {trim(chunk.substr(0, i)), trim(chunk.substr(i + 1, chunk.size() - i - 2))};
  }
  return {chunk, ""};
}

std::string strip_leading_conjunction(std::string text, const Vocabulary& words) {
  for (std::string_view word : words.phrases("list-conjunctions"))
    if (starts_with_word(text, word)) return trim(text.substr(word.size()));
  return text;
}

/// Splits "Chile and Peru" at " and " or " & " outside parentheses; `joints` gets the joint
/// written before each part after the first, so that a name joined again keeps its form.
std::vector<std::string> split_conjunctions(const std::string& text, const Vocabulary& words,
                                            std::vector<std::string>& joints) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    for (std::string_view joint : words.phrases("list-joints")) {
      if (text.compare(i, joint.size(), joint) == 0) {
        parts.push_back(text.substr(start, i - start));
        joints.emplace_back(joint);
        start = i + joint.size();
        i = start - 1;
        break;
      }
    }
  }
  parts.push_back(text.substr(start));
  return parts;
}

std::string join(const std::vector<std::string>& parts, const std::vector<std::string>& joints,
                 std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (i > from ? joints[i - 1] : "") + parts[i];
  return out;
}

class ItemReader {
 public:
  ItemReader(const StateRegistry& registry, const Organizations& organizations, const Vocabulary& words)
      : registry_(registry), organizations_(organizations), words_(words) {}

  /// An item, with a remark in parentheses set aside unless the parentheses belong to the name
  /// ("Bolivia (Plurinational State of)").
  ListItem item(const std::string& written, const std::string& remark) const {
    auto [text, own_remark] = known(written) ? std::make_pair(written, std::string()) : split_remark(written);
    if (!known(text)) split_trailing_words(text, own_remark);
    ListItem item;
    item.text = text;
    item.remark = remark.empty() ? own_remark : remark;
    item.state = registry_.resolve(text);
    if (!item.state) item.organization = organizations_.contains(text);
    if (!item.state && !item.organization && looks_like_a_name(text)) {
      item.unknown_name = true;
      item.suggestions = registry_.suggest(text);
    }
    return item;
  }

  /// A name followed by words in lower case ("Slovakia since July 27th", "Jordan on 11 August
  /// 1999"): the longest known name before such a word, the rest set aside as a remark.
  void split_trailing_words(std::string& text, std::string& remark) const {
    for (std::size_t cut = text.rfind(' '); cut != std::string::npos && cut > 0;
         cut = text.rfind(' ', cut - 1)) {
      bool lower_next = cut + 1 < text.size() && std::islower(static_cast<unsigned char>(text[cut + 1]));
      bool conjunction = false;
      for (const std::string& word : words_.phrases("list-conjunctions"))
        conjunction = conjunction || text.compare(cut + 1, word.size() + 1, word + " ") == 0;
      if (!lower_next || conjunction || !known(text.substr(0, cut))) continue;
      std::string rest = text.substr(cut + 1);
      remark = remark.empty() ? rest : rest + "; " + remark;
      text.erase(cut);
      return;
    }
  }

  bool known(const std::string& text) const {
    return registry_.resolve(text) || organizations_.contains(text);
  }
  /// Known as written, or once a final remark in parentheses is set aside.
  bool known_item(const std::string& text) const { return known(text) || known(split_remark(text).first); }

  /// The items of one chunk between commas: whole when its name holds "and", split otherwise.
  std::vector<ListItem> chunk_items(const std::string& chunk, const std::string& remark) const {
    std::vector<std::string> joints;
    std::vector<std::string> parts = split_conjunctions(chunk, words_, joints);
    if (parts.size() == 1 || known(chunk)) return {item(chunk, remark)};
    std::vector<ListItem> items;
    bool all_known = true;
    for (std::size_t i = 0; i < parts.size();) {
      std::size_t end = parts.size();
      while (end > i + 1 && !known_item(join(parts, joints, i, end))) --end;
      all_known = all_known && known_item(join(parts, joints, i, end));
      items.push_back(item(trim(join(parts, joints, i, end)), ""));
      i = end;
    }
    ListItem whole = item(chunk, remark);
    if (!all_known && !whole.suggestions.empty()) return {whole};         // "Bosnia and Herzgovina"
    if (!items.empty() && !remark.empty()) items.back().remark = remark;  // keep an item's own remark
    return items;
  }

 private:
  bool looks_like_a_name(std::string_view text) const {
    for (const std::string& article : words_.phrases("name-articles"))
      if (text.rfind(article, 0) == 0) {
        text.remove_prefix(article.size());
        break;
      }
    return !text.empty() && text.size() < 60 && std::isupper(static_cast<unsigned char>(text[0]));
  }

  const StateRegistry& registry_;
  const Organizations& organizations_;
  const Vocabulary& words_;
};

}  // namespace

std::size_t StateList::state_count() const {
  return std::size_t(
      std::count_if(items.begin(), items.end(), [](const ListItem& item) { return item.counts_as_state(); }));
}

bool StateList::is_list_of_states() const {
  bool any_known =
      std::any_of(items.begin(), items.end(), [](const ListItem& item) { return item.state != nullptr; });
  return any_known && state_count() * 2 >= items.size();
}

std::vector<const State*> StateList::states() const {
  std::vector<const State*> out;
  for (const ListItem& item : items)
    if (item.state) out.push_back(item.state);
  return out;
}

StateList parse_state_list(std::string_view text, const StateRegistry& registry,
                           const Organizations& organizations, const Vocabulary& words) {
  ItemReader reader(registry, organizations, words);
  StateList list;
  for (const std::string& raw : split_top_level(strip_list_tail(std::string(text), words))) {
    std::string chunk = strip_list_tail(strip_leading_conjunction(trim(raw), words), words);
    if (chunk.empty()) continue;
    for (ListItem& item : reader.chunk_items(chunk, "")) list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace mspdoc
