#include "cli/import_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "check/structure.h"
#include "cli/arguments.h"
#include "cli/cli.h"
#include "core/atomic_file.h"
#include "core/text.h"
#include "import/progress_import.h"
#include "import/round_trip.h"
#include "records/progress_report.h"

namespace mspdoc {

const char* const kImportHelp = R"(Usage:
  mspdoc import DRAFT.docx [-o DIR] [--format text|json] [--force] [--no-build]

Turn a progress report written in Word (last year's, say) into records that
build it again: DIR/meeting.xml and DIR/progress-report.xml.

  - the masthead gives the meeting and the document (symbol, date, period);
  - the headings give the action plan's areas; the indicator tables give the
    indicators and their values; the summary its items;
  - every count with its list of States becomes a named set, with an id taken
    from its indicator or its sentence, and the text refers to it, so the
    count follows the list from then on;
  - names resolve through the registry; a name it does not know is kept as a
    comment in its set and reported as FILE:PARAGRAPH;
  - what `mspdoc check` finds in the draft is written into the records as
    comments ("check: count-mismatch: ...") where it concerns them.

Both files are validated (schemas, registry, statuses) before they are
written. Then the records are built (pandoc) and the result compared with the
draft paragraph by paragraph, after spaces, numbering and the style of
numbers are normalised; the share of identical paragraphs is printed.

Options:
  -o DIR          where to write (default: the current folder); made if missing
  --force         replace meeting.xml and progress-report.xml already in DIR
  --format FMT    text (default): warnings, then one summary line
                  json: {"sets": N, "indicators": N, "paragraphs": N,
                  "findings": N, "unknown_names": [...], "round_trip": {...}}
  --no-build      skip the round trip (no pandoc needed)

Exit codes: 0 records written; 2 the draft cannot be read or is no progress
report, or DIR already holds records (without --force); 3 pandoc failed
during the round trip (the records are still written).

Examples:
  mspdoc import 12msp-progress-report.docx -o records/13msp
  mspdoc import draft.docx -o records --format json
)";

namespace {

int report_errors(const Errors& errors, std::ostream& err) {
  for (const Error& error : errors) err << "mspdoc: " << error.str() << "\n";
  return kExitUsage;
}

struct RoundTrip {
  bool measured = false;
  std::string why_not;
  ParagraphComparison body, notes;  ///< text as written, after spaces, numbering and numbers
  ParagraphComparison by_states;    ///< the same with lists of States compared by the States they name
};

RoundTrip measure_round_trip(const DraftDocument& draft, const std::filesystem::path& record,
                             const Paths& paths, const CheckData& data, const ToolSettings& tools,
                             const std::filesystem::path& work) {
  RoundTrip trip;
  auto built = build_and_read(record, paths, data.registry, tools, work);
  if (!built) {
    trip.why_not = built.error().str();
    return trip;
  }
  auto first = [&](const DraftDocument& document) {
    return read_structure(document, data.vocabulary, data.treaties, std::nullopt).front_matter_end;
  };
  std::vector<std::string> draft_notes, built_notes;
  auto draft_text = comparable_paragraphs(draft, first(draft), data.vocabulary, &draft_notes);
  auto built_text = comparable_paragraphs(*built, first(*built), data.vocabulary, &built_notes);
  trip.body = compare_paragraphs(draft_text, built_text);
  trip.notes = compare_paragraphs(draft_notes, built_notes);
  ListReading lists{data.registry, data.organizations, data.vocabulary};
  trip.by_states =
      compare_paragraphs(comparable_paragraphs(draft, first(draft), data.vocabulary, nullptr, &lists),
                         comparable_paragraphs(*built, first(*built), data.vocabulary, nullptr, &lists));
  trip.measured = true;
  return trip;
}

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f%%", share * 100);
  return text;
}

nlohmann::json as_json(const ImportedRecords& records, const RoundTrip& trip,
                       const std::vector<std::filesystem::path>& files) {
  nlohmann::json out;
  out["files"] = nlohmann::json::array();
  for (const auto& file : files) out["files"].push_back(printable_path(file.string()));
  out["sets"] = records.sets;
  out["indicators"] = records.indicators;
  out["paragraphs"] = records.paragraphs;
  out["findings"] = records.findings;
  out["unknown_names"] = nlohmann::json::array();
  for (const UnknownName& name : records.unknown_names)
    out["unknown_names"].push_back({{"name", name.name}, {"where", name.where}, {"set", name.set}});
  out["warnings"] = records.warnings;
  if (!trip.measured) {
    out["round_trip"] = {{"measured", false}, {"why", trip.why_not}};
  } else {
    out["round_trip"] = {{"measured", true},
                         {"paragraphs", trip.body.draft},
                         {"identical", trip.body.identical},
                         {"share", trip.body.share()},
                         {"identical_with_lists_by_states", trip.by_states.identical},
                         {"share_with_lists_by_states", trip.by_states.share()},
                         {"footnotes", trip.notes.draft},
                         {"identical_footnotes", trip.notes.identical},
                         {"only_in_draft", trip.body.draft_only},
                         {"only_in_build", trip.body.built_only},
                         {"only_in_draft_with_lists_by_states", trip.by_states.draft_only},
                         {"only_in_build_with_lists_by_states", trip.by_states.built_only}};
  }
  return out;
}

std::string counted(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string summary_line(const std::string& draft, const ImportedRecords& records, const RoundTrip& trip,
                         const std::filesystem::path& dir) {
  std::string line = "mspdoc: imported " + printable_path(draft) + " into " + printable_path(dir.string()) +
                     ": " + counted(records.sets, "set", "sets") + ", " +
                     counted(records.indicators, "indicator", "indicators") + ", " +
                     counted(records.paragraphs, "paragraph", "paragraphs") + ", " +
                     counted(records.unknown_names.size(), "unknown name", "unknown names") + ", " +
                     counted(records.findings, "finding", "findings") + " of check kept as comments";
  if (!trip.measured) return line + "; round trip not measured (" + trip.why_not + ")\n";
  return line + "; built again: " + std::to_string(trip.body.identical) + " of " +
         std::to_string(trip.body.draft) + " paragraphs identical (" + percent(trip.body.share()) + "), " +
         std::to_string(trip.by_states.identical) + " (" + percent(trip.by_states.share()) +
         ") with lists compared by the States they name; " + std::to_string(trip.notes.identical) + " of " +
         counted(trip.notes.draft, "footnote", "footnotes") + " identical\n";
}

}  // namespace

int run_import_command(const std::vector<std::string>& raw, const Paths& paths, const ToolSettings& tools,
                       std::ostream& out, std::ostream& err) {
  auto args = Arguments::parse(raw, {"-o", "--format"}, {"--help", "--force", "--no-build"});
  if (!args)
    return err << "mspdoc import: " << args.error().message << " (see mspdoc import --help)\n", kExitUsage;
  if (args->has("--help")) return out << kImportHelp, kExitOk;
  if (args->positionals.size() != 1)
    return err << "mspdoc import: give exactly one DRAFT.docx (see mspdoc import --help)\n", kExitUsage;
  std::string format = args->value_or("--format", "text");
  if (format != "text" && format != "json")
    return err << "mspdoc import: --format is text or json\n", kExitUsage;
  std::filesystem::path dir = args->value_or("-o", ".");
  std::vector<std::filesystem::path> targets{dir / "meeting.xml", dir / "progress-report.xml"};
  if (!args->has("--force"))
    for (const auto& target : targets)
      if (std::filesystem::exists(target))
        return err << "mspdoc import: " << printable_path(target.string())
                   << " already exists; give --force to replace it, or another -o DIR\n",
               kExitUsage;

  const std::string& draft_file = args->positionals.front();
  auto draft = read_docx(draft_file);
  if (!draft) return report_errors(draft.errors(), err);
  auto data = CheckData::load(paths);
  if (!data) return report_errors(data.errors(), err);
  CheckContext context{*data, std::nullopt};
  auto records = import_progress_report(*draft, context);
  if (!records) return report_errors(records.errors(), err);

  WorkFolder work;
  if (!work.ok()) return err << "mspdoc import: " << work.error() << "\n", kExitUsage;
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> staged{
      {work.path() / "meeting.xml", targets[0]}, {work.path() / "progress-report.xml", targets[1]}};
  std::ofstream(staged[0].first, std::ios::binary) << records->meeting_xml;
  std::ofstream(staged[1].first, std::ios::binary) << records->progress_report_xml;
  if (auto valid = load_progress_report(staged[1].first, paths, data->registry); !valid) {
    err << "mspdoc import: the records made from " << printable_path(draft_file)
        << " do not validate, which is a fault of mspdoc import; nothing was written:\n";
    return report_errors(valid.errors(), err);
  }
  RoundTrip trip;
  trip.why_not = "--no-build";
  if (!args->has("--no-build"))
    trip = measure_round_trip(*draft, staged[1].first, paths, *data, tools, work.path());

  std::error_code made;
  std::filesystem::create_directories(dir, made);
  if (made)
    return err << "mspdoc import: cannot make " << printable_path(dir.string()) << ": " << made.message()
               << "\n",
           kExitUsage;
  if (auto placed = replace_files(staged); !placed) return report_errors(placed.errors(), err);

  if (format == "json") {
    out << as_json(*records, trip, targets).dump(2) << "\n";
  } else {
    for (const std::string& warning : records->warnings) err << "mspdoc: warning: " << warning << "\n";
    out << summary_line(draft_file, *records, trip, dir);
  }
  return trip.measured || args->has("--no-build") ? kExitOk : kExitToolFailed;
}

}  // namespace mspdoc
