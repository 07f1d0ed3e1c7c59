#include "registry/vocabulary.h"

#include <algorithm>
#include <sstream>

#include "core/xml_input.h"

namespace mspdoc {

Result<Vocabulary> Vocabulary::load(const Paths& paths, std::string_view code) {
  auto file = XmlFile::load(paths.data() / "lang" / (std::string(code) + ".xml"), paths.schema("lang"));
  if (!file) return file.errors();
  Vocabulary vocabulary;
  const xmlNode* conventions = child_elements(file->root(), "conventions").front();
  for (const xmlNode* entry : child_elements(conventions, "convention")) {
    Convention convention;
    convention.id = attribute(entry, "id").value_or("");
    convention.symbol_prefix = attribute(entry, "symbol").value_or("");
    for (const xmlNode* name : child_elements(entry, "name")) convention.names.push_back(text_of(name));
    vocabulary.conventions_.push_back(std::move(convention));
  }
  vocabulary.read_words(file->root());
  return vocabulary;
}

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

/// The text of an element exactly as written: in a phrase set, spaces are part of the phrase.
std::string exact_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return text;
}

std::vector<std::string> split_phrases(const std::string& text) {
  std::vector<std::string> phrases;
  std::size_t start = 0;
  for (std::size_t bar = text.find('|');; bar = text.find('|', start)) {
    phrases.push_back(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return phrases;
}

}  // namespace

void Vocabulary::read_words(const xmlNode* root) {
  for (const xmlNode* number : child_elements(child_elements(root, "numbers").front(), "number"))
    numbers_[attribute(number, "word").value_or("")] = std::stol(attribute(number, "value").value_or("0"));
  for (const xmlNode* noun : child_elements(child_elements(root, "nouns").front(), "noun"))
    nouns_.push_back(CountNoun{split_words(text_of(noun)), attribute(noun, "category").value_or("states")});
  std::stable_sort(nouns_.begin(), nouns_.end(),
                   [](const CountNoun& a, const CountNoun& b) { return a.words.size() > b.words.size(); });
  for (const xmlNode* set : child_elements(root, "words"))
    for (const std::string& word : split_words(text_of(set)))
      words_[attribute(set, "name").value_or("")].insert(word);
  for (const xmlNode* set : child_elements(root, "phrases"))
    phrases_[attribute(set, "name").value_or("")] = split_phrases(exact_text(set));
  for (const std::string& rule : split_words(text_of(child_elements(root, "endings").front()))) {
    std::size_t equals = rule.find('=');
    if (equals != std::string::npos) endings_.emplace_back(rule.substr(0, equals), rule.substr(equals + 1));
  }
}

std::optional<long> Vocabulary::number_word(std::string_view lower) const {
  auto found = numbers_.find(lower);
  return found == numbers_.end() ? std::nullopt : std::optional<long>(found->second);
}

bool Vocabulary::has(std::string_view set, std::string_view word) const {
  auto found = words_.find(set);
  return found != words_.end() && found->second.find(word) != found->second.end();
}

const std::vector<std::string>& Vocabulary::phrases(std::string_view set) const {
  static const std::vector<std::string> kNone;
  auto found = phrases_.find(set);
  return found == phrases_.end() ? kNone : found->second;
}

std::string Vocabulary::stem(const std::string& word) const {
  for (const auto& [ending, replacement] : endings_) {
    bool ss = ending == "s" && word.size() >= 2 && word.compare(word.size() - 2, 2, "ss") == 0;
    bool ses = ending == "es" && word.size() >= 3 && word.compare(word.size() - 3, 3, "ses") == 0;
    if (word.size() > ending.size() + 2 &&
        word.compare(word.size() - ending.size(), ending.size(), ending) == 0 && !ss && !ses)
      return word.substr(0, word.size() - ending.size()) + replacement;
  }
  return word;
}

const Convention* Vocabulary::convention_of_symbol(std::string_view symbol) const {
  for (const Convention& convention : conventions_)
    if (symbol.rfind(convention.symbol_prefix, 0) == 0) return &convention;
  return nullptr;
}

const Convention* Vocabulary::convention_named_in(std::string_view text, std::size_t* at) const {
  const Convention* earliest = nullptr;
  std::size_t best = std::string_view::npos;
  for (const Convention& convention : conventions_)
    for (const std::string& name : convention.names)
      if (std::size_t found = text.find(name); found < best) best = found, earliest = &convention;
  if (at) *at = best;
  return earliest;
}

}  // namespace mspdoc
