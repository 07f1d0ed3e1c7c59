#pragma once
/// Test helpers for DOCX output: build a record to DOCX through the library, read parts and text.

#include <filesystem>
#include <string>
#include <vector>

#include "zip_archive.h"

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

/// Boost.Test precondition: pandoc is installed.
struct PandocAvailable {
  bool operator()(unsigned long) const;
};

/// Boost.Test precondition: LibreOffice (soffice) is installed.
struct SofficeAvailable {
  bool operator()(unsigned long) const;
};

}  // namespace mspdoc::testing
