// Hostile and broken input: each case ends in a clear one-line error naming the file and place,
// exit code 2 (3 for a failing external tool), no crash, and any earlier output left alone.
#include "render/templates.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/cli.h"
#include "docx/reader.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(render_templates)

BOOST_AUTO_TEST_CASE(a_template_syntax_error_names_the_template_and_line) {
  TempDir dir;
  write_file(dir.path() / "broken.mustache", "line one\n{{#section}}\nnever closed\n");
  auto loaded = TemplateSet::load(dir.path(), "broken");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().str() ==
             (dir.path() / "broken.mustache").string() + ":2: Unclosed section \"section\"");
}

BOOST_AUTO_TEST_CASE(a_missing_partial_names_the_template_and_line) {
  TempDir dir;
  write_file(dir.path() / "main.mustache", "text\n{{> nowhere}}\n");
  auto loaded = TemplateSet::load(dir.path(), "main");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().str().rfind(
                 (dir.path() / "main.mustache").string() + ":2: partial \"nowhere\" not found", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_partial_cannot_reach_outside_templates) {
  TempDir dir;
  write_file(dir.path() / "main.mustache", "{{> ../../etc/passwd}}\n");
  auto loaded = TemplateSet::load(dir.path(), "main");
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().message.find("must be a plain name") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
