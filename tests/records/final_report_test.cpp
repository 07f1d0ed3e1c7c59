#include "records/final_report.h"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/cli.h"
#include "registry/un_style.h"
#include "render/drafting.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

std::size_t count_style(const ZipParts& parts, const std::string& style) {
  std::size_t n = 0;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) n += p.style == style;
  return n;
}

std::string text_of(const ZipParts& parts) {
  std::string text;
  for (const DocxParagraph& p : docx_paragraphs(parts.at("word/document.xml"))) text += p.text + "\n";
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(records_final_report)

BOOST_AUTO_TEST_CASE(participants_are_sorted_into_70_parties_4_signatories_and_13_others) {
  auto report =
      load_final_report(sample_records_dir() / "final-report.xml", project_paths(), project_registry());
  BOOST_TEST_REQUIRE(report.ok(), (report.ok() ? "" : report.error().str()));
  const Participation& p = report->participation;
  BOOST_TEST(p.states_parties.size() == 70u);
  BOOST_TEST(p.signatories.size() == 4u);
  BOOST_TEST(p.other_states.size() == 13u);
  for (const auto* list : {&p.states_parties, &p.signatories, &p.other_states})
    for (std::size_t i = 1; i < list->size(); ++i)
      BOOST_TEST(un_less((*list)[i - 1]->short_name, (*list)[i]->short_name));
  BOOST_TEST(p.organizations_rule_1_2.size() == 8u);
  BOOST_TEST(p.organizations_rule_1_3.size() == 6u);
}

BOOST_AUTO_TEST_CASE(a_state_party_cannot_end_up_among_observers) {
  TempDir dir;
  auto file = edited_copy(sample_records_dir(), dir.path(), "final-report.xml", "<participants>",
                          "<participants>\n    <state>Lithuania</state>");
  auto report = load_final_report(file, project_paths(), project_registry());
  BOOST_TEST_REQUIRE(report.ok());
  bool among_parties = false;
  for (const State* state : report->participation.states_parties) among_parties |= state->iso3 == "LTU";
  BOOST_TEST(among_parties);  // still a party in September 2024; its withdrawal took effect in March 2025
}

BOOST_AUTO_TEST_CASE(an_extension_for_a_state_that_is_not_party_is_an_error) {
  TempDir dir;
  auto file = edited_copy(sample_records_dir(), dir.path(), "final-report.xml",
                          "<extension-request state=\"Chad\"", "<extension-request state=\"Angola\"");
  auto report = load_final_report(file, project_paths(), project_registry());
  BOOST_TEST_REQUIRE(!report.ok());
  BOOST_TEST(report.error().message ==
             "Angola was not a State Party when the Meeting met, so it cannot request an extension");
}

BOOST_AUTO_TEST_SUITE_END()
