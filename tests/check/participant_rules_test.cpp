#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/cli.h"
#include "records/final_report.h"
#include "registry/un_style.h"
#include "render/drafting.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(check_participant_rules)

BOOST_AUTO_TEST_CASE(check_compares_participants_across_the_corpus_reports,
                     *boost::unit_test::precondition(SharedAvailable())) {
  std::ostringstream out, err;
  run_cli({"check", (shared_dir() / "corpus/12msp-progress-report.docx").string(),
           (shared_dir() / "corpus/12msp-final-report.docx").string(), "--format", "json"},
          project_paths(), out, err);
  std::set<std::string> flagged;
  const nlohmann::json parsed = nlohmann::json::parse(out.str());
  for (const auto& finding : parsed["findings"])
    if (finding["rule"] == "participant-mismatch")
      for (const auto& name : finding["names"]) flagged.insert(name.get<std::string>());
  std::set<std::string> expected = {"Argentina", "Azerbaijan", "Cambodia",  "Cyprus", "Djibouti",
                                    "Morocco",   "Myanmar",    "Singapore", "Uganda", "Viet Nam"};
  BOOST_TEST(flagged == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
