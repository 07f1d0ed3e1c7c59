// Validation of package parts against the Transitional XSD schemas in ../shared/ooxml/xsd, after
// markup-compatibility processing.
#include "docx/ooxml_schema.h"

#include <libxml/xmlerror.h>

#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::filesystem::path xsd_dir() {
  return shared_dir() / "ooxml" / "xsd";
}

/// Boost.Test precondition: ../shared/ooxml/xsd is present.
struct XsdAvailable {
  bool operator()(unsigned long) const { return std::filesystem::exists(xsd_dir() / "wml.xsd"); }
};

/// The schemas, loaded once for the suite (each compiles on first use).
const OoxmlSchemas& schemas() {
  static const OoxmlSchemas loaded = [] {
    auto schemas = OoxmlSchemas::load(xsd_dir());
    if (!schemas) throw std::runtime_error(schemas.error().str());
    return std::move(*schemas);
  }();
  return loaded;
}

/// Each error as "file:line: message".
std::vector<std::string> strings(const Errors& errors) {
  std::vector<std::string> out;
  for (const Error& error : errors) out.push_back(error.str());
  return out;
}

std::vector<std::string> package_errors(const ZipParts& parts) {
  return strings(schemas().validate_package(parts, "test.docx"));
}

/// The errors of word/document.xml holding `xml`.
std::vector<std::string> document_errors(const std::string& xml) {
  return strings(schemas().validate_part(xml, "word/document.xml", "test.docx"));
}

const char* const kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
const char* const kMc = R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")";
const char* const kW14 = R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml")";

/// A w:document declaring w:, mc: and w14: with `attributes` on the root, and `body` in w:body.
std::string document(const std::string& attributes, const std::string& body) {
  return std::string("<w:document ") + kW + " " + kMc + " " + kW14 + attributes + "><w:body>" + body +
         "</w:body></w:document>";
}

using Lines = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_ooxml_schema, *boost::unit_test::precondition(XsdAvailable()))

BOOST_AUTO_TEST_CASE(a_minimal_package_is_valid) {
  ZipParts parts =
      docx_from_xml("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>Hello</w:t></w:r></w:p>");
  parts["word/media/image1.png"] = "\x89PNG not XML";
  BOOST_TEST(package_errors(parts) == Lines{});
}

BOOST_AUTO_TEST_CASE(a_short_numbering_nsid_is_one_error_with_its_part_and_line) {
  ZipParts parts = docx_from_xml("<w:p/>");
  parts["word/numbering.xml"] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:numbering ") +
                                kW +
                                ">\n<w:abstractNum w:abstractNumId=\"0\">\n<w:nsid w:val=\"A990\"/>\n"
                                "</w:abstractNum>\n</w:numbering>\n";
  BOOST_TEST(package_errors(parts) ==
             Lines{"test.docx:word/numbering.xml:4: /w:numbering/w:abstractNum/w:nsid, attribute 'w:val': "
                   "[facet 'length'] The value 'A990' has a length of '2'; this differs from the allowed "
                   "length of '4'"});
}

BOOST_AUTO_TEST_CASE(settings_out_of_schema_order_are_an_error) {
  std::string settings =
      word_part("settings", "<w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/></w:rsids><w:zoom w:percent=\"100\"/>");
  BOOST_TEST(
      strings(schemas().validate_part(settings, "word/settings.xml", "test.docx")) ==
      Lines{"test.docx:word/settings.xml:1: /w:settings/w:zoom: This element is not expected. Expected "
            "is one of ( m:mathPr, w:attachedSchema, w:themeFontLang, w:clrSchemeMapping, "
            "w:doNotIncludeSubdocsInStats, w:doNotAutoCompressPictures, w:forceUpgrade, w:captions, "
            "w:readModeInkLockDown, w:smartTagType )"});
}

BOOST_AUTO_TEST_CASE(alternate_content_takes_the_fallback_and_ignorable_attributes_go) {
  std::string body =
      "<w:p w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\"><w:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"w14\"><w14:checkbox/></mc:Choice>"
      "<mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  BOOST_TEST(document_errors(document(" mc:Ignorable=\"w14\"", body)) == Lines{});
}

BOOST_AUTO_TEST_CASE(a_choice_requiring_an_understood_namespace_is_taken) {
  std::string body =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w\"><w:t>kept</w:t></mc:Choice>"
      "<mc:Fallback><w:bogus/></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  BOOST_TEST(document_errors(document("", body)) == Lines{});
}

