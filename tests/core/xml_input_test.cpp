#include "core/xml_input.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/cli.h"
#include "docx/reader.h"
#include "registry/state_registry.h"
#include "render/templates.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::string first_error(const Paths& paths) {
  auto loaded = StateRegistry::load(paths);
  return loaded ? "(loaded)" : loaded.error().str();
}

const char* const kGood = R"(<states>
  <state iso3="CHL" membership="member"><short>Chile</short><formal>the Republic of Chile</formal></state>
</states>
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(core_xml_input)

BOOST_AUTO_TEST_CASE(malformed_xml_stops_with_file_and_line) {
  TempDir dir;
  Paths paths = home_with_states(dir, "<states>\n  <state iso3=\"CHL\"\n</states>\n");
  std::string error = first_error(paths);
  BOOST_TEST(error.rfind((dir.path() / "data" / "states.xml").string() + ":3: ", 0) == 0, error);
}

BOOST_AUTO_TEST_CASE(a_doctype_is_refused) {
  TempDir dir;
  Paths paths = home_with_states(dir, std::string("<!DOCTYPE states [<!ENTITY x \"Chile\">]>\n") + kGood);
  BOOST_TEST(first_error(paths).find("a DOCTYPE is not allowed in records") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(dtd_declarations_are_found_wherever_they_stand) {
  BOOST_TEST(find_dtd_declaration("<a>Hello!</a><!ENTITY x \"y\">") == 13u);
  BOOST_TEST(find_dtd_declaration("<!DOCTYPE a>") == 0u);
  BOOST_TEST(find_dtd_declaration("<a><!-- ! --><![CDATA[!]]></a>") == std::string::npos);
  BOOST_TEST(find_dtd_declaration("!") == std::string::npos);
  BOOST_TEST(find_dtd_declaration("<!DOCTYP") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_doctype_after_a_comment_is_refused_before_parsing_at_its_line) {
  TempDir dir;
  Paths paths = home_with_states(
      dir,
      std::string("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE states [<!ENTITY a \"aaaa\">]>\n") +
          kGood);
  BOOST_TEST(first_error(paths) ==
             (dir.path() / "data" / "states.xml").string() + ":3: a DOCTYPE is not allowed in records");
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_named) {
  TempDir dir;
  Paths paths = project_paths();
  paths.home = dir.path();
  BOOST_TEST(first_error(paths) == (dir.path() / "data" / "states.xml").string() + ": no such file");
}

BOOST_AUTO_TEST_CASE(an_external_entity_in_a_record_is_refused) {
  TempDir dir;
  std::filesystem::copy(small_report_dir() / "meeting.xml", dir.path() / "meeting.xml");
  std::string record = read_file(small_report_dir() / "progress-report.xml");
  record.insert(record.find("<progress-report"),
                "<!DOCTYPE progress-report [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n");
  write_file(dir.path() / "progress-report.xml", record);
  std::ostringstream o, e;
  int code = run_cli({"build", (dir.path() / "progress-report.xml").string(), "--to", "md", "-o",
                      (dir.path() / "out").string()},
                     project_paths(), o, e);
  BOOST_TEST(code == 2);
  BOOST_TEST(e.str().find("a DOCTYPE is not allowed in records") != std::string::npos, e.str());
  BOOST_TEST(!std::filesystem::exists(dir.path() / "out" / "12msp-progress-report.md"));
}

BOOST_AUTO_TEST_SUITE_END()
