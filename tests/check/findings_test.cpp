// Findings as the command line gives them: order, text lines, JSON, severity counts, Word comments.
#include "check/findings.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace mspdoc;

namespace {

Finding finding(const std::string& rule, Severity severity, const std::string& paragraph, std::size_t index,
                std::size_t begin, const std::string& message) {
  Finding f;
  f.file = "draft.docx";
  f.rule = rule;
  f.severity = severity;
  f.paragraph = paragraph;
  f.paragraph_index = index;
  f.begin = begin;
  f.end = begin + 5;
  f.message = message;
  return f;
}

std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.message);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(check_findings)

BOOST_AUTO_TEST_CASE(findings_sort_by_file_paragraph_place_and_rule_keeping_ties_in_order) {
  std::vector<Finding> findings{
      finding("numbering", Severity::error, "9", 9, 0, "p9"),
      finding("placeholder", Severity::error, "2", 2, 30, "p2 at 30"),
      finding("placeholder", Severity::error, "2", 2, 4, "p2 at 4, placeholder"),
      finding("count-mismatch", Severity::error, "2", 2, 4, "p2 at 4, count first"),
      finding("count-mismatch", Severity::warning, "2", 2, 4, "p2 at 4, count second"),
      finding("numbering", Severity::error, "1", 1, 0, "p1"),
  };
  findings.front().file = "another.docx";
  sort_findings(findings);
  BOOST_TEST(messages(findings) == (Strings{"p9", "p1", "p2 at 4, count first", "p2 at 4, count second",
                                            "p2 at 4, placeholder", "p2 at 30"}));
  std::vector<Finding> none;
  sort_findings(none);
  BOOST_TEST(none.empty());
}

BOOST_AUTO_TEST_CASE(text_output_is_one_line_per_finding_with_empty_parts_left_empty) {
  Finding error = finding("count-mismatch", Severity::error, "53", 10, 0, "says Eight but lists 6");
  Finding warning = finding("restated-count", Severity::warning, "85 (a)", 20, 0, "restates 11 as 10");
  warning.footnote = "7";
  Finding nowhere = finding("date", Severity::error, "", 0, 0, "no date");
  BOOST_TEST(findings_as_text({error, warning, nowhere}) ==
             "draft.docx:53:: count-mismatch: says Eight but lists 6\n"
             "draft.docx:85 (a):7: restated-count: warning: restates 11 as 10\n"
             "draft.docx::: date: no date\n");
  BOOST_TEST(findings_as_text({}) == "");
  BOOST_TEST(std::string(severity_name(Severity::error)) == "error");
  BOOST_TEST(std::string(severity_name(Severity::warning)) == "warning");
}

BOOST_AUTO_TEST_CASE(json_output_follows_the_command_line_contract) {
  Finding error = finding("count-mismatch", Severity::error, "53", 10, 0, "says \"Eight\" but lists 2");
  error.footnote = "12";
  error.names = {"Belgium", "Chile"};
  error.stated = 8;
  error.listed = 2;
  Finding warning = finding("placeholder", Severity::warning, "", 3, 0, "[TBC]");
  warning.footnote = "*";
  BOOST_TEST(findings_as_json({error, warning}) == R"({
  "findings": [
    {
      "file": "draft.docx",
      "rule": "count-mismatch",
      "severity": "error",
      "paragraph": "53",
      "footnote": 12,
      "message": "says \"Eight\" but lists 2",
      "names": [
        "Belgium",
        "Chile"
      ],
      "stated": 8,
      "listed": 2
    },
    {
      "file": "draft.docx",
      "rule": "placeholder",
      "severity": "warning",
      "paragraph": null,
      "footnote": "*",
      "message": "[TBC]",
      "names": [],
      "stated": null,
      "listed": null
    }
  ],
  "errors": 1,
  "warnings": 1
}
)");
  BOOST_TEST(findings_as_json({}) == "{\n  \"findings\": [],\n  \"errors\": 0,\n  \"warnings\": 0\n}\n");
}

BOOST_AUTO_TEST_CASE(severities_are_counted_and_each_finding_becomes_one_comment) {
  Finding error = finding("count-mismatch", Severity::error, "53", 10, 4, "says Eight but lists 6");
  Finding warning = finding("restated-count", Severity::warning, "54", 11, 7, "restates 11 as 10");
  warning.footnote_id = "104";
  Finding another = finding("numbering", Severity::error, "56", 13, 0, "3 is missing");
  std::vector<Finding> findings{error, warning, another};
  BOOST_TEST(count_severity(findings, Severity::error) == 2u);
  BOOST_TEST(count_severity(findings, Severity::warning) == 1u);
  BOOST_TEST(count_severity({}, Severity::error) == 0u);

  std::vector<Annotation> comments = annotations_for(findings);
  BOOST_TEST_REQUIRE(comments.size() == 3u);
  BOOST_TEST(comments[0].text == "count-mismatch: says Eight but lists 6");
  BOOST_TEST(comments[0].paragraph_index == 10u);
  BOOST_TEST(comments[0].begin == 4u);
  BOOST_TEST(comments[0].end == 9u);
  BOOST_TEST(comments[0].footnote_id == "");
  BOOST_TEST(comments[1].text == "restated-count (warning): restates 11 as 10");
  BOOST_TEST(comments[1].paragraph_index == 11u);
  BOOST_TEST(comments[1].begin == 7u);
  BOOST_TEST(comments[1].end == 12u);
  BOOST_TEST(comments[1].footnote_id == "104");
  BOOST_TEST(comments[2].text == "numbering: 3 is missing");
  BOOST_TEST(annotations_for({}).empty());
}

BOOST_AUTO_TEST_SUITE_END()