BOOST_AUTO_TEST_CASE(declarations_on_the_chosen_branch_survive_its_removal) {
  std::string body =
      "<w:p><w:r><mc:AlternateContent><mc:Fallback "
      "xmlns:w2=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w2:t "
      "w2:bogus=\"1\">x</w2:t>"
      "</mc:Fallback></mc:AlternateContent></w:r></w:p>";
  BOOST_TEST(document_errors(document("", body)) ==
             Lines{"test.docx:word/document.xml:1: /w:document/w:body/w:p/w:r/w:t, attribute 'w:bogus': The "
                   "attribute 'w:bogus' is not allowed"});
}

BOOST_AUTO_TEST_CASE(alternate_content_with_no_branch_to_take_goes) {
  std::string body =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w14\"><w14:checkbox/></mc:Choice>"
      "</mc:AlternateContent><w:t>x</w:t></w:r></w:p>";
  BOOST_TEST(document_errors(document("", body)) == Lines{});
}

BOOST_AUTO_TEST_CASE(markup_of_a_namespace_not_declared_ignorable_is_an_error) {
  BOOST_TEST(document_errors(document("", "<w:p w14:paraId=\"1A2B3C4D\"/>")) ==
             Lines{"test.docx:word/document.xml:1: /w:document/w:body/w:p, attribute 'w14:paraId': The "
                   "attribute 'w14:paraId' is not allowed"});
  // Named with the prefix declared where the error is, not only on the root
  std::string body = "<w:p xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" w15:x=\"1\"/>";
  BOOST_TEST(document_errors(document("", body)) ==
             Lines{"test.docx:word/document.xml:1: /w:document/w:body/w:p, attribute 'w15:x': The "
                   "attribute 'w15:x' is not allowed"});
}

BOOST_AUTO_TEST_CASE(an_unknown_element_in_a_namespace_not_ignorable_is_an_error) {
  std::string body = "<w:p><w:r><w:rPr><x:glow xmlns:x=\"urn:example:x\"/></w:rPr><w:t>x</w:t></w:r></w:p>";
  BOOST_TEST(document_errors(document("", body)) ==
             Lines{"test.docx:word/document.xml:1: /w:document/w:body/w:p/w:r/w:rPr/x:glow: This element is "
                   "not expected. Expected is one of ( w:rStyle, w:rFonts, w:b, w:bCs, w:i, w:iCs, w:caps, "
                   "w:smallCaps, w:strike, w:dstrike )"});
}

BOOST_AUTO_TEST_CASE(an_element_declared_ignorable_deeper_goes_only_there) {
  std::string body = "<w:p mc:Ignorable=\"w14\"><w14:glow/></w:p><w:p><w:r><w14:glow/></w:r></w:p>";
  BOOST_TEST(document_errors(document("", body)) ==
             Lines{"test.docx:word/document.xml:1: /w:document/w:body/w:p[2]/w:r/w14:glow: This element is "
                   "not expected"});
}

BOOST_AUTO_TEST_CASE(must_understand_and_undeclared_prefixes_are_errors) {
  BOOST_TEST(
      document_errors(document(" mc:MustUnderstand=\"w14\" mc:Ignorable=\"w15\"", "<w:p/>")) ==
      (Lines{"test.docx:word/document.xml:1: mc:Ignorable names prefix \"w15\", which is not declared",
             "test.docx:word/document.xml:1: mc:MustUnderstand names "
             "http://schemas.microsoft.com/office/word/2010/wordml, a namespace without a Transitional "
             "schema"}));
}

BOOST_AUTO_TEST_CASE(package_parts_validate_against_the_packaging_schemas) {
  ZipParts parts = docx_from_xml("<w:p/>");
  parts["docProps/core.xml"] =
      R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
      R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
      R"(xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Report</dc:title>)"
      R"(<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-10T00:00:00Z</dcterms:created></cp:coreProperties>)";
  parts["word/_rels/document.xml.rels"] =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Target="styles.xml"/></Relationships>)";
  BOOST_TEST(package_errors(parts) ==
             Lines{"test.docx:word/_rels/document.xml.rels:1: /Relationships/Relationship: The attribute "
                   "'Type' is required but missing"});
}

