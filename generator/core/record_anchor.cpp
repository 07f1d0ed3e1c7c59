#include "core/record_anchor.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

namespace mspdoc {
namespace {

// Marks pandoc passes through as text (private-use characters), so that its Markdown reader
// has no spans to parse: open, then the name, then the text, then close.
constexpr std::string_view kOpen = "\uE000", kNameEnd = "\uE001", kClose = "\uE002";
constexpr std::string_view kBookmarkPrefix = "msp";
constexpr std::size_t kMaxPropertyLength = 255;  // Word's limit for a text property

/// Each kind and the letter that names it in a bookmark: one table, read both ways.
constexpr std::array<std::pair<AnchorKind, char>, 4> kKindLetters = {{{AnchorKind::count, 'c'},
                                                                      {AnchorKind::list, 'l'},
                                                                      {AnchorKind::table_cell, 't'},
                                                                      {AnchorKind::summary_bullet, 'b'}}};

char kind_letter(AnchorKind kind) {
  for (const auto& [known, letter] : kKindLetters)
    if (known == kind) return letter;
  return 'c';
}

std::optional<AnchorKind> kind_of_letter(char letter) {
  for (const auto& [kind, known] : kKindLetters)
    if (known == letter) return kind;
  return std::nullopt;
}

std::optional<std::size_t> number_at(std::string_view text) {
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

/// "c:SET:IND" -> kind, set, indicator.
std::optional<std::pair<char, std::pair<std::string, std::string>>> placeholder_fields(
    std::string_view text) {
  std::size_t first = text.find(':'), second = text.find(':', first + 1);
  if (text.size() < 2 || first != 1 || second == std::string_view::npos) return std::nullopt;
  return std::make_pair(
      text[0], std::make_pair(std::string(text.substr(2, second - 2)), std::string(text.substr(second + 1))));
}

}  // namespace

std::string RecordAnchor::ids() const {
  std::string out;
  if (!set.empty()) out = "set " + set;
  if (!indicator.empty()) out += (out.empty() ? "" : ", ") + std::string("indicator ") + indicator;
  return out;
}

std::string anchored_markdown(std::string_view markdown, AnchorKind kind, std::string_view set,
                              std::string_view indicator) {
  return std::string(kOpen) + kind_letter(kind) + ":" + std::string(set) + ":" + std::string(indicator) +
         std::string(kNameEnd) + std::string(markdown) + std::string(kClose);
}

std::string without_record_anchors(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  for (std::size_t at = 0; at < markdown.size();) {
    if (markdown.substr(at, kOpen.size()) == kOpen) {
      std::size_t name_end = markdown.find(kNameEnd, at);
      at = name_end == std::string_view::npos ? markdown.size() : name_end + kNameEnd.size();
    } else if (markdown.substr(at, kClose.size()) == kClose) {
      at += kClose.size();
    } else {
      out += markdown[at++];
    }
  }
  return out;
}

std::vector<AnchorMark> split_anchor_marks(std::string_view text) {
  std::vector<AnchorMark> marks;
  auto add_text = [&](std::string_view piece) {
    if (!piece.empty()) marks.push_back({AnchorMark::Kind::text, std::string(piece)});
  };
  std::size_t from = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (text.substr(at, kOpen.size()) == kOpen) {
      std::size_t name_end = text.find(kNameEnd, at);
      if (name_end == std::string_view::npos) break;
      add_text(text.substr(from, at - from));
      std::string name = "_" + std::string(text.substr(at + kOpen.size(), name_end - at - kOpen.size()));
      std::replace(name.begin(), name.end(), '.', '_');
      marks.push_back({AnchorMark::Kind::start, name});
      at = from = name_end + kNameEnd.size();
    } else if (text.substr(at, kClose.size()) == kClose) {
      add_text(text.substr(from, at - from));
      marks.push_back({AnchorMark::Kind::end, ""});
      at = from = at + kClose.size();
    } else {
      ++at;
    }
  }
  add_text(text.substr(from));
  return marks;
}

bool has_anchor_marks(std::string_view text) {
  return text.find(kOpen) != std::string_view::npos || text.find(kClose) != std::string_view::npos;
}

std::string number_record_anchors(std::string_view markdown, AnchorTable& table) {
  std::map<std::pair<std::string, std::string>, std::size_t> entries;
  for (std::size_t r = 0; r < table.size(); ++r) entries.emplace(table[r], r);
  std::string out;
  out.reserve(markdown.size());
  std::size_t from = 0, spans = 0;
  for (std::size_t at = markdown.find(kOpen); at != std::string_view::npos; at = markdown.find(kOpen, from)) {
    std::size_t name_end = markdown.find(kNameEnd, at);
    auto fields = name_end == std::string_view::npos
                      ? std::nullopt
                      : placeholder_fields(markdown.substr(at + kOpen.size(), name_end - at - kOpen.size()));
    if (!fields) break;
    auto [entry, added] = entries.emplace(fields->second, table.size());
    if (added) table.push_back(fields->second);
    out.append(markdown.substr(from, at - from))
        .append(kOpen)
        .append(kBookmarkPrefix)
        .append(1, fields->first);
    out.append("." + std::to_string(entry->second) + "." + std::to_string(++spans)).append(kNameEnd);
    from = name_end + kNameEnd.size();
  }
  out.append(markdown.substr(from));
  return out;
}

std::vector<std::string> anchor_table_chunks(const AnchorTable& table) {
  std::vector<std::string> chunks;
  std::string chunk;
  for (std::size_t r = 0; r < table.size(); ++r) {
    std::string entry = std::to_string(r) + "=" + table[r].first + "/" + table[r].second + ";";
    if (!chunk.empty() && chunk.size() + entry.size() > kMaxPropertyLength) {
      chunks.push_back(chunk);
      chunk.clear();
    }
    chunk += entry;
  }
  if (!chunk.empty()) chunks.push_back(chunk);
  return chunks;
}

AnchorTable anchor_table_of_chunks(const std::vector<std::string>& chunks) {
  AnchorTable table;
  for (const std::string& chunk : chunks) {
    std::string_view rest = chunk;
    while (!rest.empty()) {
      std::size_t end = std::min(rest.find(';'), rest.size());
      std::string_view entry = rest.substr(0, end);
      rest.remove_prefix(std::min(end + 1, rest.size()));
      std::size_t equals = entry.find('='), slash = entry.find('/');
      if (equals == std::string_view::npos || slash == std::string_view::npos || slash < equals) continue;
      auto r = number_at(entry.substr(0, equals));
      if (!r || *r > 100000) continue;
      if (table.size() <= *r) table.resize(*r + 1);
      table[*r] = {std::string(entry.substr(equals + 1, slash - equals - 1)),
                   std::string(entry.substr(slash + 1))};
    }
  }
  return table;
}

std::optional<RecordAnchor> parse_record_anchor(std::string_view name, const AnchorTable& table) {
  if (name.starts_with("_")) name.remove_prefix(1);  // hidden in Word
  if (!name.starts_with(kBookmarkPrefix) || name.size() < kBookmarkPrefix.size() + 4) return std::nullopt;
  name.remove_prefix(kBookmarkPrefix.size());
  auto kind = kind_of_letter(name[0]);
  std::size_t second = name.find('_', 2);
  if (!kind || name[1] != '_' || second == std::string_view::npos) return std::nullopt;
  auto entry = number_at(name.substr(2, second - 2));
  // LibreOffice appends "_Copy_1" to the bookmarks of footnotes it copies; the number comes first.
  std::string_view number = name.substr(second + 1);
  number = number.substr(0, number.find('_'));
  if (!entry || !number_at(number) || *entry >= table.size()) return std::nullopt;
  const auto& [set, indicator] = table[*entry];
  if (set.empty() && indicator.empty()) return std::nullopt;
  RecordAnchor anchor;
  anchor.kind = *kind;
  anchor.set = set;
  anchor.indicator = indicator;
  return anchor;
}

}  // namespace mspdoc
