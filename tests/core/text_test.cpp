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

BOOST_AUTO_TEST_CASE(text_is_never_cut_inside_a_character) {
  std::string heading = "The States\u2019 obligations";  // the apostrophe takes bytes 10 to 12
  for (std::size_t limit = 0; limit <= heading.size(); ++limit)
    BOOST_TEST(valid_utf8(utf8_prefix(heading, limit)));
  BOOST_TEST(utf8_prefix(heading, 11) == "The States\u2026");
  BOOST_TEST(utf8_prefix(heading, 100) == heading);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_found_and_shown) {
  BOOST_TEST(valid_utf8("Côte d\u2019Ivoire"));
  BOOST_TEST(
      !valid_utf8("Aus\xff"
                  "tria"));
  BOOST_TEST(!valid_utf8("\xc3"));          // cut short
  BOOST_TEST(!valid_utf8("\xc0\xaf"));      // an overlong "/"
  BOOST_TEST(!valid_utf8("\xed\xa0\x80"));  // a surrogate
  BOOST_TEST(replace_invalid_utf8("Aus\xff"
                                  "tria") == "Aus\uFFFDtria");
  BOOST_TEST(replace_invalid_utf8("cut \xe2\x80") == "cut \uFFFD");          // one mark for one cut character
  BOOST_TEST(replace_invalid_utf8("\xe0\x80\x80") == "\uFFFD\uFFFD\uFFFD");  // overlong: each byte alone
  std::vector<std::size_t> moved;
  BOOST_TEST(replace_invalid_utf8("a\xff"
                                  "b",
                                  &moved) == "a\uFFFDb");
  BOOST_TEST((moved == std::vector<std::size_t>{0, 1, 4, 5}));
  BOOST_TEST(printable_path("dr\xe4"
                            "ft.docx") == "dr\\xE4ft.docx");
  BOOST_TEST(printable_path("Entwurf-\u00e4.docx") == "Entwurf-\u00e4.docx");
}

BOOST_AUTO_TEST_SUITE_END()
