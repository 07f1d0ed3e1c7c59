#include "records/record_reader.h"

#include <charconv>

#include "registry/un_style.h"

namespace mspdoc {
namespace {

/// Text with every run of white space folded to one space (ends kept, trimmed when rendered).
std::string fold_space(const std::string& raw) {
  std::string out;
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

}  // namespace

Date RecordReader::date(const xmlNode* node, const char* name) {
  std::string value = text(node, name);
  auto day = Date::parse(value);
  if (!day) error(node, std::string(name) + "=\"" + value + "\" is not a date YYYY-MM-DD");
  return day.value_or(Date{});
}

std::optional<long> RecordReader::number(const xmlNode* node, const char* name) {
  auto value = attribute(node, name);
  long parsed = 0;
  if (!value) return std::nullopt;
  const char* end = value->data() + value->size();
  auto [stop, error] = std::from_chars(value->data(), end, parsed);
  if (error != std::errc() || stop != end) return std::nullopt;  // "4x" is no number
  return parsed;
}

const State* RecordReader::state(const xmlNode* node) {
  std::string typed = text_of(node);
  if (const State* found = registry_.resolve(typed)) return found;
  std::vector<std::string> names;
  for (const State* near : registry_.suggest(typed)) names.push_back(near->short_name);
  error(node,
        "unknown State \"" + typed + "\"; " +
            (names.empty() ? "no known State is close" : "did you mean " + join_list(names, "or") + "?"));
  return nullptr;
}

Inline RecordReader::element_inline(const xmlNode* node) {
  Inline piece;
  piece.line = int(xmlGetLineNo(node));
  std::string_view name = name_of(node);
  if (name == "em" || name == "note") {
    piece.kind = name == "em" ? Inline::Kind::emphasis : Inline::Kind::note;
    piece.children = inlines(node);
  } else if (name == "states") {
    piece.kind = Inline::Kind::states;
    piece.set = text(node, "set");
    piece.placement = attribute(node, "list").value_or("inline");
    piece.noun = text(node, "noun");
  } else if (name == "count") {
    piece.kind = Inline::Kind::count;
    piece.set = text(node, "set");
    piece.indicator = text(node, "indicator");
  } else if (name == "names") {
    piece.kind = Inline::Kind::names;
    piece.set = text(node, "set");
    piece.placement = attribute(node, "as").value_or("inline");
  } else if (name == "state") {
    piece.kind = Inline::Kind::state;
    piece.state = state(node);
    piece.text = text_of(node);
  } else if (name == "period") {
    piece.kind = Inline::Kind::period;
  } else if (name == "doc") {
    piece.kind = Inline::Kind::document;
    piece.symbol = text(node, "symbol");
    piece.placement = attribute(node, "as").value_or("text");
  }
  return piece;
}

std::vector<Inline> RecordReader::inlines(const xmlNode* parent) {
  std::vector<Inline> pieces;
  for (const xmlNode* node = parent ? parent->children : nullptr; node; node = node->next) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      xmlChar* content = xmlNodeGetContent(node);
      Inline piece;
      piece.kind = Inline::Kind::text;
      piece.text = fold_space(reinterpret_cast<const char*>(content));
      xmlFree(content);
      piece.line = int(xmlGetLineNo(node));
      pieces.push_back(std::move(piece));
    } else if (node->type == XML_ELEMENT_NODE) {
      pieces.push_back(element_inline(node));
    }
  }
  return pieces;
}

std::vector<Paragraph> RecordReader::paragraphs(const xmlNode* parent) {
  std::vector<Paragraph> out;
  for (const xmlNode* node : child_elements(parent)) {
    if (name_of(node) == "p") {
      out.push_back(Paragraph{inlines(node), {}, int(xmlGetLineNo(node))});
    } else if (name_of(node) == "subparagraphs" && !out.empty()) {
      out.back().subparagraphs = paragraphs(node);
    }
  }
  return out;
}

}  // namespace mspdoc
