#pragma once
/// Reading a DOCX draft as a person sees it in Word with every change accepted: paragraph text
/// across runs, hyperlinks, smart tags, content controls and text boxes; the visible results of
/// fields; no hidden text, no comments; tables; footnotes and endnotes with the marks shown and
/// where each is referenced; paragraph and heading numbers as Word shows them; the masthead
/// wherever the draft puts it (first-page header, a table, a text box, the body).

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/record_anchor.h"
#include "core/zip_archive.h"

namespace mspdoc {

/// A footnote reference at a place in a paragraph's text.
struct NoteReference {
  std::size_t offset = 0;  ///< byte offset in the paragraph text where the mark stands
  std::string id;          ///< the note's key in DraftDocument::footnotes: w:id, "e" + w:id for endnotes
  std::string mark;        ///< what the reader sees: "7", "iv", or a custom mark such as "*"
  bool endnote = false;
};

/// One paragraph of the draft, body or table cell or footnote.
struct DraftParagraph {
  std::size_t index = 0;  ///< position among the document's paragraphs
  std::string text;       ///< runs joined; tabs as '\t'
  std::string style;      ///< style name ("_ ParaNo_G", "heading 1", "Normal")
  std::string label;      ///< the number as shown: "48.", "(a)", "•"; typed numbers too
  std::string number;     ///< "48", "a"; empty when the paragraph has no number
  int level = -1;         ///< numbering level; -1 when not numbered
  bool typed_number = false;
  bool bullet = false;
  int outline_level = -1;               ///< 0 for a chapter heading; -1 for body text
  int table = -1, row = -1, cell = -1;  ///< where in which table; -1 outside tables
  int text_box = -1;                    ///< which text box holds it, in reading order; -1 none
  std::vector<NoteReference> notes;
  std::vector<RecordAnchor> anchors;  ///< text a generated document marks as from a record
  std::string reference;  ///< how a reader cites it: "48", "48 (a)", "table 3", or "" before any number

  bool is_heading() const { return outline_level >= 0; }
};

/// A footnote or endnote: the mark shown, its text, and the paragraph that references it.
struct DraftFootnote {
  std::string id;    ///< its key: w:id, or "e" + w:id for an endnote
  std::string mark;  ///< "7", "ii" or "*"
  std::string text;
  std::size_t paragraph = 0;  ///< index of the referencing paragraph (for a note in a note, the outer one's)
  bool endnote = false;
  std::vector<RecordAnchor> anchors;  ///< offsets in `text`
};

/// A DOCX draft as text.
struct DraftDocument {
  std::string file;
  std::vector<DraftParagraph> paragraphs;
  std::map<std::string, DraftFootnote> footnotes;  ///< by footnote id
  std::optional<Date> date;                        ///< from the masthead, if it has one
  std::string symbol;                              ///< from the masthead or header, if any
  std::string original;                            ///< "English" from "Original: English", if any
  std::vector<std::string> header_lines;           ///< paragraphs of the first-page and default headers
  std::optional<Date> period_from, period_to;  ///< "the period from 1 July 2023 to 30 June 2024", if stated
  AnchorTable anchor_table;                    ///< the records a generated document's anchors name
  ZipParts parts;                              ///< the package, for annotating

  /// The footnote with this id, or nullptr.
  const DraftFootnote* footnote(const std::string& id) const;
};

/// Reads a DOCX saved by Word or LibreOffice, Transitional or Strict, with any namespace prefixes.
/// A file that is not a zip, a damaged zip, a package without word/document.xml, XML that does not
/// parse, or content nested deeper than the reader follows is an Error naming the file and part.
Result<DraftDocument> read_docx(const std::filesystem::path& file);

/// Reads a DOCX from its parts (for tests and fuzzing); `name` is used in messages.
Result<DraftDocument> read_docx_parts(ZipParts parts, const std::string& name);

}  // namespace mspdoc
