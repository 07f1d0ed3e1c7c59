#include "core/record_anchor.h"

#include <boost/test/unit_test.hpp>

using namespace mspdoc;

BOOST_AUTO_TEST_SUITE(core_record_anchor)

BOOST_AUTO_TEST_CASE(anchors_get_short_unique_bookmark_names_and_a_table_of_their_records) {
  std::string markdown = anchored_markdown("Nine States Parties", AnchorKind::count, "gender-art7-form", "") +
                         "^[" +
                         anchored_markdown("Belgium and Chile", AnchorKind::list, "gender-art7-form", "") +
                         ".] and " + anchored_markdown("45", AnchorKind::table_cell, "", "a9-isu-budget");
  BOOST_TEST(
      markdown ==
      "\uE000c:gender-art7-form:\uE001Nine States Parties\uE002^[\uE000l:gender-art7-form:\uE001Belgium and "
      "Chile\uE002.] and \uE000t::a9-isu-budget\uE00145\uE002");
  AnchorTable table;
  std::string numbered = number_record_anchors(markdown, table);
  BOOST_TEST(numbered ==
             "\uE000mspc.0.1\uE001Nine States Parties\uE002^[\uE000mspl.0.2\uE001Belgium and Chile\uE002.] "
             "and \uE000mspt.1.3\uE00145\uE002");
  BOOST_TEST_REQUIRE(table.size() == 2u);
  BOOST_TEST(table[0].first == "gender-art7-form");
  BOOST_TEST(table[1].second == "a9-isu-budget");
  BOOST_TEST(without_record_anchors(numbered) == "Nine States Parties^[Belgium and Chile.] and 45");
}

BOOST_AUTO_TEST_CASE(a_runs_text_splits_at_its_marks_into_text_and_bookmarks) {
  std::vector<AnchorMark> marks = split_anchor_marks("At \uE000mspc.0.1\uE001Nine\uE002, then");
  BOOST_TEST_REQUIRE(marks.size() == 5u);
  BOOST_TEST((marks[0].kind == AnchorMark::Kind::text && marks[0].value == "At "));
  BOOST_TEST((marks[1].kind == AnchorMark::Kind::start && marks[1].value == "_mspc_0_1"));
  BOOST_TEST((marks[2].kind == AnchorMark::Kind::text && marks[2].value == "Nine"));
  BOOST_TEST((marks[3].kind == AnchorMark::Kind::end));
  BOOST_TEST((marks[4].kind == AnchorMark::Kind::text && marks[4].value == ", then"));
  BOOST_TEST(has_anchor_marks("x\uE002"));
  BOOST_TEST(!has_anchor_marks("plain text"));
}

BOOST_AUTO_TEST_CASE(bookmark_names_read_back_through_the_table_hidden_or_not) {
  AnchorTable table = {{"gender-art7-form", ""}, {"", "a9-isu-budget"}};
  auto list = parse_record_anchor("_mspl_0_2", table);
  BOOST_TEST_REQUIRE(list.has_value());
  BOOST_TEST((list->kind == AnchorKind::list));
  BOOST_TEST(list->ids() == "set gender-art7-form");
  auto cell = parse_record_anchor("mspt_1_3", table);
  BOOST_TEST_REQUIRE(cell.has_value());
  BOOST_TEST(cell->ids() == "indicator a9-isu-budget");
  BOOST_TEST(parse_record_anchor("_mspl_0_40_Copy_1", table).has_value());  // as LibreOffice saves notes
  for (const char* other : {"_Toc123", "mspx_0_1", "mspc_2_1", "mspc_0", "mspc__1", "introduction"})
    BOOST_TEST(!parse_record_anchor(other, table).has_value(), other);
}

BOOST_AUTO_TEST_CASE(the_table_travels_in_chunks_of_at_most_255_characters) {
  AnchorTable table;
  for (int i = 0; i < 40; ++i)
    table.emplace_back("set-number-" + std::to_string(i), "indicator-" + std::to_string(i));
  std::vector<std::string> chunks = anchor_table_chunks(table);
  BOOST_TEST(chunks.size() > 1u);
  for (const std::string& chunk : chunks) BOOST_TEST(chunk.size() <= 255u);
  BOOST_TEST((anchor_table_of_chunks(chunks) == table));
  BOOST_TEST(anchor_table_of_chunks({"0=a/b;junk;x=c/d;2=e/"}).size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
