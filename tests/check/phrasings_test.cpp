/// The phrasing suite: tests/check/phrasings.txt holds sentences written for the purpose, each
/// followed by the claims the extractor must give. The file's header explains its form.

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "check/claims.h"
#include "support/checker_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

namespace {

/// One case of the suite: its paragraphs (with their notes) and the claims it must give.
struct PhrasingCase {
  std::size_t line = 0;
  std::vector<std::string> paragraphs;  ///< as written, notes inline as [^text]
  std::vector<bool> bullets;
  std::vector<std::string> expected;  ///< "9 | States Parties | states-parties | Austria; Chile"
};

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

/// A claim line with its flags put in the suite's fixed order, so that writers may list them in
/// any order.
std::string normalised_claim(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, '|');) fields.push_back(trimmed(field));
  if (fields.size() <= 4) return line;
  static const std::vector<std::string> order = {"of", "subset", "additional", "definite", "partial"};
  std::vector<std::string> flags(fields.begin() + 4, fields.end());
  std::stable_sort(flags.begin(), flags.end(), [&](const std::string& a, const std::string& b) {
    auto rank = [&](const std::string& flag) {
      std::string head = flag.substr(0, flag.find(' '));
      return std::find(order.begin(), order.end(), head) - order.begin();
    };
    return rank(a) < rank(b);
  });
  std::string out = fields[0] + " | " + fields[1] + " | " + fields[2] + " | " + fields[3];
  for (const std::string& flag : flags) out += " | " + flag;
  return out;
}

std::string printed(const CountClaim& claim) {
  std::string out =
      std::to_string(claim.stated) + " | " + claim.noun + " | " + category_id(claim.category) + " | ";
  if (!claim.list) {
    out += "-";
  } else {
    std::string items;
    for (const ListItem& item : claim.list->items) {
      if (!items.empty()) items += "; ";
      items += item.text;
      if (item.organization) items += " [org]";
      if (!item.state && !item.organization) items += " [unknown]";
    }
    out += items;
  }
  if (claim.of_total) out += " | of " + std::to_string(*claim.of_total);
  if (claim.relation == Relation::subset) out += " | subset";
  if (claim.relation == Relation::additional) out += " | additional";
  if (claim.definite) out += " | definite";
  if (claim.partial) out += " | partial";
  return out;
}

std::vector<PhrasingCase> read_suite(const std::filesystem::path& file) {
  std::ifstream in(file);
  BOOST_TEST_REQUIRE(in.good(), "cannot read " << file);
  std::vector<PhrasingCase> cases;
  PhrasingCase current;
  auto finish = [&] {
    if (!current.paragraphs.empty()) cases.push_back(current);
    current = PhrasingCase{};
  };
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.rfind("> ", 0) == 0 || line.rfind("- ", 0) == 0) {
      if (!current.expected.empty()) finish();
      if (current.paragraphs.empty()) current.line = number;
      current.paragraphs.push_back(line.substr(2));
      current.bullets.push_back(line[0] == '-');
    } else if (line.rfind("= ", 0) == 0) {
      BOOST_TEST_REQUIRE(!current.paragraphs.empty(),
                         file << ":" << number << ": a claim line before any sentence");
      std::string claim = trimmed(line.substr(2));
      if (claim != "none") current.expected.push_back(normalised_claim(claim));
    } else if (trimmed(line).empty() || line[0] == '#') {
      if (!current.expected.empty() || trimmed(line).empty()) finish();
    } else {
      BOOST_FAIL(file << ":" << number << ": a line must start with '> ', '- ', '= ' or '#'");
    }
  }
  finish();
  return cases;
}

/// The draft of one case: each sentence a numbered paragraph (a bullet for "- "), each
/// [^text] a footnote referenced where it stands.
DraftDocument draft_of(const PhrasingCase& phrasing) {
  DraftBuilder builder;
  for (std::size_t k = 0; k < phrasing.paragraphs.size(); ++k) {
    std::string text;
    std::vector<std::pair<std::size_t, std::string>> notes;
    const std::string& written = phrasing.paragraphs[k];
    for (std::size_t i = 0; i < written.size();) {
      if (written.compare(i, 2, "[^") == 0) {
        std::size_t close = written.find(']', i);
        notes.emplace_back(text.size(), written.substr(i + 2, close - i - 2));
        i = close + 1;
      } else {
        text += written[i++];
      }
    }
    if (phrasing.bullets[k])
      builder.bullet(text);
    else
      builder.paragraph(std::to_string(k + 1), text);
    for (const auto& [offset, note] : notes) builder.footnote(note, offset);
  }
  return builder.build();
}

std::vector<std::string> claims_of(const PhrasingCase& phrasing) {
  DraftDocument document = draft_of(phrasing);
  std::vector<std::string> out;
  for (std::size_t p = 0; p < document.paragraphs.size(); ++p)
    for (const CountClaim& claim :
         extract_claims(document, p, check_context().data.registry, check_context().data.organizations,
                        check_context().data.vocabulary))
      out.push_back(printed(claim));
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "\n    = " + line;
  return lines.empty() ? "\n    = none" : out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(check_phrasings)

BOOST_AUTO_TEST_CASE(every_phrasing_gives_the_claims_written_under_it) {
  const char* other = std::getenv("MSPDOC_PHRASINGS");  // to try a few phrasings of one's own
  std::filesystem::path file = other ? other : project_paths().home / "tests" / "check" / "phrasings.txt";
  std::vector<PhrasingCase> cases = read_suite(file);
  std::size_t sentences = 0, passed = 0;
  for (const PhrasingCase& phrasing : cases) {
    sentences += phrasing.paragraphs.size();
    std::vector<std::string> got = claims_of(phrasing);
    if (got == phrasing.expected) {
      ++passed;
      continue;
    }
    BOOST_ERROR("phrasings.txt:" << phrasing.line << ": " << phrasing.paragraphs.front() << "\n  expected:"
                                 << joined(phrasing.expected) << "\n  got:" << joined(got));
  }
  BOOST_TEST_MESSAGE("phrasing suite: " << passed << " of " << cases.size() << " cases pass");
  BOOST_TEST(sentences >= 200u);
}

BOOST_AUTO_TEST_SUITE_END()
