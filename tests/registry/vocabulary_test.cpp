// The vocabulary read from data/lang/en.xml: the conventions a draft may be of.
#include "registry/vocabulary.h"

#include <boost/test/unit_test.hpp>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(registry_vocabulary)

BOOST_AUTO_TEST_CASE(conventions_are_found_by_symbol_and_by_the_first_name_in_a_text) {
  auto vocabulary = Vocabulary::load(project_paths());
  BOOST_TEST_REQUIRE(vocabulary.ok());
  BOOST_TEST(vocabulary->convention_of_symbol("CCM/MSP/2024/7")->id == "ccm");
  BOOST_TEST(vocabulary->convention_of_symbol("APLC/MSP.11/2011/1")->id == "apmbc");
  BOOST_TEST(vocabulary->convention_of_symbol("A/79/1") == nullptr);
  std::size_t at = 0;
  const Convention* named = vocabulary->convention_named_in(
      "As the Mine Ban Treaty did before it, the Convention on Cluster Munitions ...", &at);
  BOOST_TEST_REQUIRE(named != nullptr);
  BOOST_TEST(named->id == "apmbc");
  BOOST_TEST(at == 7u);
  BOOST_TEST(vocabulary->convention_named_in("nothing here") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_vocabulary_that_breaks_its_schema_names_file_and_line) {
  TempDir dir;
  Paths paths = project_paths();
  std::filesystem::create_directories(dir.path() / "data");
  std::filesystem::copy(paths.data() / "schema", dir.path() / "data" / "schema",
                        std::filesystem::copy_options::recursive);
  write_file(dir.path() / "data" / "lang" / "en.xml",
             "<language code=\"en\">\n<conventions/>\n</language>\n");
  paths.home = dir.path();
  auto vocabulary = Vocabulary::load(paths);
  BOOST_TEST_REQUIRE(!vocabulary.ok());
  BOOST_TEST(
      vocabulary.error().str().rfind((dir.path() / "data" / "lang" / "en.xml").string() + ":2:", 0) == 0u,
      vocabulary.error().str());
}

BOOST_AUTO_TEST_SUITE_END()
