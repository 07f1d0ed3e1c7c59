#include "import/xml_writer.h"

#include <boost/test/unit_test.hpp>

using namespace mspdoc;

BOOST_AUTO_TEST_SUITE(import_xml_writer)

BOOST_AUTO_TEST_CASE(the_xml_writer_escapes_text_and_keeps_comments_well_formed) {
  XmlWriter xml;
  xml.comment("a -- b-");
  xml.open("sets");
  xml.open("set", {{"id", "a&b"}, {"noun", ""}});
  xml.element("state", "Trinidad & <Tobago>");
  xml.close();
  xml.close();
  BOOST_TEST(xml.str() ==
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a - - b-  -->\n<sets>\n  <set "
             "id=\"a&amp;b\">\n    <state>Trinidad &amp; &lt;Tobago&gt;</state>\n  </set>\n</sets>\n");
}

BOOST_AUTO_TEST_CASE(control_characters_xml_cannot_hold_are_left_out) {
  BOOST_TEST(xml_escaped("a\x01"
                         "b\tc\x1f") == "ab\tc");
}

BOOST_AUTO_TEST_SUITE_END()
