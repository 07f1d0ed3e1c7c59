#include "render/markdown.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "records/progress_report.h"
#include "render/progress_report_view.h"
#include "render/report_text.h"
#include "support/docx_testing.h"
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

}  // namespace

BOOST_AUTO_TEST_SUITE(render_markdown)

BOOST_AUTO_TEST_CASE(markdown_escaping_keeps_text_literal) {
  BOOST_TEST(escape_markdown("*a* _b_ [TBC] #c") == "\\*a\\* \\_b\\_ \\[TBC\\] \\#c");
  BOOST_TEST(escape_markdown("1. first") == "1\\. first");
  BOOST_TEST(escape_markdown("- dash") == "\\- dash");
  BOOST_TEST(escape_markdown("::: fence") == "\\:\\:\\: fence");
  BOOST_TEST(escape_markdown("a|b <c>") == "a\\|b \\<c\\>");
  BOOST_TEST(escape_markdown("Côte d'Ivoire, 50%; why?") == "Côte d'Ivoire, 50%; why?");
  BOOST_TEST(escape_markdown("line\nbreak") == "line break");
}

BOOST_AUTO_TEST_CASE(markdown_characters_in_records_come_out_literally,
                     *boost::unit_test::precondition(PandocAvailable())) {
  std::string text = docx_text(build_docx(small_report_dir() / "progress-report.xml"));
  BOOST_TEST(text.find("Text with *stars*, _underscores_, [TBC], # hash and Article 3.6 stays literal.") !=
                 std::string::npos,
             text);
  BOOST_TEST(text.find("1. A paragraph whose text starts like a list.") != std::string::npos);
  BOOST_TEST(text.find("Test progress report: monitoring the *action plan*") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
