#pragma once
/// What pandoc cannot do for a UN document, done on its DOCX parts with pugixml.

#include <string>

#include "core/date.h"
#include "core/error.h"
#include "core/record_anchor.h"
#include "core/zip_archive.h"

namespace mspdoc {

/// What the finishing step needs to know about the document.
struct DocumentIdentity {
  std::string symbol;  ///< goes in the header of every page after the first
  std::string title;   ///< document properties
  Date date;           ///< document properties: created and modified
};

/// Finishes a pandoc DOCX in place: the symbol in the header of pages after the first and the
/// page number in the footer; the title note's asterisk in place of a footnote number (the note
/// pandoc wrote with the text "MSPDOC-ASTERISK-NOTE"); footnote marks before the text column and a tab to
/// the text at the indent; tables
/// as wide as the text block; document properties dated by the document, not by the clock;
/// record anchors' bookmarks hidden and their table in the custom properties.
Result<bool> finish_un_document(ZipParts& parts, const DocumentIdentity& identity,
                                const AnchorTable& anchors = {});

/// The sentinel that marks the title's asterisk note in the Markdown.
inline constexpr const char* kAsteriskNoteMarker = "MSPDOC-ASTERISK-NOTE";

}  // namespace mspdoc
