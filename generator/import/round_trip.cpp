#include "import/round_trip.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "core/text.h"
#include "registry/state_list.h"
#include "render/drafting.h"

namespace mspdoc {
namespace {

/// Folds every kind of space (tab, no-break, thin, ideographic...) to one ASCII space.
std::string folded_spaces(std::string_view text) {
  static const std::vector<std::string> spaces{"\t",           "\n",           "\xC2\xA0",
                                               "\xE2\x80\xAF", "\xE2\x80\x89", "\xE2\x80\x8A",
                                               "\xE2\x80\x82", "\xE2\x80\x83", "\xE3\x80\x80"};
  static const std::vector<std::pair<std::string, std::string>> marks{
      {"\xE2\x80\x98", "'"}, {"\xE2\x80\x99", "'"}, {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const std::string& space : spaces)
      if (text.compare(i, space.size(), space) == 0) {
        if (out.empty() || out.back() != ' ') out += ' ';
        i += space.size();
        replaced = true;
        break;
      }
    for (const auto& [mark, plain] : marks)
      if (!replaced && text.compare(i, mark.size(), mark) == 0) {
        out += plain;
        i += mark.size();
        replaced = true;
      }
    if (replaced) continue;
    if (text[i] == ' ' && !out.empty() && out.back() == ' ') {
      ++i;
      continue;
    }
    out += text[i++];
  }
  auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

/// A typed label at the start: "4.", "(a)", "a)", "III.", "A.", "•", "-".
std::size_t label_length(std::string_view text) {
  static const std::vector<std::string> bullets{"\xE2\x80\xA2", "-", "\xE2\x80\x93", "\xC2\xB7",
                                                "\xE2\x96\xAA"};
  for (const std::string& bullet : bullets)
    if (text.compare(0, bullet.size(), bullet) == 0 && text.size() > bullet.size() &&
        text[bullet.size()] == ' ')
      return bullet.size() + 1;
  std::size_t i = text[0] == '(' ? 1 : 0;
  std::size_t start = i;
  while (i < text.size() && i - start < 6 && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  if (i == start || i >= text.size()) return 0;
  std::string_view label = text.substr(start, i - start);
  bool roman = label.find_first_not_of("IVXLC") == std::string_view::npos;
  bool digits = label.find_first_not_of("0123456789") == std::string_view::npos;
  bool letter = label.size() == 1;
  if (!(roman || digits || letter)) return 0;
  char closer = text[i];
  if (!(closer == '.' || closer == ')') || (start == 1 && closer != ')')) return 0;
  if (i + 1 < text.size() && text[i + 1] != ' ') return 0;
  return i + 1 < text.size() ? i + 2 : i + 1;
}

/// Each number written in words or with leading zeros, as plain digits.
std::string plain_numbers(const std::string& text, const Vocabulary& words) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_char(text[i]) || (i > 0 && is_word_char(text[i - 1]))) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    std::string word = text.substr(i, end - i);
    std::string lower = lower_ascii(word);
    std::optional<long> value;
    if (word.find_first_not_of("0123456789") == std::string::npos) {
      value = std::stol(word.substr(0, 15));
    } else if (auto dash = lower.find('-'); dash != std::string::npos) {
      auto tens = words.number_word(lower.substr(0, dash)), units = words.number_word(lower.substr(dash + 1));
      if (tens && units && *tens >= 20 && *units < 10) value = *tens + *units;
    } else if (auto number = words.number_word(lower); number && *number < 100) {
      value = number;
    }
    out += value ? std::to_string(*value) : word;
    i = end;
  }
  return out;
}

}  // namespace

std::string normalised_paragraph(std::string_view text, const Vocabulary& words) {
  std::string folded = folded_spaces(text);
  std::size_t label = folded.empty() ? 0 : label_length(folded);
  const std::string_view dash = "\xE2\x80\x93";
  std::string out;
  for (std::size_t i = label; i < folded.size(); ++i) {
    bool between_digits = i > 0 && i + 3 < folded.size() &&
                          std::isdigit(static_cast<unsigned char>(folded[i - 1])) &&
                          std::isdigit(static_cast<unsigned char>(folded[i + 3]));
    if (between_digits && std::string_view(folded).substr(i, 3) == dash) {
      out += '-';
      i += 2;
    } else {
      out += folded[i];
    }
  }
  return plain_numbers(out, words);
}

