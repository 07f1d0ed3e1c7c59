#include "cli/check_command.h"

#include <fstream>
#include <ostream>

#include "check/checker.h"
#include "check/participant_rules.h"
#include "cli/arguments.h"
#include "cli/cli.h"
#include "docx/annotate.h"
#include "import/round_trip.h"
#include "records/records.h"
#include "render/drafting.h"

namespace mspdoc {

const char* const kCheckHelp = R"(Usage:
  mspdoc check FILE... [--format text|json] [--annotate OUT.docx] [--as-of YYYY-MM-DD]

Read drafts and report where they contradict themselves or the registry:
a count that differs from its list ("Nine States Parties" with eight names),
"of these" lists naming States outside the list they refer to, "additional"
States that were already counted, a State with the wrong status, unknown or
non-UN names, one figure given two values in summary, tables and text, parts
that do not add up, placeholders (XX, TBC), numbering that skips or repeats,
and "as of" dates after the document's date. Given several documents of one
meeting (a progress report and a final report), it also reports States that
one of them records as taking part and the other does not.

FILE is a Word draft (.docx, saved by Word or LibreOffice) or a record (.xml):
a progress-report record is drafted and its document checked; any other record
is checked against its schema.

Options:
  --format FORMAT    text (default): one line per finding,
                       file:paragraph:footnote: rule: message
                     json: {"findings": [...], "errors": N, "warnings": N}
  --annotate OUT     write a copy of the (single) draft with a Word comment at
                     each finding; nothing else in it changes
  --records FILE     compare a document mspdoc generated, and people edited since,
                     with the progress-report record it was built from: each
                     list, count, table cell and summary figure that carries its
                     record's id (invisible marks that Word and LibreOffice
                     keep) is compared with the set or indicator, and every
                     difference is reported ("footnote 7 (set S) no longer lists
                     Chile, which the record has"). Without --records the same
                     marks pair counts with their lists by id.
  --as-of DATE       the day that decides each State's status. Without it:
                     the masthead date, else the end of the reporting period,
                     else the meeting's first day, else the latest date in the
                     front matter; never today. Each run prints the date it
                     used and where it came from. A draft of a convention
                     whose treaty data/treaties/ does not hold (the Mine Ban
                     Convention, say) gets no status checks, and says so.

The words a draft uses ("States Parties", "of these", "including", numbers in
words) are read from data/lang/en.xml; see the README's Checker section.

Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 a file cannot
be read (not a zip, not a Word document, malformed XML).

Examples:
  mspdoc check draft.docx
  mspdoc check draft.docx --format json
  mspdoc check draft.docx --annotate draft-checked.docx
  mspdoc check --records data/12msp/progress-report.xml edited-report.docx
  mspdoc check data/12msp/*.xml
)";

namespace {

int report_errors(const Errors& errors, std::ostream& err) {
  for (const Error& error : errors) err << "mspdoc: " << error.str() << "\n";
  return kExitUsage;
}

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

/// Reads a file as a draft: a DOCX directly; a progress-report record by drafting it first.
Result<DraftDocument> read_draft(const std::string& file, const Paths& paths, const ToolSettings& tools,
                                 const CheckData& loaded, bool& was_record) {
  was_record = ends_with(file, ".xml");
  if (!was_record) return read_docx(file);
  auto rendering = draft_document(file, paths, loaded.registry);
  if (!rendering) {
    // Meeting records and other records are checked against their schema only.
    if (rendering.error().message.find("is not a document record") != std::string::npos) {
      if (auto meeting = load_meeting(file, paths, loaded.registry); !meeting) return meeting.errors();
      DraftDocument empty;
      empty.file = file;
      return empty;
    }
    return rendering.errors();
  }
  WorkFolder work;
  if (!work.ok()) return Error{"", 0, work.error()};
  auto document = read_built_document(*rendering, paths, tools, work.path());
  if (document) document->file = file;
  return document;
}

}  // namespace

int run_check_command(const std::vector<std::string>& raw, const Paths& paths, const ToolSettings& tools,
                      std::ostream& out, std::ostream& err) {
  auto args = Arguments::parse(raw, {"--format", "--annotate", "--as-of", "--records"}, {"--help"});
  if (!args)
    return err << "mspdoc check: " << args.error().message << " (see mspdoc check --help)\n", kExitUsage;
  if (args->has("--help")) return out << kCheckHelp, kExitOk;
  if (args->positionals.empty())
    return err << "mspdoc check: give at least one FILE (see mspdoc check --help)\n", kExitUsage;
  std::string format = args->value_or("--format", "text");
  if (format != "text" && format != "json")
    return err << "mspdoc check: --format is text or json\n", kExitUsage;
  if (args->has("--annotate") && args->positionals.size() != 1)
    return err << "mspdoc check: --annotate takes exactly one draft\n", kExitUsage;
  std::optional<Date> as_of;
  if (args->has("--as-of") && !(as_of = Date::parse(args->value_or("--as-of", ""))))
    return err << "mspdoc check: --as-of wants a date YYYY-MM-DD\n", kExitUsage;

  auto loaded = CheckData::load(paths);
  if (!loaded) return report_errors(loaded.errors(), err);
  CheckContext context{*loaded, as_of};
  std::optional<ProgressReport> records;
  if (args->has("--records")) {
    auto read = load_progress_report(args->value_or("--records", ""), paths, loaded->registry);
    if (!read) return report_errors(read.errors(), err);
    records = std::move(*read);
    context.records = &*records;
  }

  std::vector<Finding> all;
  std::vector<DocumentNote> notes;
  std::vector<DraftDocument> documents;
  for (const std::string& file : args->positionals) {
    bool record = false;
    auto document = read_draft(file, paths, tools, *loaded, record);
    if (!document) return report_errors(document.errors(), err);
    CheckedDraft checked = check_draft(*document, context);
    std::vector<Finding>& findings = checked.findings;
    notes.push_back(checked.note);
    if (args->has("--annotate")) {
      if (record)
        return err << "mspdoc check: --annotate works on a DOCX draft, not on records\n", kExitUsage;
      if (auto ok =
              write_annotated_copy(*document, annotations_for(findings), args->value_or("--annotate", ""));
          !ok)
        return report_errors(ok.errors(), err);
    }
    all.insert(all.end(), findings.begin(), findings.end());
    documents.push_back(std::move(*document));
  }
  if (documents.size() > 1) {
    std::vector<const DraftDocument*> pointers;
    for (const DraftDocument& document : documents) pointers.push_back(&document);
    std::vector<Finding> across = check_participants(pointers, context);
    all.insert(all.end(), across.begin(), across.end());
  }
  out << (format == "json" ? findings_as_json(all, notes) : findings_as_text(all, notes));
  return count_severity(all, Severity::error) > 0 ? kExitFindings : kExitOk;
}

}  // namespace mspdoc
