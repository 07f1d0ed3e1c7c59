// Golden tests: rendered DOCX parts compared as XML with the expectations in tests/golden/CASE/.
// After an intended change of output, regenerate them with `make golden` and review the diff.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <sstream>

#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const char* const kComparedParts[] = {"word/document.xml", "word/footnotes.xml", "word/numbering.xml",
                                      "word/styles.xml",   "word/settings.xml",  "word/header1.xml",
                                      "docProps/core.xml", "docProps/custom.xml"};

bool updating() {
  const char* flag = std::getenv("MSPDOC_UPDATE_GOLDEN");
  return flag && *flag && std::string(flag) != "0";
}

std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string left, right;
  for (int line = 1;; ++line) {
    bool more_a = bool(std::getline(a, left)), more_b = bool(std::getline(b, right));
    if (!more_a && !more_b) return "";
    if (left != right || more_a != more_b)
      return "line " + std::to_string(line) + ":\n  expected: " + left + "\n  actual:   " + right;
  }
}

void check_golden_case(const std::string& name, const std::filesystem::path& record) {
  std::filesystem::path expected_dir = std::filesystem::path(MSPDOC_SOURCE_DIR) / "tests" / "golden" / name;
  ZipParts parts = docx_parts(build_docx(record));
  for (const char* part : kComparedParts) {
    BOOST_TEST_REQUIRE(parts.count(part) == 1u, part);
    std::string actual = normalised_xml(parts.at(part));
    std::filesystem::path file = expected_dir / (std::string(part) + ".golden");
    if (updating()) {
      write_file(file, actual);
      continue;
    }
    BOOST_TEST_REQUIRE(std::filesystem::exists(file), file.string() << " missing: run make golden");
    std::string difference = first_difference(read_file(file), actual);
    BOOST_TEST(difference.empty(), part << " differs from " << file.string() << " at " << difference);
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(render_golden, *boost::unit_test::precondition(PandocAvailable()))

BOOST_AUTO_TEST_CASE(small_report_docx_parts) {
  check_golden_case("small-report", std::filesystem::path(MSPDOC_SOURCE_DIR) /
                                        "tests/fixtures/small-report/progress-report.xml");
}

BOOST_AUTO_TEST_CASE(final_report_docx_parts) {
  check_golden_case("12msp-final-report",
                    std::filesystem::path(MSPDOC_SOURCE_DIR) / "data/12msp/final-report.xml");
}

BOOST_AUTO_TEST_SUITE_END()
