#pragma once
/// The reading order of a Word story (the body, a note, a header) as Word shows it with every
/// tracked change accepted, shared by the reader and the annotator so that both see the same
/// paragraphs and the same text offsets.

#include <functional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/error.h"

namespace mspdoc {

/// Where a paragraph stands: -1 outside tables.
struct TablePosition {
  int table = -1, row = -1, cell = -1;
};

/// True for w:bookmarkStart and w:bookmarkEnd, which the walk passes on as pieces without text.
bool is_bookmark_mark(const pugi::xml_node& node);

/// A piece of visible text and the node that holds it (w:t, w:tab, ...). A note reference
/// (w:footnoteReference, w:endnoteReference) and a bookmark's start or end are pieces with
/// empty text.
struct TextPiece {
  pugi::xml_node node;
  std::string text;
};

/// One paragraph as a reader sees it. Paragraphs whose mark was deleted (or hidden) join the
/// next one, so a paragraph may span several w:p elements; the last one's mark survives and
/// gives the paragraph its properties. A paragraph deleted whole leaves nothing.
struct WalkedParagraph {
  std::vector<pugi::xml_node> nodes;  ///< the w:p elements read into this paragraph, in order
  TablePosition where;
  int text_box = -1;              ///< which text box (in reading order) holds it; -1: none
  std::vector<TextPiece> pieces;  ///< visible text and note references, in reading order

  /// The w:p whose mark survives: its w:pPr gives style, outline level and numbering.
  const pugi::xml_node& mark() const { return nodes.back(); }
  /// The visible text, pieces joined.
  std::string text() const;
};

/// What the walk needs to know of the document beyond the story.
struct WalkSettings {
  /// True for a character style id whose runs are hidden (w:vanish in the style); may be empty.
  std::function<bool(const std::string& style_id)> hidden_style;
};

/// How deep elements may nest inside a story before the reader refuses it.
constexpr int kMaxStoryDepth = 200;

/// Reads every paragraph of `story` (w:body, w:footnote, w:hdr, w:txbxContent...) in reading
/// order: into tables row by row (deleted rows left out), content controls, custom XML,
/// insertions and moves to; not into deletions and moves from. One branch of each
/// mc:AlternateContent; field codes, hidden runs and comments never read; text boxes read once,
/// as paragraphs of their own after the paragraph that anchors them. An Error (without file)
/// when content nests deeper than kMaxStoryDepth.
Result<std::vector<WalkedParagraph>> walk_story(const pugi::xml_node& story,
                                                const WalkSettings& settings = {});

/// Text as a reader sees it: Unicode space separators (no-break, narrow no-break, figure, thin
/// ...) become spaces; soft hyphens and zero-width characters (U+200B–U+200D, U+2060, U+FEFF)
/// disappear. Other bytes are kept as they are.
std::string visible_text(std::string_view text);

}  // namespace mspdoc
