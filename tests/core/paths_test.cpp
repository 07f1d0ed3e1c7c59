// Where the tool finds its files: folders under the home, and the environment overriding defaults.
#include "core/paths.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <optional>
#include <string>

using namespace mspdoc;

namespace {

/// Sets or clears an environment variable for one scope, restoring what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) saved_ = old;
    if (value)
      ::setenv(name, value->c_str(), 1);
    else
      ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (saved_)
      ::setenv(name_, saved_->c_str(), 1);
    else
      ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> saved_;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(core_paths)

BOOST_AUTO_TEST_CASE(data_schema_states_and_treaty_files_lie_under_the_home) {
  Paths paths{"/opt/mspdoc", "/usr/share/iso-codes/json"};
  BOOST_TEST(paths.data().string() == "/opt/mspdoc/data");
  BOOST_TEST(paths.schema("meeting").string() == "/opt/mspdoc/data/schema/meeting.rng");
  BOOST_TEST(paths.schema("progress-report").string() == "/opt/mspdoc/data/schema/progress-report.rng");
  BOOST_TEST(paths.states_file().string() == "/opt/mspdoc/data/states.xml");
  BOOST_TEST(paths.treaty_file("ccm").string() == "/opt/mspdoc/data/treaties/ccm.xml");
  BOOST_TEST(paths.iso_codes.string() == "/usr/share/iso-codes/json");
}

BOOST_AUTO_TEST_CASE(the_environment_overrides_the_build_time_folders) {
  ScopedEnv home("MSPDOC_HOME", "/srv/mspdoc-home");
  ScopedEnv iso("MSPDOC_ISO_CODES", "/srv/iso-codes");
  Paths paths = Paths::defaults();
  BOOST_TEST(paths.home.string() == "/srv/mspdoc-home");
  BOOST_TEST(paths.iso_codes.string() == "/srv/iso-codes");
  BOOST_TEST(paths.states_file().string() == "/srv/mspdoc-home/data/states.xml");
}

BOOST_AUTO_TEST_CASE(an_empty_environment_variable_counts_as_unset) {
  Paths unset = [] {
    ScopedEnv home("MSPDOC_HOME", std::nullopt);
    ScopedEnv iso("MSPDOC_ISO_CODES", std::nullopt);
    return Paths::defaults();
  }();
  BOOST_TEST(!unset.home.empty());
  BOOST_TEST(!unset.iso_codes.empty());
  ScopedEnv home("MSPDOC_HOME", "");
  ScopedEnv iso("MSPDOC_ISO_CODES", "");
  Paths empty = Paths::defaults();
  BOOST_TEST(empty.home == unset.home);
  BOOST_TEST(empty.iso_codes == unset.iso_codes);
}

BOOST_AUTO_TEST_SUITE_END()
