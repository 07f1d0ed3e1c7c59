#include <boost/test/unit_test.hpp>

#include "registry/name_matching.h"
#include "registry/state_registry.h"
#include "support/test_support.h"

using namespace mspdoc;
using namespace mspdoc::testing;

BOOST_AUTO_TEST_SUITE(registry_iso_codes)

BOOST_AUTO_TEST_CASE(iso_codes_come_from_iso_codes_package) {
  BOOST_TEST(project_registry().find_iso3("LAO")->iso2 == "LA");
  BOOST_TEST(resolved_iso3("Moldova, Republic of") == "MDA");
  BOOST_TEST(resolved_iso3("Korea, Republic of") == "KOR");
}

BOOST_AUTO_TEST_SUITE_END()
