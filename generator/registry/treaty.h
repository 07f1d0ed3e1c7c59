#pragma once
/// A treaty as data: its entry-into-force and withdrawal rules and what each State did when.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/date.h"
#include "core/error.h"
#include "core/paths.h"
#include "registry/state_registry.h"

namespace mspdoc {

/// A State's standing under a treaty on a given day.
enum class Status { party, signatory, non_party, withdrawn };

/// "party", "signatory", "non-party", "withdrawn".
std::string_view status_name(Status status);

/// The status in running text, after "was": "a State Party", "a signatory", "not party",
/// "no longer a party".
std::string_view status_phrase(Status status);
/// Writes status_name(status).
std::ostream& operator<<(std::ostream& out, Status status);
/// The status a command-line word names, or nullopt.
std::optional<Status> parse_status(std::string_view word);

/// How a State expressed its consent to be bound.
enum class ConsentKind { ratification, accession, acceptance, approval, succession };
std::string_view consent_name(ConsentKind kind);

/// What one State did under the treaty, with the source of those facts.
struct TreatyRecord {
  std::string iso3;
  std::optional<Date> signed_on;
  std::optional<Date> consent_on;  ///< deposit of the instrument of ratification, accession, ...
  ConsentKind consent = ConsentKind::ratification;
  std::optional<Date> denunciation_notified;
  std::optional<Date> denunciation_effective;
  std::string source;
  bool verified = false;
};

/// A treaty and the events of every State that signed or joined it.
class Treaty {
 public:
  /// Loads data/treaties/ID.xml, checked against data/schema/treaty.rng; every ISO code must be a
  /// State of `registry`. Errors name file:line.
  static Result<Treaty> load(const Paths& paths, std::string_view id, const StateRegistry& registry);
  /// Loads every data/treaties/*.xml, in the order of their ids; errors of all files collected.
  static Result<std::vector<Treaty>> load_all(const Paths& paths, const StateRegistry& registry);

  const std::string& id() const { return id_; }
  const std::string& name() const { return name_; }         ///< "Convention on Cluster Munitions"
  const std::string& short_name() const { return short_; }  ///< "CCM"

  /// The State's standing on `day`: a party from the deposit of its instrument until its
  /// withdrawal takes effect; a signatory from signature until deposit; otherwise non-party.
  Status status(std::string_view iso3, Date day) const;
  /// The day the treaty entered or enters into force for the State, if it deposited.
  std::optional<Date> entry_into_force(std::string_view iso3) const;
  /// The State's events, or nullptr when it never signed or joined.
  const TreatyRecord* record(std::string_view iso3) const;

 private:
  std::string id_, name_, short_;
  Date initial_deadline_, initial_entry_;
  int months_after_deposit_ = 6;
  int months_after_notice_ = 6;
  std::unordered_map<std::string, TreatyRecord> records_;
};

}  // namespace mspdoc
