// Reading a record: dates, numbers, States, running text and paragraphs, errors at their lines.
#include "records/record_reader.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// A RelaxNG schema that takes any element with any attributes and text.
const char* const kAnySchema = R"(<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><ref name="any"/></start>
  <define name="any">
    <element><anyName/>
      <zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore>
    </element>
  </define>
</grammar>
)";

/// A record file with `xml` in a fresh folder, loaded and ready to read.
struct Record {
  TempDir dir;
  std::string file;
  std::optional<XmlFile> xml;
  Errors errors;

  explicit Record(const std::string& text) : file((dir.path() / "record.xml").string()) {
    write_file(dir.path() / "any.rng", kAnySchema);
    write_file(file, text);
    auto loaded = XmlFile::load(file, dir.path() / "any.rng");
    BOOST_TEST_REQUIRE(loaded.ok(), (loaded.ok() ? "" : loaded.error().str()));
    xml.emplace(std::move(*loaded));
  }
  RecordReader reader() { return RecordReader(*xml, project_registry(), errors); }
  xmlNode* root() const { return xml->root(); }
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Error& error : errors) out.push_back(error.str());
    return out;
  }
};

std::string number_text(const std::optional<long>& number) {
  return number ? std::to_string(*number) : "(none)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(records_record_reader)

BOOST_AUTO_TEST_CASE(dates_and_numbers_are_read_from_attributes_and_a_bad_date_is_an_error_at_its_line) {
  Record record(
      "<!-- dates and numbers -->\n"
      "<record from=\"2024-06-30\" to=\"2024-02-30\" count=\"42\" minus=\"-7\" spaced=\" 3\" empty=\"\"/>\n");
  RecordReader reader = record.reader();
  BOOST_TEST(reader.date(record.root(), "from").iso() == "2024-06-30");
  BOOST_TEST(record.errors.empty());
  BOOST_TEST(reader.date(record.root(), "to").iso() == "1970-01-01");
  BOOST_TEST(reader.date(record.root(), "absent").iso() == "1970-01-01");
  BOOST_TEST(record.messages() ==
             (std::vector<std::string>{record.file + ":2: to=\"2024-02-30\" is not a date YYYY-MM-DD",
                                       record.file + ":2: absent=\"\" is not a date YYYY-MM-DD"}));
  BOOST_TEST(number_text(reader.number(record.root(), "count")) == "42");
  BOOST_TEST(number_text(reader.number(record.root(), "minus")) == "-7");
  BOOST_TEST(number_text(reader.number(record.root(), "spaced")) == "(none)");
  BOOST_TEST(number_text(reader.number(record.root(), "empty")) == "(none)");
  BOOST_TEST(number_text(reader.number(record.root(), "absent")) == "(none)");
  BOOST_TEST(reader.text(record.root(), "count") == "42");
  BOOST_TEST(reader.text(record.root(), "absent") == "");
  BOOST_TEST(record.errors.size() == 2u);
}

// Regression: number() once returned 4 for "4x", as std::from_chars stops at the first non-digit.
BOOST_AUTO_TEST_CASE(a_number_with_trailing_characters_is_not_a_number) {
  Record record("<record count=\"4x\" year=\"2024\"/>\n");
  RecordReader reader = record.reader();
  BOOST_TEST(number_text(reader.number(record.root(), "year")) == "2024");
  BOOST_TEST(number_text(reader.number(record.root(), "count")) == "(none)");
}

BOOST_AUTO_TEST_CASE(a_state_resolves_or_is_an_error_naming_the_nearest_states) {
  Record record(
      "<sets>\n  <state>UK</state>\n  <state>Slovakai</state>\n  <state>Workshop on "
      "mines</state>\n</sets>\n");
  RecordReader reader = record.reader();
  std::vector<xmlNode*> states = child_elements(record.root(), "state");
  BOOST_TEST_REQUIRE(states.size() == 3u);
  const State* uk = reader.state(states[0]);
  BOOST_TEST_REQUIRE(uk != nullptr);
  BOOST_TEST(uk->iso3 == "GBR");
  BOOST_TEST(reader.state(states[1]) == nullptr);
  BOOST_TEST(reader.state(states[2]) == nullptr);
  BOOST_TEST(record.messages() ==
             (std::vector<std::string>{
                 record.file + ":3: unknown State \"Slovakai\"; did you mean Slovakia?",
                 record.file + ":4: unknown State \"Workshop on mines\"; no known State is close"}));
}

BOOST_AUTO_TEST_CASE(running_text_folds_white_space_and_paragraphs_take_their_subparagraphs) {
  Record record(
      "<p>  Some   words\n  <em>stressed</em> <states set=\"parties\" list=\"footnote\" "
      "noun=\"donor|donors\"/>"
      "<states set=\"others\"/><count set=\"parties\" indicator=\"women\"/><names set=\"n\"/>"
      "<names set=\"m\" as=\"footnote\"/><state>Chile</state><period/><doc symbol=\"CCM/MSP/2024/7\"/>"
      "<doc symbol=\"X/1\" as=\"title\"/><note>See <em>annex</em>.</note></p>\n");
  RecordReader reader = record.reader();
  std::vector<Inline> pieces = reader.inlines(record.root());
  BOOST_TEST(record.errors.empty());
  BOOST_TEST_REQUIRE(pieces.size() == 13u);
  BOOST_TEST((pieces[0].kind == Inline::Kind::text));
  BOOST_TEST(pieces[0].text == " Some words ");
  BOOST_TEST((pieces[1].kind == Inline::Kind::emphasis));
  BOOST_TEST_REQUIRE(pieces[1].children.size() == 1u);
  BOOST_TEST(pieces[1].children[0].text == "stressed");
  BOOST_TEST(pieces[1].line == 2);
  BOOST_TEST(pieces[2].text == " ");
  BOOST_TEST((pieces[3].kind == Inline::Kind::states));
  BOOST_TEST(pieces[3].set == "parties");
  BOOST_TEST(pieces[3].placement == "footnote");
  BOOST_TEST(pieces[3].noun == "donor|donors");
  BOOST_TEST(pieces[4].placement == "inline");
  BOOST_TEST(pieces[4].noun == "");
  BOOST_TEST((pieces[5].kind == Inline::Kind::count));
  BOOST_TEST(pieces[5].set == "parties");
  BOOST_TEST(pieces[5].indicator == "women");
  BOOST_TEST((pieces[6].kind == Inline::Kind::names));
  BOOST_TEST(pieces[6].placement == "inline");
  BOOST_TEST(pieces[7].placement == "footnote");
  BOOST_TEST((pieces[8].kind == Inline::Kind::state));
  BOOST_TEST(pieces[8].text == "Chile");
  BOOST_TEST_REQUIRE(pieces[8].state != nullptr);
  BOOST_TEST(pieces[8].state->iso3 == "CHL");
  BOOST_TEST((pieces[9].kind == Inline::Kind::period));
  BOOST_TEST((pieces[10].kind == Inline::Kind::document));
  BOOST_TEST(pieces[10].symbol == "CCM/MSP/2024/7");
  BOOST_TEST(pieces[10].placement == "text");
  BOOST_TEST(pieces[11].placement == "title");
  BOOST_TEST((pieces[12].kind == Inline::Kind::note));
  BOOST_TEST_REQUIRE(pieces[12].children.size() == 3u);
  BOOST_TEST(pieces[12].children[0].text == "See ");
  BOOST_TEST((pieces[12].children[1].kind == Inline::Kind::emphasis));
  BOOST_TEST(pieces[12].children[2].text == ".");

  Record sections(
      "<section>\n"
      "  <subparagraphs><p>orphan</p></subparagraphs>\n"
      "  <p>One.</p>\n"
      "  <subparagraphs>\n"
      "    <p>first;</p>\n"
      "    <p>second.</p>\n"
      "  </subparagraphs>\n"
      "  <title>not a paragraph</title>\n"
      "  <p>Two.</p>\n"
      "</section>\n");
  RecordReader section_reader = sections.reader();
  std::vector<Paragraph> paragraphs = section_reader.paragraphs(sections.root());
  BOOST_TEST_REQUIRE(paragraphs.size() == 2u);
  BOOST_TEST(paragraphs[0].line == 3);
  BOOST_TEST_REQUIRE(paragraphs[0].content.size() == 1u);
  BOOST_TEST(paragraphs[0].content[0].text == "One.");
  BOOST_TEST_REQUIRE(paragraphs[0].subparagraphs.size() == 2u);
  BOOST_TEST(paragraphs[0].subparagraphs[0].content[0].text == "first;");
  BOOST_TEST(paragraphs[0].subparagraphs[0].line == 5);
  BOOST_TEST(paragraphs[0].subparagraphs[1].content[0].text == "second.");
  BOOST_TEST(paragraphs[0].subparagraphs[1].line == 6);
  BOOST_TEST(paragraphs[1].line == 9);
  BOOST_TEST(paragraphs[1].content[0].text == "Two.");
  BOOST_TEST(paragraphs[1].subparagraphs.empty());
}

BOOST_AUTO_TEST_CASE(a_linked_file_must_lie_in_the_records_folder) {
  auto sibling = [](const std::string& href) {
    auto path = sibling_file("/records/12msp/progress-report.xml", href);
    return path ? path->string() : std::string("(refused)");
  };
  BOOST_TEST(sibling("meeting.xml") == "/records/12msp/meeting.xml");
  BOOST_TEST(sibling("..meeting.xml") == "/records/12msp/..meeting.xml");
  BOOST_TEST(sibling("../meeting.xml") == "(refused)");
  BOOST_TEST(sibling("sub/meeting.xml") == "(refused)");
  BOOST_TEST(sibling("/etc/passwd") == "(refused)");
  BOOST_TEST(sibling("..\\meeting.xml") == "(refused)");
  BOOST_TEST(sibling("..") == "(refused)");
  BOOST_TEST(sibling(".") == "(refused)");
  BOOST_TEST(sibling("") == "(refused)");
}

BOOST_AUTO_TEST_SUITE_END()
