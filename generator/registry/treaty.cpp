#include "registry/treaty.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <ostream>

#include "core/xml_input.h"

namespace mspdoc {
namespace {

constexpr std::array<std::pair<std::string_view, ConsentKind>, 5> kConsentKinds = {{
    {"ratification", ConsentKind::ratification},
    {"accession", ConsentKind::accession},
    {"acceptance", ConsentKind::acceptance},
    {"approval", ConsentKind::approval},
    {"succession", ConsentKind::succession},
}};

/// Reads the date in `node`'s attribute `name`, adding an error when it is there but not a day.
std::optional<Date> date_attribute(const XmlFile& file, const xmlNode* node, const char* name,
                                   Errors& errors) {
  auto text = attribute(node, name);
  if (!text) return std::nullopt;
  auto day = Date::parse(*text);
  if (!day)
    errors.push_back(file.error_at(node, std::string(name) + " \"" + *text + "\" is not a date YYYY-MM-DD"));
  return day;
}

int int_attribute(const xmlNode* node, const char* name, int fallback) {
  std::string text = attribute(node, name).value_or("");
  int value = fallback;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

TreatyRecord read_record(const XmlFile& file, const xmlNode* node, Errors& errors) {
  TreatyRecord record;
  record.iso3 = attribute(node, "iso3").value_or("");
  record.signed_on = date_attribute(file, first_child(node, "signature"), "date", errors);
  for (const auto& [element, kind] : kConsentKinds) {
    if (const xmlNode* consent = first_child(node, element)) {
      record.consent = kind;
      record.consent_on = date_attribute(file, consent, "date", errors);
    }
  }
  const xmlNode* denunciation = first_child(node, "denunciation");
  record.denunciation_notified = date_attribute(file, denunciation, "notified", errors);
  record.denunciation_effective = date_attribute(file, denunciation, "effective", errors);
  const xmlNode* source = first_child(node, "source");
  record.source = text_of(source);
  record.verified = attribute(source, "verified").value_or("false") == "true";
  return record;
}

}  // namespace

std::string_view status_phrase(Status status) {
  switch (status) {
    case Status::party:
      return "a State Party";
    case Status::signatory:
      return "a signatory";
    case Status::withdrawn:
      return "no longer a party";
    case Status::non_party:
      return "not party";
  }
  return "not party";
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::party:
      return "party";
    case Status::signatory:
      return "signatory";
    case Status::non_party:
      return "non-party";
    case Status::withdrawn:
      return "withdrawn";
  }
  return "non-party";
}

std::ostream& operator<<(std::ostream& out, Status status) {
  return out << status_name(status);
}

std::optional<Status> parse_status(std::string_view word) {
  for (Status status : {Status::party, Status::signatory, Status::non_party, Status::withdrawn})
    if (status_name(status) == word) return status;
  return std::nullopt;
}

std::string_view consent_name(ConsentKind kind) {
  for (const auto& [name, known] : kConsentKinds)
    if (known == kind) return name;
  return "ratification";
}

Result<Treaty> Treaty::load(const Paths& paths, std::string_view id, const StateRegistry& registry) {
  auto file = XmlFile::load(paths.treaty_file(id), paths.schema("treaty"));
  if (!file) return file.errors();
  const xmlNode* root = file->root();
  Treaty treaty;
  Errors errors;
  treaty.id_ = attribute(root, "id").value_or(std::string(id));
  treaty.short_ = attribute(root, "short").value_or("");
  treaty.name_ = text_of(first_child(root, "name"));
  const xmlNode* entry = first_child(root, "entry-into-force");
  const xmlNode* initial = first_child(entry, "initial");
  treaty.initial_deadline_ = date_attribute(*file, initial, "deposited-by", errors).value_or(Date{});
  treaty.initial_entry_ = date_attribute(*file, initial, "date", errors).value_or(Date{});
  treaty.months_after_deposit_ = int_attribute(first_child(entry, "later"), "months-after-deposit", 6);
  treaty.months_after_notice_ = int_attribute(first_child(root, "withdrawal"), "months-after-notice", 6);
  for (const xmlNode* node : child_elements(root, "state")) {
    TreatyRecord record = read_record(*file, node, errors);
    if (!registry.find_iso3(record.iso3))
      errors.push_back(file->error_at(node, "no State has ISO code " + record.iso3 + " in data/states.xml"));
    else if (!treaty.records_.emplace(record.iso3, record).second)
      errors.push_back(file->error_at(node, "events of " + record.iso3 + " are given twice"));
  }
  if (!errors.empty()) return errors;
  return treaty;
}

Result<std::vector<Treaty>> Treaty::load_all(const Paths& paths, const StateRegistry& registry) {
  std::vector<std::string> ids;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(paths.data() / "treaties", error))
    if (entry.path().extension() == ".xml") ids.push_back(entry.path().stem().string());
  std::sort(ids.begin(), ids.end());
  std::vector<Treaty> treaties;
  Errors errors;
  for (const std::string& id : ids) {
    auto treaty = load(paths, id, registry);
    if (treaty)
      treaties.push_back(std::move(*treaty));
    else
      errors.insert(errors.end(), treaty.errors().begin(), treaty.errors().end());
  }
  if (!errors.empty()) return errors;
  return treaties;
}

const TreatyRecord* Treaty::record(std::string_view iso3) const {
  auto found = records_.find(std::string(iso3));
  return found == records_.end() ? nullptr : &found->second;
}

std::optional<Date> Treaty::entry_into_force(std::string_view iso3) const {
  const TreatyRecord* events = record(iso3);
  if (!events || !events->consent_on) return std::nullopt;
  if (*events->consent_on <= initial_deadline_) return initial_entry_;
  return events->consent_on->first_day_of_month_after(months_after_deposit_);
}

Status Treaty::status(std::string_view iso3, Date day) const {
  const TreatyRecord* events = record(iso3);
  if (!events) return Status::non_party;
  std::optional<Date> withdrawal = events->denunciation_effective;
  if (!withdrawal && events->denunciation_notified)
    withdrawal = events->denunciation_notified->plus_months(months_after_notice_);
  if (withdrawal && *withdrawal <= day) return Status::withdrawn;
  if (events->consent_on && *events->consent_on <= day) return Status::party;
  if (events->signed_on && *events->signed_on <= day) return Status::signatory;
  return Status::non_party;
}

}  // namespace mspdoc
