// Helpers for `make bench`: a draft N times the size of another (its body repeated), and the
// reference DOCX mspdoc gives pandoc, so pandoc alone can be timed on the same input.
//   bench_tool large-draft IN.docx OUT.docx N
//   bench_tool reference-docx OUT.docx

#include <fstream>
#include <iostream>
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

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  if (command == "large-draft" && argc == 5) return large_draft(argv[2], argv[3], std::stoi(argv[4]));
  if (command == "reference-docx" && argc == 3) {
    auto written = mspdoc::write_reference_docx(mspdoc::Paths::defaults(), argv[2]);
    return written ? 0 : (std::cerr << written.error().str() << "\n", 2);
  }
  std::cerr << "usage: bench_tool large-draft IN.docx OUT.docx N | bench_tool reference-docx OUT.docx\n";
  return 2;
}
