// libFuzzer target: the DOCX reader. The first byte chooses the input's form: a whole zip
// package, or the XML parts of a package separated by NUL bytes (document, numbering, styles,
// footnotes, and the custom properties that carry record anchors' table), which reaches the
// numbering, text walking and anchor reading faster.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "docx/reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mspdoc::fuzzing::Fixture fixture;
  if (size == 0) return 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    const std::filesystem::path file = fixture.folder / "draft.docx";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    (void)mspdoc::read_docx(file);
    return 0;
  }
  mspdoc::ZipParts parts = mspdoc::fuzzing::parts_separated_by_nul(
      bytes, {"word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml",
              "docProps/custom.xml"});
  (void)mspdoc::read_docx_parts(parts, "fuzz.docx");
  return 0;
}
