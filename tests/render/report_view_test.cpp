// Template data the report views share: paragraphs with subparagraphs, the masthead, booleans.
#include "render/report_view.h"

#include <boost/test/unit_test.hpp>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "records/records.h"
#include "render/report_text.h"

using namespace mspdoc;

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

Paragraph paragraph(const std::string& text, std::vector<Paragraph> subparagraphs = {}) {
  Paragraph p;
  p.content.push_back(Inline{Inline::Kind::text, text});
  p.subparagraphs = std::move(subparagraphs);
  return p;
}

std::string render(const std::string& template_text, const data& view) {
  mustache compiled{template_text};
  BOOST_TEST_REQUIRE(compiled.is_valid(), compiled.error_message());
  return compiled.render(view);
}

/// The string value a view holds under `name`, or "(absent)".
std::string field(const data& view, const std::string& name) {
  const data* value = view.get(name);
  return value && value->is_string() ? value->string_value() : "(absent)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(render_report_view)

BOOST_AUTO_TEST_CASE(paragraphs_become_a_list_of_markdown_with_their_subparagraphs) {
  std::map<std::string, DocumentInfo> documents;
  ReportText text(documents);
  data list = paragraphs_view({paragraph("  Text with *stars*."),
                               paragraph("Measures:", {paragraph("first;"), paragraph("second.")})},
                              text);
  BOOST_TEST_REQUIRE(list.is_list());
  BOOST_TEST_REQUIRE(list.list_value().size() == 2u);
  BOOST_TEST(field(list.list_value()[0], "md") == "Text with \\*stars\\*\\.");
  BOOST_TEST(list.list_value()[0].get("subparagraphs")->is_empty_list());
  BOOST_TEST(field(list.list_value()[1], "md") == "Measures\\:");
  BOOST_TEST(list.list_value()[1].get("subparagraphs")->list_value().size() == 2u);

  data view;
  view.set("paragraphs", list);
  BOOST_TEST(render("{{#paragraphs}}[{{{md}}}{{#subparagraphs}}({{{md}}}){{/subparagraphs}}]{{/paragraphs}}",
                    view) == "[Text with \\*stars\\*\\.][Measures\\:(first;)(second\\.)]");
  BOOST_TEST(paragraphs_view({}, text).is_empty_list());
}

BOOST_AUTO_TEST_CASE(the_masthead_names_convention_document_and_meeting) {
  Meeting meeting;
  meeting.convention_name = "Convention on Cluster Munitions";
  meeting.ordinal = "Twelfth";
  meeting.city = "Geneva";
  meeting.from = Date{2024, 9, 10};
  meeting.to = Date{2024, 9, 13};
  data view;
  view.set("kept", "earlier value");
  set_masthead(view, meeting, "CCM/MSP/2024/7", Date{2024, 9, 18}, "English");
  BOOST_TEST(field(view, "convention") == "Convention on Cluster Munitions");
  BOOST_TEST(field(view, "symbol") == "CCM/MSP/2024/7");
  BOOST_TEST(field(view, "date") == "18 September 2024");
  BOOST_TEST(field(view, "original") == "English");
  BOOST_TEST(field(view, "meeting_name") == "Twelfth Meeting of States Parties");
  BOOST_TEST(field(view, "meeting_place_dates") == "Geneva, 10\u201313 September 2024");
  BOOST_TEST(field(view, "kept") == "earlier value");

  meeting.from = Date{2024, 8, 30};
  meeting.to = Date{2024, 9, 2};
  set_masthead(view, meeting, "CCM/MSP/2024/8", Date{2024, 9, 3}, "French");
  BOOST_TEST(field(view, "meeting_place_dates") == "Geneva, 30 August\u20132 September 2024");
  BOOST_TEST(field(view, "symbol") == "CCM/MSP/2024/8");
}

BOOST_AUTO_TEST_CASE(a_flag_is_a_mustache_boolean) {
  BOOST_TEST(flag(true).is_true());
  BOOST_TEST(flag(false).is_false());
  data view;
  view.set("on", flag(true));
  view.set("off", flag(false));
  BOOST_TEST(render("{{#on}}yes{{/on}}{{^on}}no{{/on}}|{{#off}}yes{{/off}}{{^off}}no{{/off}}", view) ==
             "yes|no");
}

BOOST_AUTO_TEST_SUITE_END()
