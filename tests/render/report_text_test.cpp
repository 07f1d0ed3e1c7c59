#include "render/report_text.h"

#include <boost/test/unit_test.hpp>

#include "core/record_anchor.h"
#include "records/progress_report.h"
#include "render/markdown.h"
#include "render/progress_report_view.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// A report with one set of three States Parties, enough to render references.
struct TinyReport {
  StateRegistry registry = *StateRegistry::load(testing::project_paths());
  ProgressReport report;
  TinyReport() {
    StateSet set;
    set.id = "three";
    set.required = Status::party;
    for (const char* iso3 : {"BEL", "NLD", "CHL"}) set.members.push_back(registry.find_iso3(iso3));
    sort_un_by(set.members, [](const State* s) -> const std::string& { return s->short_name; });
    report.sets["three"] = set;
    StateSet empty;
    empty.id = "none";
    empty.required = Status::party;
    report.sets["none"] = empty;
  }
  static Inline text(const char* words) { return Inline{Inline::Kind::text, words}; }
  static Inline states(const char* set, const char* placement = "inline") {
    Inline piece{Inline::Kind::states};
    piece.set = set;
    piece.placement = placement;
    return piece;
  }
};

/// `markdown` marked as the count, or the list, of set `set`.
std::string counted(const std::string& markdown, const std::string& set) {
  return anchored_markdown(markdown, AnchorKind::count, set, "");
}
std::string listed(const std::string& markdown, const std::string& set) {
  return anchored_markdown(markdown, AnchorKind::list, set, "");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(render_report_text)

BOOST_AUTO_TEST_CASE(a_count_opening_a_sentence_is_in_capitalised_words) {
  TinyReport tiny;
  ReportText text(tiny.report);
  BOOST_TEST(text.markdown({TinyReport::states("three"), TinyReport::text(" reported.")}) ==
             counted("Three States Parties", "three") + " \\(" +
                 listed("Belgium, Chile and the Netherlands", "three") + "\\) reported\\.");
  BOOST_TEST(text.markdown({TinyReport::text("In all, "), TinyReport::states("three", "none"),
                            TinyReport::text(".")}) ==
             "In all, " + counted("three States Parties", "three") + "\\.");
  BOOST_TEST(text.markdown({TinyReport::text("Done. "), TinyReport::states("three", "none")}) ==
             "Done\\. " + counted("Three States Parties", "three"));
}

BOOST_AUTO_TEST_CASE(a_list_in_a_footnote_starts_with_a_capital) {
  TinyReport tiny;
  std::swap(tiny.report.sets["three"].members[0],
            tiny.report.sets["three"].members[2]);  // the Netherlands first
  ReportText text(tiny.report);
  BOOST_TEST(text.markdown({TinyReport::states("three", "footnote")}) ==
             counted("Three States Parties", "three") + "^[" +
                 listed("The Netherlands, Chile and Belgium", "three") + ".]");
}

BOOST_AUTO_TEST_CASE(an_empty_set_reads_no) {
  TinyReport tiny;
  ReportText text(tiny.report);
  BOOST_TEST(text.markdown({TinyReport::states("none"), TinyReport::text(" did so.")}) ==
             counted("No States Parties", "none") + " did so\\.");
}

BOOST_AUTO_TEST_CASE(nouns_take_their_singular_for_one) {
  BOOST_TEST(noun_form("States Parties", 1) == "State Party");
  BOOST_TEST(noun_form("affected States Parties", 1) == "affected State Party");
  BOOST_TEST(noun_form("States Parties", 2) == "States Parties");
  BOOST_TEST(noun_form("signatory States", 1) == "signatory State");
  BOOST_TEST(noun_form("case of use|cases of use", 1) == "case of use");
  BOOST_TEST(noun_form("case of use|cases of use", 0) == "cases of use");
  BOOST_TEST(noun_form("States not party", 1) == "State not party");
}

BOOST_AUTO_TEST_CASE(indicator_values_in_figures) {
  TinyReport tiny;
  ReportText text(tiny.report);
  Indicator from_set;
  from_set.value.set = "three";
  BOOST_TEST(text.value_in_figures(from_set) == "3");
  Indicator given;
  given.value.count = 85;
  given.value.of = 258;
  BOOST_TEST(text.value_in_figures(given) == "85 of 258");
  given.value.at_least = true;
  given.value.of.reset();
  BOOST_TEST(text.value_in_figures(given) == "at least 85");
  BOOST_TEST(text.value_in_figures(Indicator{}) == "[not yet known]");
}

BOOST_AUTO_TEST_CASE(date_ranges_in_un_style) {
  BOOST_TEST(date_range(*Date::parse("2024-09-10"), *Date::parse("2024-09-13")) ==
             "10\u201313 September 2024");
  BOOST_TEST(date_range(*Date::parse("2024-08-30"), *Date::parse("2024-09-02")) ==
             "30 August\u20132 September 2024");
  BOOST_TEST(date_range(*Date::parse("2024-12-30"), *Date::parse("2025-01-02")) ==
             "30 December 2024\u20132 January 2025");
  BOOST_TEST(date_range(*Date::parse("2024-09-10"), *Date::parse("2024-09-10")) == "10 September 2024");
}

BOOST_AUTO_TEST_SUITE_END()
