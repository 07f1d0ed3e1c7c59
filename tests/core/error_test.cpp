// Errors as values: how a located Error reads, and what a Result holds when it succeeds or fails.
#include "core/error.h"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace mspdoc;

BOOST_AUTO_TEST_SUITE(core_error)

BOOST_AUTO_TEST_CASE(an_error_reads_file_line_message_leaving_out_unknown_parts) {
  BOOST_TEST((Error{"data/states.xml", 12, "unknown State"}.str()) == "data/states.xml:12: unknown State");
  BOOST_TEST((Error{"data/states.xml", 0, "no such file"}.str()) == "data/states.xml: no such file");
  BOOST_TEST((Error{"", 0, "option --to needs a value"}.str()) == "option --to needs a value");
  BOOST_TEST((Error{"", 7, "a line without a file"}.str()) == "a line without a file");
  Error plain;
  BOOST_TEST(plain.exit_code == 2);
  BOOST_TEST(plain.line == 0);
  BOOST_TEST(plain.str() == "");
}

BOOST_AUTO_TEST_CASE(a_result_with_a_value_gives_it_back) {
  Result<int> number = 41;
  BOOST_TEST(number.ok());
  BOOST_TEST(static_cast<bool>(number));
  BOOST_TEST(number.value() == 41);
  *number += 1;
  BOOST_TEST(*number == 42);

  const Result<std::string> text = std::string("report.docx");
  BOOST_TEST(text.ok());
  BOOST_TEST(text->size() == 11u);
  BOOST_TEST(*text == "report.docx");
}

BOOST_AUTO_TEST_CASE(a_failed_result_keeps_every_error_in_order) {
  Result<int> one = Error{"a.xml", 3, "first", 3};
  BOOST_TEST(!one.ok());
  BOOST_TEST(!static_cast<bool>(one));
  BOOST_TEST_REQUIRE(one.errors().size() == 1u);
  BOOST_TEST(one.error().str() == "a.xml:3: first");
  BOOST_TEST(one.error().exit_code == 3);

  Result<std::string> many = Errors{Error{"a.xml", 3, "first"}, Error{"b.xml", 9, "second"}};
  BOOST_TEST(!many.ok());
  BOOST_TEST_REQUIRE(many.errors().size() == 2u);
  BOOST_TEST(many.error().message == "first");
  BOOST_TEST(many.errors()[1].str() == "b.xml:9: second");
  BOOST_TEST(many.errors()[1].exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
