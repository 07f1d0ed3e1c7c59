// libFuzzer target: the claim extractor and every rule, on a draft whose paragraphs, bullet and
// footnote come from the input (lines separated by newlines).

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check/checker.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mspdoc::fuzzing::Fixture fixture;
  std::string text(reinterpret_cast<const char*>(data), size);
  mspdoc::DraftDocument document;
  document.file = "fuzz.docx";
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line) && number < 64; ++number) {
    mspdoc::DraftParagraph paragraph;
    paragraph.index = document.paragraphs.size();
    paragraph.text = line;
    paragraph.number = std::to_string(number);
    paragraph.reference = paragraph.number;
    paragraph.level = 0;
    paragraph.bullet = number % 3 == 0;
    if (number % 4 == 0) paragraph.table = 0, paragraph.row = number, paragraph.cell = number % 2;
    if (number % 5 == 0) paragraph.outline_level = number % 3;
    if (number % 2 == 0 && !line.empty()) {
      std::string id = std::to_string(number);
      paragraph.notes.push_back(mspdoc::NoteReference{line.size() / 2, id, id});
      document.footnotes[id] = mspdoc::DraftFootnote{id, id, line, paragraph.index};
    }
    document.paragraphs.push_back(paragraph);
  }
  mspdoc::CheckContext context{fixture.data, std::nullopt};
  (void)mspdoc::check_document(document, context);
  return 0;
}
