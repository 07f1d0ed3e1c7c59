// Helpers for `make bench`: a draft N times the size of another (its body repeated), and the
// reference DOCX mspdoc gives pandoc, so pandoc alone can be timed on the same input.
//   bench_tool large-draft IN.docx OUT.docx N
//   bench_tool reference-docx OUT.docx
//   bench_tool hostile KIND N OUT.docx   KIND: counts (N counts in one paragraph), totals (N
//                                        paragraphs restating a total two ways), parentheses (N
//                                        unclosed in one paragraph), additional (chains of N)
//   bench_tool floor IN.docx             unzip and parse every XML part: what any reader pays

#include <fstream>
#include <iostream>
#include <pugixml.hpp>
#include <string>

#include "core/zip_archive.h"
#include "render/document_tools.h"

namespace {

int large_draft(const std::string& in, const std::string& out, int times) {
  auto parts = mspdoc::read_zip(in);
  if (!parts) return std::cerr << parts.error().str() << "\n", 2;
  std::string& document = (*parts)["word/document.xml"];
  auto open = document.find("<w:body>");
  auto section = document.rfind("<w:sectPr");
  auto close = document.rfind("</w:body>");
  if (open == std::string::npos || close == std::string::npos) return std::cerr << in << ": no body\n", 2;
  std::size_t end = section != std::string::npos && section > open ? section : close;
  std::string body = document.substr(open + 8, end - open - 8);
  std::string repeated;
  repeated.reserve(body.size() * std::size_t(times));
  for (int i = 0; i < times; ++i) repeated += body;
  document.replace(open + 8, end - open - 8, repeated);
  auto zipped = mspdoc::write_zip(*parts);
  if (!zipped) return std::cerr << zipped.error().str() << "\n", 2;
  std::ofstream(out, std::ios::binary) << *zipped;
  return 0;
}

std::string paragraph(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

int hostile(const std::string& kind, int n, const std::string& out) {
  std::string body;
  if (kind == "counts") {
    std::string text;
    for (int i = 0; i < n; ++i) text += std::to_string(i % 50 + 2) + " States Parties (Chile and Peru) met; ";
    body = paragraph(text);
  } else if (kind == "totals") {
    for (int i = 0; i < n; ++i)
      body += paragraph(i % 2 ? "The 14 States Parties with stockpiles finished."
                              : "The 13 States Parties with stockpiles reported on destruction.");
  } else if (kind == "parentheses") {
    body = paragraph("Nine States Parties " + std::string(std::size_t(n), '(') + "Chile");
  } else if (kind == "additional") {
    std::string text = "Two States Parties (Chile and Peru) reported.";
    for (int i = 0; i < n; ++i) text += " Two additional States Parties (Mexico and Chad) joined.";
    body = paragraph(text);
  } else {
    return std::cerr << "unknown kind " << kind << "\n", 2;
  }
  mspdoc::ZipParts parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  parts["word/document.xml"] =
      "<?xml version=\"1.0\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body>" +
      body + "</w:body></w:document>";
  auto zipped = mspdoc::write_zip(parts);
  if (!zipped) return std::cerr << zipped.error().str() << "\n", 2;
  std::ofstream(out, std::ios::binary) << *zipped;
  return 0;
}

int floor_of(const std::string& in) {
  auto parts = mspdoc::read_zip(in);
  if (!parts) return std::cerr << parts.error().str() << "\n", 2;
  std::size_t nodes = 0;
  for (const auto& [name, bytes] : *parts) {
    if (name.size() < 4 ||
        (name.compare(name.size() - 4, 4, ".xml") != 0 && name.compare(name.size() - 5, 5, ".rels") != 0))
      continue;
    pugi::xml_document document;
    if (document.load_buffer(bytes.data(), bytes.size()))
      nodes += std::size_t(std::distance(document.begin(), document.end()));
  }
  return nodes > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  if (command == "large-draft" && argc == 5) return large_draft(argv[2], argv[3], std::stoi(argv[4]));
  if (command == "hostile" && argc == 5) return hostile(argv[2], std::stoi(argv[3]), argv[4]);
  if (command == "floor" && argc == 3) return floor_of(argv[2]);
  if (command == "reference-docx" && argc == 3) {
    auto written = mspdoc::write_reference_docx(mspdoc::Paths::defaults(), argv[2]);
    return written ? 0 : (std::cerr << written.error().str() << "\n", 2);
  }
  std::cerr << "usage: bench_tool large-draft IN.docx OUT.docx N | reference-docx OUT.docx | hostile KIND N "
               "OUT.docx"
               " | floor IN.docx\n";
  return 2;
}
