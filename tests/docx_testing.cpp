#include "docx_testing.h"

#include <pugixml.hpp>

#include <regex>
#include <sstream>
#include <stdexcept>

#include "document_tools.h"
#include "drafting.h"
#include "process.h"
#include "test_support.h"

namespace mspdoc::testing {

std::string build_docx(const std::filesystem::path& record) {
  Paths paths = project_paths();
  auto registry = StateRegistry::load(paths);
  if (!registry) throw std::runtime_error(registry.error().str());
  auto draft = draft_document(record, paths, *registry);
  if (!draft) throw std::runtime_error(draft.error().str());
  WorkFolder work;
  auto docx = markdown_to_docx(draft->markdown, draft->identity, paths, ToolSettings{}, work.path());
  if (!docx) throw std::runtime_error(docx.error().str());
  return *docx;
}

ZipParts docx_parts(const std::string& docx_bytes) {
  TempDir dir;
  write_file(dir.path() / "document.docx", docx_bytes);
  auto parts = read_zip(dir.path() / "document.docx");
  if (!parts) throw std::runtime_error(parts.error().str());
  return *parts;
}

std::string normalised_xml(const std::string& xml) {
  pugi::xml_document doc;
  doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_indent | pugi::format_no_declaration);
  static const std::regex kTimestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");
  return std::regex_replace(out.str(), kTimestamp, "TIMESTAMP");
}

std::vector<DocxParagraph> docx_paragraphs(const std::string& document_xml) {
  pugi::xml_document doc;
  doc.load_buffer(document_xml.data(), document_xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  std::vector<DocxParagraph> paragraphs;
  for (pugi::xpath_node p : doc.select_nodes("//w:body//w:p")) {
    DocxParagraph paragraph{p.node().child("w:pPr").child("w:pStyle").attribute("w:val").value(), ""};
    for (pugi::xpath_node t : p.node().select_nodes(".//w:t | .//w:tab")) {
      if (std::string(t.node().name()) == "w:tab") paragraph.text += '\t';
      else paragraph.text += t.node().text().get();
    }
    paragraphs.push_back(paragraph);
  }
  return paragraphs;
}

bool PandocAvailable::operator()(unsigned long) const { return program_available("pandoc"); }

bool SofficeAvailable::operator()(unsigned long) const { return program_available("soffice"); }

}  // namespace mspdoc::testing
