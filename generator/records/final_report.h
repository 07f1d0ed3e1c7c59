#pragma once
/// The final report of a Meeting of States Parties: participants sorted by status, officers,
/// work, decisions as typed records, and the documents of the meeting.

#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "records/records.h"

namespace mspdoc {

/// Who took part, sorted into the report's lists by status on the meeting's first day.
struct Participation {
  std::vector<const State*> states_parties, signatories, other_states;      ///< each in UN order
  std::vector<std::string> organizations_rule_1_2, organizations_rule_1_3;  ///< as given
};

/// Officers and the procedural decisions of the first plenary session.
struct Procedure {
  int plenary_sessions = 0;
  std::string agenda, rules_of_procedure, programme_of_work;  ///< document symbols
  std::vector<const State*> vice_presidents;                  ///< in the order elected
  std::string secretary_general, secretary_general_position;
};

/// A request to extend an Article 3 or Article 4 deadline, and the Meeting's decision on it.
struct ExtensionRequest {
  const State* state = nullptr;
  int article = 4;
  int years = 0;
  Date deadline;
  std::string analysis;  ///< symbol of the analysis of the request
  std::vector<std::vector<Inline>>
      observations;                            ///< each continues "In granting the request, the Meeting ..."
  std::vector<std::vector<Inline>> report_on;  ///< (a), (b), ...
};

/// Appreciation of the Coordinators of a working group.
struct Appreciation {
  std::string working_group;
  std::vector<const State*> coordinators;
};

/// A Coordinator for the next cycle, with the partner they work with.
struct Coordinator {
  std::string working_group;
  const State* state = nullptr;
  std::string until;
  const State* partner = nullptr;
  std::string partner_until;
};

/// The President elected for the next meeting.
struct NextPresident {
  std::string name, title, meeting;
  const State* state = nullptr;
  int year = 0;
};

/// Where and when the next meeting takes place, and its estimated costs.
struct NextMeeting {
  std::string ordinal, place, costs;
  std::optional<Date> week_of, from, to;
};

/// A budget or work plan adopted.
struct Budget {
  std::string symbol, what;
  int year = 0;
};

/// One decision of chapter IV.
using Decision = std::variant<std::vector<Paragraph>, ExtensionRequest, Appreciation,
                              std::vector<Coordinator>, NextPresident, NextMeeting, Budget>;

/// The final report, with every State resolved and every document reference checked.
struct FinalReport {
  std::string file;
  std::string symbol;
  Date date;
  std::string original;
  Meeting meeting;
  std::vector<Inline> title_note;
  std::vector<Paragraph> introduction, organization, work, closing;
  Participation participation;
  Procedure procedure;
  std::vector<Decision> decisions;
  std::vector<DocumentInfo> documents;            ///< in the order given (annex I)
  std::map<std::string, DocumentInfo> by_symbol;  ///< the same, by symbol
};

/// Loads a final-report record and the meeting record it names; sorts participants by status on
/// the meeting's first day; collects every error with file:line.
Result<FinalReport> load_final_report(const std::filesystem::path& file, const Paths& paths,
                                      const StateRegistry& registry);

}  // namespace mspdoc