namespace {

/// The States a list written in `text` names, as "{ISO3,...}" in sorted order, when every item
/// is a State; nullopt otherwise.
std::optional<std::string> states_named(std::string_view text, const ListReading& lists) {
  StateList list = parse_state_list(text, lists.registry, lists.organizations, lists.words);
  if (list.items.empty() || !list.is_list_of_states()) return std::nullopt;
  std::vector<std::string> codes;
  for (const ListItem& item : list.items) {
    if (!item.state || !item.remark.empty()) return std::nullopt;
    codes.push_back(item.state->iso3);
  }
  std::sort(codes.begin(), codes.end());
  std::string out = "{";
  for (const std::string& code : codes) out += (out.size() > 1 ? "," : "") + code;
  return out + "}";
}

}  // namespace

std::string with_lists_as_states(const std::string& text, const ListReading& lists) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', at)) {
    std::size_t close = open + 1;
    for (int depth = 1; close < text.size(); ++close)
      if (text[close] == '(') {
        ++depth;
      } else if (text[close] == ')' && --depth == 0) {
        break;
      }
    if (close >= text.size()) break;
    auto states = states_named(std::string_view(text).substr(open + 1, close - open - 1), lists);
    out +=
        text.substr(at, open + 1 - at) + (states ? *states : text.substr(open + 1, close - open - 1)) + ")";
    at = close + 1;
  }
  out += text.substr(at);
  if (auto colon = out.rfind(": "); colon != std::string::npos) {
    std::size_t end = out.find_last_not_of(".;") + 1;
    if (end > colon + 2)
      if (auto states = states_named(std::string_view(out).substr(colon + 2, end - colon - 2), lists))
        out = out.substr(0, colon + 2) + *states + out.substr(end);
  }
  return out;
}

std::vector<std::string> comparable_paragraphs(const DraftDocument& document, std::size_t first,
                                               const Vocabulary& words, std::vector<std::string>* footnotes,
                                               const ListReading* lists) {
  auto comparable = [&](std::string_view text) {
    std::string normal = normalised_paragraph(text, words);
    return lists ? with_lists_as_states(normal, *lists) : normal;
  };
  std::vector<std::string> out;
  for (std::size_t i = first; i < document.paragraphs.size(); ++i) {
    std::string text = comparable(document.paragraphs[i].text);
    if (!text.empty()) out.push_back(std::move(text));
  }
  if (footnotes) {
    std::vector<std::pair<std::size_t, std::string>> notes;
    for (const auto& [id, note] : document.footnotes)
      if (note.mark != "*") notes.push_back({note.paragraph, comparable(note.text)});
    std::stable_sort(notes.begin(), notes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& note : notes)
      if (!note.second.empty()) footnotes->push_back(std::move(note.second));
  }
  return out;
}

ParagraphComparison compare_paragraphs(const std::vector<std::string>& draft,
                                       const std::vector<std::string>& built) {
  ParagraphComparison result;
  result.draft = draft.size();
  result.built = built.size();
  const std::size_t n = draft.size(), m = built.size();
  std::vector<bool> draft_matched(n), built_matched(m);
  if (n * m <= 25'000'000) {
    std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        lcs[i][j] = draft[i] == built[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
      if (draft[i] == built[j]) {
        draft_matched[i++] = built_matched[j++] = true;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        ++i;
      } else {
        ++j;
      }
    }
  } else {
    // Too long to align: count identical paragraphs wherever they stand.
    std::multimap<std::string, std::size_t> waiting;
    for (std::size_t j = 0; j < m; ++j) waiting.emplace(built[j], j);
    for (std::size_t i = 0; i < n; ++i)
      if (auto found = waiting.find(draft[i]); found != waiting.end()) {
        draft_matched[i] = built_matched[found->second] = true;
        waiting.erase(found);
      }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (draft_matched[i]) {
      ++result.identical;
    } else {
      result.draft_only.push_back(draft[i]);
    }
  }
  for (std::size_t j = 0; j < m; ++j)
    if (!built_matched[j]) result.built_only.push_back(built[j]);
  return result;
}

Result<DraftDocument> build_and_read(const std::filesystem::path& record, const Paths& paths,
                                     const StateRegistry& registry, const ToolSettings& tools,
                                     const std::filesystem::path& work) {
  auto rendering = draft_document(record, paths, registry);
  if (!rendering) return rendering.errors();
  return read_built_document(*rendering, paths, tools, work);
}

Result<DraftDocument> read_built_document(const Rendering& rendering, const Paths& paths,
                                          const ToolSettings& tools, const std::filesystem::path& work) {
  auto docx = markdown_to_docx(rendering.markdown, rendering.identity, paths, tools, work);
  if (!docx) return docx.errors();
  std::filesystem::path built = work / (rendering.name + ".docx");
  std::ofstream(built, std::ios::binary) << *docx;
  return read_docx(built);
}

}  // namespace mspdoc
