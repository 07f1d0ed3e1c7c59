// Text helpers: ASCII-only lower-casing and lists joined in UN style without a serial comma.
#include "core/text.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace mspdoc;

BOOST_AUTO_TEST_SUITE(core_text)

BOOST_AUTO_TEST_CASE(lower_ascii_folds_ascii_letters_and_leaves_other_bytes_alone) {
  BOOST_TEST(lower_ascii("Action 17 AND Article 3.6") == "action 17 and article 3.6");
  BOOST_TEST(lower_ascii("CÔTE D’IVOIRE") == "cÔte d’ivoire");
  BOOST_TEST(lower_ascii("[@`{AZ]") == "[@`{az]");
  BOOST_TEST(lower_ascii("") == "");
}

BOOST_AUTO_TEST_CASE(join_list_has_no_serial_comma) {
  using List = std::vector<std::string>;
  BOOST_TEST(join_list(List{}) == "");
  BOOST_TEST(join_list(List{"Chile"}) == "Chile");
  BOOST_TEST(join_list(List{"Chile", "Peru"}) == "Chile and Peru");
  BOOST_TEST(join_list(List{"Belgium", "Chile", "the Netherlands"}) == "Belgium, Chile and the Netherlands");
  BOOST_TEST(join_list(List{"A", "B", "C", "D"}) == "A, B, C and D");
}

BOOST_AUTO_TEST_CASE(join_list_takes_another_conjunction) {
  using List = std::vector<std::string>;
  BOOST_TEST(join_list(List{"Slovakia"}, "or") == "Slovakia");
  BOOST_TEST(join_list(List{"Slovakia", "Slovenia"}, "or") == "Slovakia or Slovenia");
  BOOST_TEST(join_list(List{"Chad", "Chile", "China"}, "or") == "Chad, Chile or China");
}

BOOST_AUTO_TEST_SUITE_END()
