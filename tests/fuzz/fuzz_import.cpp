// libFuzzer target: import, from a draft read by the DOCX reader to the records' XML. The input is
// the XML parts of a package separated by NUL bytes (document, numbering, styles, footnotes, and
// the custom properties that carry record anchors' table).

#include <cstddef>
#include <cstdint>
#include <string>

#include "docx/reader.h"
#include "fuzz_support.h"
#include "import/progress_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mspdoc::fuzzing::Fixture fixture;
  static const mspdoc::CheckContext context{fixture.data, std::nullopt};
  std::string bytes(reinterpret_cast<const char*>(data), size);
  mspdoc::ZipParts parts = mspdoc::fuzzing::parts_separated_by_nul(
      bytes, {"word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml",
              "docProps/custom.xml"});
  auto document = mspdoc::read_docx_parts(parts, "fuzz.docx");
  if (document) (void)mspdoc::import_progress_report(*document, context);
  return 0;
}
