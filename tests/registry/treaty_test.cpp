#include "registry/treaty.h"

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

struct Ccm {
  StateRegistry registry;
  Treaty treaty;
};

const Ccm& ccm() {
  static const Ccm loaded = [] {
    auto registry = StateRegistry::load(project_paths());
    if (!registry) throw std::runtime_error(registry.error().str());
    auto treaty = Treaty::load(project_paths(), "ccm", *registry);
    if (!treaty) throw std::runtime_error(treaty.error().str());
    return Ccm{std::move(*registry), std::move(*treaty)};
  }();
  return loaded;
}

Date day(const char* iso) {
  return *Date::parse(iso);
}

std::vector<std::string> names_with(Status status, const char* on) {
  std::vector<std::string> names;
  for (const State& state : ccm().registry.states())
    if (ccm().treaty.status(state.iso3, day(on)) == status) names.push_back(state.short_name);
  return names;
}

Status status_of(const char* iso3, const char* on) {
  return ccm().treaty.status(iso3, day(on));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(registry_treaty)

BOOST_AUTO_TEST_CASE(ccm_has_112_parties_mid_2024_and_111_after_lithuania_left) {
  BOOST_TEST(names_with(Status::party, "2024-06-30").size() == 112u);
  BOOST_TEST(names_with(Status::party, "2025-06-30").size() == 111u);
  BOOST_TEST(names_with(Status::withdrawn, "2025-06-30") == std::vector<std::string>{"Lithuania"});
}

BOOST_AUTO_TEST_CASE(ccm_signatories_mid_2024_in_un_order) {
  std::vector<std::string> expected = {"Angola",    "Central African Republic",
                                       "Cyprus",    "Democratic Republic of the Congo",
                                       "Djibouti",  "Haiti",
                                       "Indonesia", "Jamaica",
                                       "Kenya",     "Liberia",
                                       "Uganda",    "United Republic of Tanzania"};
  BOOST_TEST(names_with(Status::signatory, "2024-06-30") == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_state_is_party_from_deposit_before_entry_into_force) {
  BOOST_TEST(status_of("HUN", "2012-07-31") == Status::party);
  BOOST_TEST(status_of("CHE", "2012-07-31") == Status::party);
  BOOST_TEST(status_of("AUS", "2012-07-31") == Status::signatory);
  BOOST_TEST(ccm().treaty.entry_into_force("HUN")->iso() == "2013-01-01");
  BOOST_TEST(status_of("HUN", "2012-07-02") == Status::signatory);
  BOOST_TEST(status_of("USA", "2024-06-30") == Status::non_party);
}

BOOST_AUTO_TEST_CASE(entry_into_force_follows_article_17) {
  BOOST_TEST(ccm().treaty.entry_into_force("BFA")->iso() == "2010-08-01");  // deposited 16 February 2010
  BOOST_TEST(ccm().treaty.entry_into_force("SSD")->iso() == "2024-02-01");  // deposited 3 August 2023
  BOOST_TEST(ccm().treaty.entry_into_force("NGA")->iso() == "2023-08-01");  // deposited 28 February 2023
  BOOST_TEST(!ccm().treaty.entry_into_force("AGO"));
}

BOOST_AUTO_TEST_CASE(lithuania_is_party_until_its_withdrawal_takes_effect) {
  BOOST_TEST(status_of("LTU", "2024-09-06") == Status::party);
  BOOST_TEST(status_of("LTU", "2025-03-05") == Status::party);
  BOOST_TEST(status_of("LTU", "2025-03-06") == Status::withdrawn);
}

BOOST_AUTO_TEST_CASE(entry_into_force_matches_the_reference_table,
                     *boost::unit_test::precondition(SharedAvailable())) {
  std::ifstream csv(shared_dir() / "reference" / "ccm-states.csv");
  std::string line;
  std::getline(csv, line);
  std::size_t checked = 0;
  while (std::getline(csv, line)) {
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; cells.size() < 6 && std::getline(row, cell, ',');) cells.push_back(cell);
    if (cells.size() < 6) continue;
    if (cells[0].front() == '"') continue;  // no quoted names in the table today
    const std::string& iso3 = cells[1];
    std::optional<Date> computed = ccm().treaty.entry_into_force(iso3);
    BOOST_TEST((computed ? computed->iso() : "") == cells[5], iso3);
    ++checked;
  }
  BOOST_TEST(checked == 125u);
}

BOOST_AUTO_TEST_CASE(another_convention_is_another_events_file) {
  TempDir dir;
  Paths paths = project_paths();
  std::filesystem::copy(paths.data(), dir.path() / "data", std::filesystem::copy_options::recursive);
  write_file(dir.path() / "data" / "treaties" / "apmbc.xml", R"(<treaty id="apmbc" short="APMBC">
  <name>Anti-Personnel Mine Ban Convention</name>
  <opened-for-signature date="1997-12-03"/>
  <entry-into-force article="17">
    <initial deposited-by="1998-09-16" date="1999-03-01"/>
    <later months-after-deposit="6"/>
  </entry-into-force>
  <withdrawal article="20" months-after-notice="6"/>
  <state iso3="CAN"><signature date="1997-12-03"/><ratification date="1997-12-03"/><source verified="false">test fixture</source></state>
  <state iso3="FIN"><accession date="2012-01-09"/><source verified="false">test fixture</source></state>
</treaty>
)");
  paths.home = dir.path();
  auto apmbc = Treaty::load(paths, "apmbc", ccm().registry);
  BOOST_TEST_REQUIRE(apmbc.ok(), (apmbc.ok() ? "" : apmbc.error().str()));
  BOOST_TEST(apmbc->name() == "Anti-Personnel Mine Ban Convention");
  BOOST_TEST(apmbc->entry_into_force("CAN")->iso() == "1999-03-01");
  BOOST_TEST(apmbc->entry_into_force("FIN")->iso() == "2012-07-01");
  BOOST_TEST(apmbc->status("FIN", day("2011-12-31")) == Status::non_party);
  BOOST_TEST(apmbc->status("FIN", day("2012-01-09")) == Status::party);
}

BOOST_AUTO_TEST_CASE(an_unknown_iso_code_in_events_names_file_and_line) {
  TempDir dir;
  Paths paths = project_paths();
  std::filesystem::copy(paths.data(), dir.path() / "data", std::filesystem::copy_options::recursive);
  write_file(dir.path() / "data" / "treaties" / "bad.xml", R"(<treaty id="bad" short="B">
  <name>Bad</name>
  <opened-for-signature date="2000-01-01"/>
  <entry-into-force><initial deposited-by="2000-01-01" date="2000-06-01"/><later months-after-deposit="6"/></entry-into-force>
  <withdrawal months-after-notice="6"/>
  <state iso3="QQQ"><signature date="2000-01-01"/><source verified="false">x</source></state>
</treaty>
)");
  paths.home = dir.path();
  auto bad = Treaty::load(paths, "bad", ccm().registry);
  BOOST_TEST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().str() == (dir.path() / "data" / "treaties" / "bad.xml").string() +
                                      ":6: no State has ISO code QQQ in data/states.xml");
}

BOOST_AUTO_TEST_SUITE_END()
