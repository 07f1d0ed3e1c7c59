#include "support/docx_testing.h"

#include <pugixml.hpp>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "core/process.h"
#include "render/document_tools.h"
#include "render/drafting.h"
#include "support/test_support.h"

namespace mspdoc::testing {

const char* const kWordNs = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

namespace {
const char* const kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Override PartName="/word/document.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
const char* const kPackageRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
    R"(Target="word/document.xml"/></Relationships>)";

/// Namespaces the test parts may use besides w: (drawings, text boxes, VML, compatibility).
const char* const kOtherNs =
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml")";

std::string part(const char* root, const std::string& children) {
  return std::string("<w:") + root + " " + kWordNs + kOtherNs + ">" + children + "</w:" + root + ">";
}
}  // namespace

std::string word_part(const std::string& root, const std::string& children) {
  return part(root.c_str(), children);
}

ZipParts docx_from_xml(const std::string& body, const std::string& numbering, const std::string& footnotes,
                       const std::string& styles) {
  ZipParts parts;
  parts["[Content_Types].xml"] = kContentTypes;
  parts["_rels/.rels"] = kPackageRels;
  parts["word/document.xml"] = part("document", "<w:body>" + body + "</w:body>");
  if (!numbering.empty()) parts["word/numbering.xml"] = part("numbering", numbering);
  if (!footnotes.empty()) parts["word/footnotes.xml"] = part("footnotes", footnotes);
  if (!styles.empty()) parts["word/styles.xml"] = part("styles", styles);
  return parts;
}

Result<DraftDocument> read_docx_xml(const std::string& body, const std::string& numbering,
                                    const std::string& footnotes, const std::string& styles) {
  return read_docx_parts(docx_from_xml(body, numbering, footnotes, styles), "test.docx");
}

std::filesystem::path docx_with_body(const std::filesystem::path& dir, const std::string& body) {
  auto zipped = write_zip(docx_from_xml(body));
  if (!zipped) throw std::runtime_error(zipped.error().str());
  write_file(dir / "draft.docx", *zipped);
  return dir / "draft.docx";
}

void write_draft(const std::filesystem::path& file, const std::string& text) {
  std::string body =
      "<w:p><w:r><w:t>Convention on Cluster Munitions</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>18 September 2024</w:t></w:r></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">1.\t" +
      text + "</w:t></w:r></w:p>";
  auto zipped = write_zip(docx_from_xml(body));
  if (!zipped) throw std::runtime_error(zipped.error().str());
  write_file(file, *zipped);
}

std::string docx_text(const std::string& docx_bytes) {
  std::string text;
  for (const DocxParagraph& p : docx_paragraphs(docx_parts(docx_bytes).at("word/document.xml")))
    text += p.text + "\n";
  return text;
}

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
      if (std::string(t.node().name()) == "w:tab")
        paragraph.text += '\t';
      else
        paragraph.text += t.node().text().get();
    }
    paragraphs.push_back(paragraph);
  }
  return paragraphs;
}

bool PandocAvailable::operator()(unsigned long) const {
  return program_available("pandoc");
}

bool SofficeAvailable::operator()(unsigned long) const {
  return program_available("soffice");
}

}  // namespace mspdoc::testing
