#pragma once
/// Reading a DOCX draft as a reader sees it: paragraph text across runs, hyperlinks, smart tags,
/// fields and content controls; tracked changes as if accepted; tables; footnotes with the
/// numbers shown and where each is referenced; paragraph numbers as Word shows them.

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/zip_archive.h"

namespace mspdoc {

/// A footnote reference at a place in a paragraph's text.
struct NoteReference {
  std::size_t offset = 0;  ///< byte offset in the paragraph text where the mark stands
  std::string id;          ///< w:id in footnotes.xml
  std::string mark;        ///< what the reader sees: "7", or a custom mark such as "*"
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
  std::vector<NoteReference> notes;
  std::string reference;  ///< how a reader cites it: "48", "48 (a)", "table 3", or "" before any number

  bool is_heading() const { return outline_level >= 0; }
};

/// A footnote: the number shown, its text, and the paragraph that references it.
struct DraftFootnote {
  std::string id;
  std::string mark;  ///< "7" or "*"
  std::string text;
  std::size_t paragraph = 0;  ///< index of the referencing paragraph
};

/// A DOCX draft as text.
struct DraftDocument {
  std::string file;
  std::vector<DraftParagraph> paragraphs;
  std::map<std::string, DraftFootnote> footnotes;  ///< by footnote id
  std::optional<Date> date;                        ///< from the masthead, if it has one
  std::string symbol;                              ///< from the masthead or header, if any
  std::optional<Date> period_from, period_to;  ///< "the period from 1 July 2023 to 30 June 2024", if stated
  ZipParts parts;                              ///< the package, for annotating

  /// The footnote with this id, or nullptr.
  const DraftFootnote* footnote(const std::string& id) const;
};

/// Reads a DOCX saved by Word or LibreOffice. A file that is not a zip, a damaged zip, a package
/// without word/document.xml, or XML that does not parse is an Error naming the file.
Result<DraftDocument> read_docx(const std::filesystem::path& file);

/// Reads a DOCX from its parts (for tests and fuzzing); `name` is used in messages.
Result<DraftDocument> read_docx_parts(ZipParts parts, const std::string& name);

}  // namespace mspdoc
