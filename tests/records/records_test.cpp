#include <boost/test/unit_test.hpp>
#include <sstream>

#include "cli/build_command.h"
#include "cli/cli.h"
#include "support/docx_testing.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(records_records)

BOOST_AUTO_TEST_CASE(a_meeting_outside_the_records_folder_is_refused) {
  expect_build_rejected("<meeting href=\"meeting.xml\"/>", "<meeting href=\"../meeting.xml\"/>",
                        "href=\"../meeting.xml\" must name a file in the same folder");
}

BOOST_AUTO_TEST_CASE(a_short_name_that_is_no_file_stem_is_refused_at_its_line) {
  for (std::string bad : {"../../x", "/tmp/x", ".hidden", "a b"}) {
    TempDir dir;
    edited_copy(small_report_dir(), dir.path(), "meeting.xml", "short=\"12MSP\"", "short=\"" + bad + "\"");
    std::filesystem::path out = dir.path() / "out";
    CliRun r = run_mspdoc(
        {"build", (dir.path() / "progress-report.xml").string(), "-o", out.string(), "--to", "md"});
    BOOST_TEST(r.code == 2, bad);
    BOOST_TEST(r.err.find((dir.path() / "meeting.xml").string() + ":2: short name \"" + bad +
                          "\" cannot name files") != std::string::npos,
               r.err);
    BOOST_TEST(std::filesystem::is_empty(out), bad);
  }
}

BOOST_AUTO_TEST_CASE(a_link_to_a_meeting_outside_the_records_folder_is_refused) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "records");
  std::filesystem::copy(small_report_dir() / "progress-report.xml",
                        dir.path() / "records" / "progress-report.xml");
  std::filesystem::copy(small_report_dir() / "meeting.xml", dir.path() / "elsewhere.xml");
  std::filesystem::create_symlink(dir.path() / "elsewhere.xml", dir.path() / "records" / "meeting.xml");
  CliRun r = run_mspdoc({"build", (dir.path() / "records" / "progress-report.xml").string(), "-o",
                         (dir.path() / "out").string(), "--to", "md"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find("href=\"meeting.xml\" must name a file in the same folder") != std::string::npos,
             r.err);
}

BOOST_AUTO_TEST_CASE(a_record_over_64_mib_is_refused_before_it_is_read) {
  TempDir dir;
  std::filesystem::path huge = dir.path() / "progress-report.xml";
  write_file(huge, "<progress-report>");
  std::filesystem::resize_file(huge, (64u << 20) + 1);  // sparse: nothing is written, nothing read
  CliRun r = run_mspdoc({"build", huge.string(), "-o", (dir.path() / "out").string(), "--to", "md"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err == "mspdoc: " + huge.string() + ": larger than the 64 MiB a record file may have\n");
  BOOST_TEST(std::filesystem::is_empty(dir.path() / "out"));
}

BOOST_AUTO_TEST_CASE(a_record_nested_deeper_than_256_is_refused_at_its_line) {
  TempDir dir;
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<x>";
  std::filesystem::path record =
      edited_copy(small_report_dir(), dir.path(), "progress-report.xml", "<p>", "<p>" + deep);
  CliRun r = run_mspdoc({"build", record.string(), "-o", (dir.path() / "out").string(), "--to", "md"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(last_line(r.err).find("mspdoc: " + record.string() + ":") == 0u, r.err);
  BOOST_TEST(
      last_line(r.err).find(": elements nest deeper than 256, more than a record may") != std::string::npos,
      r.err);
  BOOST_TEST(std::filesystem::is_empty(dir.path() / "out"));
}

BOOST_AUTO_TEST_CASE(a_paragraph_longer_than_pandoc_is_given_is_refused) {
  TempDir dir;
  std::string words;
  while (words.size() < 70 * 1024) words += "a long paragraph that never ends ";
  std::filesystem::path record =
      edited_copy(small_report_dir(), dir.path(), "progress-report.xml", "<p>", "<p>" + words);
  CliRun r = run_mspdoc({"build", record.string(), "-o", (dir.path() / "out").string(), "--to", "docx"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(last_line(r.err).find("mspdoc: " + record.string() + ": a paragraph of ") == 0u, r.err);
  BOOST_TEST(last_line(r.err).find("longer than the 64 KiB mspdoc gives pandoc in one paragraph; split it") !=
             std::string::npos);
  BOOST_TEST(std::filesystem::is_empty(dir.path() / "out"));
}

BOOST_AUTO_TEST_SUITE_END()
