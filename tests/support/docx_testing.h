#pragma once
/// Test helpers for DOCX output: build a record to DOCX through the library, read parts and text.

#include <filesystem>
#include <string>
#include <vector>

#include "core/zip_archive.h"
#include "docx/reader.h"

namespace mspdoc::testing {

/// Builds `record` to DOCX bytes with the project's templates and the real pandoc; throws with
/// the error text when drafting fails.
std::string build_docx(const std::filesystem::path& record);

/// The parts of DOCX bytes.
ZipParts docx_parts(const std::string& docx_bytes);

/// A part as indented XML, one element per line, with timestamps masked: comparable across runs.
std::string normalised_xml(const std::string& xml);

/// The text of each paragraph of word/document.xml (runs joined), in order, with the style id.
struct DocxParagraph {
  std::string style;
  std::string text;
};
std::vector<DocxParagraph> docx_paragraphs(const std::string& document_xml);

/// The WordprocessingML namespace declaration: `xmlns:w="…"`.
extern const char* const kWordNs;

/// A WordprocessingML part: <w:ROOT> declaring w:, r:, mc:, wps:, wp:, a:, v: and w14:, holding
/// `children`.
std::string word_part(const std::string& root, const std::string& children);

/// Parts of a minimal DOCX: the given body (inside w:body) and, when not empty, numbering,
/// footnotes and styles (their children), with content types and relationships.
ZipParts docx_from_xml(const std::string& body, const std::string& numbering = "",
                       const std::string& footnotes = "", const std::string& styles = "");

/// Reads docx_from_xml(...) as the checker reads a draft named "test.docx".
Result<DraftDocument> read_docx_xml(const std::string& body, const std::string& numbering = "",
                                    const std::string& footnotes = "", const std::string& styles = "");

/// Writes docx_from_xml(body) to dir/draft.docx and returns its path.
std::filesystem::path docx_with_body(const std::filesystem::path& dir, const std::string& body);

/// Writes a draft to `file`: the convention's name and a date (18 September 2024) as its masthead,
/// then "1.<tab>TEXT" as its one body paragraph.
void write_draft(const std::filesystem::path& file, const std::string& text);

/// The text of every paragraph of word/document.xml in DOCX bytes, one line each.
std::string docx_text(const std::string& docx_bytes);

/// Boost.Test precondition: pandoc is installed.
struct PandocAvailable {
  bool operator()(unsigned long) const;
};

/// Boost.Test precondition: LibreOffice (soffice) is installed.
struct SofficeAvailable {
  bool operator()(unsigned long) const;
};

}  // namespace mspdoc::testing
