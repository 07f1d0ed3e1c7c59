#include "registry/un_style.h"

#include <boost/test/unit_test.hpp>

#include "records/progress_report.h"
#include "render/markdown.h"
#include "render/progress_report_view.h"
#include "render/report_text.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

const char* const kWords[] = {
    "zero",          "one",           "two",          "three",        "four",         "five",
    "six",           "seven",         "eight",        "nine",         "ten",          "eleven",
    "twelve",        "thirteen",      "fourteen",     "fifteen",      "sixteen",      "seventeen",
    "eighteen",      "nineteen",      "twenty",       "twenty-one",   "twenty-two",   "twenty-three",
    "twenty-four",   "twenty-five",   "twenty-six",   "twenty-seven", "twenty-eight", "twenty-nine",
    "thirty",        "thirty-one",    "thirty-two",   "thirty-three", "thirty-four",  "thirty-five",
    "thirty-six",    "thirty-seven",  "thirty-eight", "thirty-nine",  "forty",        "forty-one",
    "forty-two",     "forty-three",   "forty-four",   "forty-five",   "forty-six",    "forty-seven",
    "forty-eight",   "forty-nine",    "fifty",        "fifty-one",    "fifty-two",    "fifty-three",
    "fifty-four",    "fifty-five",    "fifty-six",    "fifty-seven",  "fifty-eight",  "fifty-nine",
    "sixty",         "sixty-one",     "sixty-two",    "sixty-three",  "sixty-four",   "sixty-five",
    "sixty-six",     "sixty-seven",   "sixty-eight",  "sixty-nine",   "seventy",      "seventy-one",
    "seventy-two",   "seventy-three", "seventy-four", "seventy-five", "seventy-six",  "seventy-seven",
    "seventy-eight", "seventy-nine",  "eighty",       "eighty-one",   "eighty-two",   "eighty-three",
    "eighty-four",   "eighty-five",   "eighty-six",   "eighty-seven", "eighty-eight", "eighty-nine",
    "ninety",        "ninety-one",    "ninety-two",   "ninety-three", "ninety-four",  "ninety-five",
    "ninety-six",    "ninety-seven",  "ninety-eight", "ninety-nine",  "one hundred"};

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_un_style)

BOOST_AUTO_TEST_CASE(number_words_zero_to_one_hundred) {
  for (int n = 0; n <= 100; ++n) BOOST_TEST(number_in_words(n) == kWords[n], "n = " << n);
}

BOOST_AUTO_TEST_CASE(counts_are_words_below_ten_and_figures_from_ten) {
  for (int n = 0; n <= 9; ++n) BOOST_TEST(count_in_text(n) == kWords[n]);
  for (int n = 10; n <= 100; ++n) BOOST_TEST(count_in_text(n) == std::to_string(n));
  BOOST_TEST(count_in_text(1234) == "1234");
}

BOOST_AUTO_TEST_CASE(counts_open_a_sentence_in_capitalised_words) {
  BOOST_TEST(count_in_text(39, Position::sentence_start) == "Thirty-nine");
  BOOST_TEST(count_in_text(9, Position::sentence_start) == "Nine");
  BOOST_TEST(count_in_text(100, Position::sentence_start) == "One hundred");
  for (int n = 0; n <= 100; ++n) {
    std::string expected = kWords[n];
    expected[0] = char(expected[0] - 'a' + 'A');
    BOOST_TEST(count_in_text(n, Position::sentence_start) == expected);
  }
}

BOOST_AUTO_TEST_CASE(lists_join_without_serial_comma) {
  BOOST_TEST(join_list({}) == "");
  BOOST_TEST(join_list({"Chile"}) == "Chile");
  BOOST_TEST(join_list({"Belgium", "Chile"}) == "Belgium and Chile");
  BOOST_TEST(join_list({"Belgium", "Chile", "Peru"}) == "Belgium, Chile and Peru");
  BOOST_TEST(join_list({"Bosnia and Herzegovina", "Chile", "Trinidad and Tobago"}) ==
             "Bosnia and Herzegovina, Chile and Trinidad and Tobago");
  BOOST_TEST(join_list({"Slovakia", "Slovenia"}, "or") == "Slovakia or Slovenia");
}

BOOST_AUTO_TEST_CASE(capitalize_first_handles_accented_letters) {
  BOOST_TEST(capitalize_first("élan") == "Élan");
  BOOST_TEST(capitalize_first("the Netherlands") == "The Netherlands");
  BOOST_TEST(capitalize_first("") == "");
}

BOOST_AUTO_TEST_CASE(collation_follows_un_alphabetical_order) {
  std::vector<std::string> names = {"Croatia",      "Côte d'Ivoire",
                                    "Costa Rica",   "Bolivia (Plurinational State of)",
                                    "Botswana",     "Bosnia and Herzegovina",
                                    "Belgium",      "Guinea-Bissau",
                                    "Guinea",       "Türkiye",
                                    "Turkmenistan", "Tuvalu"};
  sort_un(names);
  std::vector<std::string> expected = {"Belgium",
                                       "Bolivia (Plurinational State of)",
                                       "Bosnia and Herzegovina",
                                       "Botswana",
                                       "Costa Rica",
                                       "Côte d'Ivoire",
                                       "Croatia",
                                       "Guinea",
                                       "Guinea-Bissau",
                                       "Türkiye",
                                       "Turkmenistan",
                                       "Tuvalu"};
  BOOST_TEST(names == expected, boost::test_tools::per_element());
  BOOST_TEST(un_less("Bolivia (Plurinational State of)", "Bosnia and Herzegovina"));
  BOOST_TEST(!un_less("Croatia", "Côte d'Ivoire"));
}

BOOST_AUTO_TEST_CASE(roman_numerals_for_chapters) {
  BOOST_TEST(roman_numeral(1) == "I");
  BOOST_TEST(roman_numeral(4) == "IV");
  BOOST_TEST(roman_numeral(9) == "IX");
  BOOST_TEST(roman_numeral(14) == "XIV");
}

BOOST_AUTO_TEST_SUITE_END()
