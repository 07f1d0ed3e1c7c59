// libFuzzer target: the records loader (XML parsing, RelaxNG validation, record reading) on
// arbitrary bytes, as a progress report and as a final report beside a real meeting record.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "fuzz_support.h"
#include "records/final_report.h"
#include "records/progress_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mspdoc::fuzzing::Fixture fixture;
  const std::filesystem::path record = fixture.folder / "record.xml";
  {
    std::ofstream out(record, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  (void)mspdoc::load_progress_report(record, fixture.paths, fixture.registry);
  (void)mspdoc::load_final_report(record, fixture.paths, fixture.registry);
  return 0;
}