BOOST_AUTO_TEST_CASE(roots_without_a_schema_are_errors_except_custom_xml_data) {
  ZipParts parts;
  parts["customXml/item1.xml"] = "<data xmlns=\"urn:example:own\"/>";
  parts["word/people.xml"] =
      "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"/>";
  parts["word/document.xml"] = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"/>";
  BOOST_TEST(package_errors(parts) ==
             (Lines{"test.docx:word/document.xml:1: no schema for root element "
                    "{http://purl.oclc.org/ooxml/wordprocessingml/main}document",
                    "test.docx:word/people.xml:1: no schema for root element "
                    "{http://schemas.microsoft.com/office/word/2012/wordml}people"}));
}

BOOST_AUTO_TEST_CASE(xml_that_does_not_parse_or_declares_a_doctype_is_an_error) {
  BOOST_TEST(
      document_errors(std::string("<w:document ") + kW + ">\n<w:body>\n</w:document>") ==
      (Lines{"test.docx:word/document.xml:3: Opening and ending tag mismatch: body line 2 and document",
             "test.docx:word/document.xml:3: Premature end of data in tag document line 1"}));
  BOOST_TEST(document_errors("<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY a \"b\">]><w/>") ==
             Lines{"test.docx:word/document.xml:2: a DOCTYPE is not allowed in a package part"});
}

BOOST_AUTO_TEST_CASE(the_global_error_handler_is_restored) {
  struct Seen {
    static void handler(void*, xmlErrorPtr) {}
  };
  int context = 0;
  xmlSetStructuredErrorFunc(&context, &Seen::handler);
  document_errors(std::string("<w:document ") + kW + "><w:bogus/></w:document>");
  document_errors("<broken");
  BOOST_TEST(xmlStructuredError == &Seen::handler);
  BOOST_TEST(xmlStructuredErrorContext == &context);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error) {
  auto loaded = OoxmlSchemas::load(xsd_dir() / "absent");
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().message == "no such folder of OOXML schemas");
  BOOST_TEST(schemas().understands("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
  BOOST_TEST(!schemas().understands("http://schemas.microsoft.com/office/word/2010/wordml"));
}

BOOST_AUTO_TEST_SUITE_END()

// Every DOCX mspdoc writes validates: both reports as make report builds them, the decisions
// part, and annotated copies of a generated report and of a Word draft.
BOOST_AUTO_TEST_SUITE(docx_ooxml_outputs, *boost::unit_test::precondition(XsdAvailable()) *
                                              boost::unit_test::precondition(PandocAvailable()))

BOOST_AUTO_TEST_CASE(every_docx_mspdoc_writes_validates_against_the_schemas) {
  TempDir dir;
  std::filesystem::path out = dir.path() / "out";
  std::string records = sample_records_dir().string();
  CliRun reports = run_mspdoc({"build", records + "/progress-report.xml", records + "/final-report.xml", "-o",
                               out.string(), "--to", "docx"});
  BOOST_TEST_REQUIRE(reports.code == 0, reports.err);
  CliRun decisions = run_mspdoc(
      {"build", records + "/final-report.xml", "--part", "decisions", "-o", out.string(), "--to", "docx"});
  BOOST_TEST_REQUIRE(decisions.code == 0, decisions.err);
  std::filesystem::path draft = shared_dir() / "corpus" / "12msp-progress-report.docx";
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> annotated = {
      {out / "12msp-progress-report.docx", out / "generated-annotated.docx"}};
  if (std::filesystem::exists(draft)) annotated.emplace_back(draft, out / "draft-annotated.docx");
  for (const auto& [from, to] : annotated) {
    CliRun checked = run_mspdoc({"check", from.string(), "--annotate", to.string()});
    BOOST_TEST_REQUIRE(checked.code <= 1, checked.err);
  }
  std::vector<std::string> written = {"12msp-progress-report.docx", "12msp-final-report.docx",
                                      "12msp-final-report-decisions.docx", "generated-annotated.docx"};
  if (std::filesystem::exists(draft)) written.push_back("draft-annotated.docx");
  for (const std::string& name : written) {
    BOOST_TEST_REQUIRE(std::filesystem::exists(out / name), name);
    BOOST_TEST(strings(schemas().validate_docx(out / name)).empty(), name);
  }
  auto comments = read_zip(out / "generated-annotated.docx");
  BOOST_TEST_REQUIRE(comments.ok());
  BOOST_TEST(comments->count("word/comments.xml") == 1u);  // a comment part was added, and it validates
}

BOOST_AUTO_TEST_SUITE_END()
