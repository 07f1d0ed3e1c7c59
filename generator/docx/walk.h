#pragma once
/// The reading order of a Word body, shared by the reader and the annotator so that both see the
/// same paragraphs and the same text offsets.

#include <functional>
#include <pugixml.hpp>
#include <string>

namespace mspdoc {

/// Where a paragraph stands: -1 outside tables.
struct TablePosition {
  int table = -1, row = -1, cell = -1;
};

/// Visits every paragraph of `body` in reading order (into tables row by row, content controls,
/// insertions; not into deletions). False when tables nest deeper than a reader can follow.
bool walk_body_paragraphs(
    const pugi::xml_node& body,
    const std::function<void(const pugi::xml_node& paragraph, const TablePosition& where)>& visit);

/// Visits a paragraph's text in reading order: each piece of text with the node that holds it
/// (w:t, w:tab, ...), and each footnote reference with an empty text. Deleted text, field codes
/// and text boxes are not read.
void walk_paragraph_text(
    const pugi::xml_node& paragraph,
    const std::function<void(const pugi::xml_node& node, const std::string& text)>& visit);

}  // namespace mspdoc
