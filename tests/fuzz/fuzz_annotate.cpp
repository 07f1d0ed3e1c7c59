// libFuzzer target: --annotate. The input is the XML parts of a package separated by NUL bytes
// (document, comments, footnotes); the draft is read, checked, and an annotated copy written with
// a comment at every finding and at spans chosen by the input's first bytes.

#include <cstddef>
#include <cstdint>
#include <string>

#include "check/checker.h"
#include "docx/annotate.h"
#include "docx/reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mspdoc::fuzzing::Fixture fixture;
  static const mspdoc::CheckContext context{fixture.data, std::nullopt};
  if (size < 2) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);
  mspdoc::ZipParts parts = mspdoc::fuzzing::parts_separated_by_nul(
      bytes, {"word/document.xml", "word/comments.xml", "word/footnotes.xml"});
  auto document = mspdoc::read_docx_parts(parts, "fuzz.docx");
  if (!document) return 0;
  std::vector<mspdoc::Annotation> annotations;
  for (const mspdoc::Finding& finding : mspdoc::check_document(*document, context))
    annotations.push_back({finding.paragraph_index, finding.begin, finding.end, "", finding.message});
  if (!document->paragraphs.empty())  // a span the input chooses, possibly past the text's end
    annotations.push_back(
        {data[0] % document->paragraphs.size(), data[1], std::size_t(data[1]) * 2u, "", "x"});
  (void)mspdoc::write_annotated_copy(*document, annotations, fixture.folder / "annotated.docx");
  return 0;
}
