#include "cli/build_command.h"

#include <csignal>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "core/atomic_file.h"
#include "core/process.h"
#include "core/record_anchor.h"
#include "render/drafting.h"

namespace mspdoc {

const char* const kBuildHelp = R"(Usage:
  mspdoc build RECORDS.xml... [-o DIR] [--to docx,pdf,md] [--part decisions]

Draft documents from records: each RECORDS.xml is a document record (a
progress report or a final report) that names its meeting record. Counts, lists of States,
tables and summary all come from the records, so they cannot disagree.

Options:
  -o, --output DIR   where to write (default: output/)
  --to FORMATS       any of docx, pdf, md, comma-separated (default: docx,pdf);
                     md is the intermediate Pandoc Markdown, for template work
  --part decisions   only chapter IV of a final report (its decisions), to paste
                     into a draft already under way

Outputs are named after the meeting and the document (12msp-progress-report.docx).
All of a run's outputs are made first in a private temporary folder ($TMPDIR)
and put in place together at the end: a failed, timed-out or interrupted run
(SIGINT exits 130, SIGTERM 143) leaves the previous DOCX and PDF as they were.
Two records that would make outputs of one name are refused before anything
is made.
A record with a value not yet known builds with a warning and shows
"[not yet known]" where the value goes.

Environment: MSPDOC_TOOL_TIMEOUT, the seconds pandoc and LibreOffice may each
take (default 300); a tool that takes longer is stopped with all its children.
TMPDIR, where the work folder goes (it must exist and be writable).

Exit codes: 0 built; 2 unusable records (each problem named file:line) or
usage; 3 pandoc or LibreOffice failed or is missing; 130/143 interrupted.

Examples:
  mspdoc build data/12msp/progress-report.xml
  mspdoc build data/12msp/progress-report.xml --to md -o /tmp/draft
  mspdoc build data/12msp/final-report.xml --part decisions --to docx
)";

namespace {

struct Formats {
  bool docx = false, pdf = false, md = false;
};

std::optional<Formats> parse_formats(const std::string& list) {
  Formats formats;
  if (list.empty() || list.back() == ',') return std::nullopt;  // "--to \"\"" asks for nothing
  std::stringstream items(list);
  for (std::string item; std::getline(items, item, ',');) {
    if (item == "docx")
      formats.docx = true;
    else if (item == "pdf")
      formats.pdf = true;
    else if (item == "md")
      formats.md = true;
    else
      return std::nullopt;
  }
  return formats;
}

int report(const Errors& errors, std::ostream& err) {
  for (const Error& error : errors) err << "mspdoc: " << error.str() << "\n";
  return errors.empty() ? kExitUsage : errors.front().exit_code;
}

/// The files of one run, made in the work folder and put in place together at the end.
struct Outputs {
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> staged_to_target;
  std::vector<std::filesystem::path> docx_for_pdf;  ///< staged DOCX files, in order
};

/// Checks before anything is made that no two outputs of the run share a name.
Result<bool> distinct_outputs(const std::vector<Rendering>& drafts, const std::vector<std::string>& records) {
  std::map<std::string, std::string> made_by;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    auto [slot, added] = made_by.emplace(drafts[i].name, records[i]);
    if (!added)
      return Error{records[i], 0,
                   "makes the same outputs (" + drafts[i].name + ".*) as " + slot->second +
                       "; give each document record its own meeting or document kind"};
  }
  return true;
}

Result<bool> stage_outputs(const Rendering& draft, const Formats& formats,
                           const std::filesystem::path& out_dir, const Paths& paths,
                           const ToolSettings& tools, const WorkFolder& work, Outputs& outputs) {
  std::filesystem::path staging = work.path() / "staged";
  std::filesystem::create_directories(staging);
  if (formats.md) {
    std::filesystem::path staged = staging / (draft.name + ".md");
    if (auto ok = write_file_atomically(staged, without_record_anchors(draft.markdown)); !ok)
      return ok.errors();
    outputs.staged_to_target.emplace_back(staged, out_dir / (draft.name + ".md"));
  }
  if (!formats.docx && !formats.pdf) return true;
  std::filesystem::path folder = work.path() / draft.name;
  std::filesystem::create_directories(folder);
  auto docx = markdown_to_docx(draft.markdown, draft.identity, paths, tools, folder);
  if (!docx) return docx.errors();
  std::filesystem::path staged = staging / (draft.name + ".docx");
  if (auto ok = write_file_atomically(staged, *docx); !ok) return ok.errors();
  outputs.docx_for_pdf.push_back(staged);
  if (formats.docx) outputs.staged_to_target.emplace_back(staged, out_dir / (draft.name + ".docx"));
  return true;
}

Result<bool> stage_pdfs(const std::filesystem::path& out_dir, const ToolSettings& tools,
                        const WorkFolder& work, Outputs& outputs, std::ostream& err) {
  std::filesystem::path pdf_folder = work.path() / "pdf";
  std::filesystem::create_directories(pdf_folder);
  err << "mspdoc: converting " << outputs.docx_for_pdf.size() << " document(s) to PDF with LibreOffice...\n";
  auto pdfs = docx_to_pdf(outputs.docx_for_pdf, pdf_folder, tools, work.path());
  if (!pdfs) return pdfs.errors();
  for (const auto& pdf : *pdfs) outputs.staged_to_target.emplace_back(pdf, out_dir / pdf.filename());
  return true;
}

int interrupted_exit(std::ostream& err) {
  err << "mspdoc: stopped by " << (interrupted_by() == SIGINT ? "SIGINT" : "SIGTERM")
      << "; nothing was written\n";
  return 128 + interrupted_by();
}

}  // namespace

int run_build_command(const std::vector<std::string>& raw, const Paths& paths, const ToolSettings& tools,
                      std::ostream& out, std::ostream& err) {
  std::vector<std::string> normalised = raw;
  for (std::string& arg : normalised)
    if (arg == "-o") arg = "--output";
  auto args = Arguments::parse(normalised, {"--output", "--to", "--part"}, {"--help"});
  if (!args)
    return err << "mspdoc build: " << args.error().message << " (see mspdoc build --help)\n", kExitUsage;
  if (args->has("--help")) return out << kBuildHelp, kExitOk;
  if (args->positionals.empty())
    return err << "mspdoc build: give at least one RECORDS.xml (see mspdoc build --help)\n", kExitUsage;
  std::string part_name = args->value_or("--part", "whole");
  if (part_name != "whole" && part_name != "decisions")
    return err << "mspdoc build: --part is decisions (or whole, the default)\n", kExitUsage;
  Part part = part_name == "decisions" ? Part::decisions : Part::whole;
  auto formats = parse_formats(args->value_or("--to", "docx,pdf"));
  if (!formats) return err << "mspdoc build: --to takes docx, pdf and md, comma-separated\n", kExitUsage;
  std::filesystem::path out_dir = args->value_or("--output", "output");
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec)
    return err << "mspdoc build: cannot create " << out_dir.string() << ": " << ec.message() << "\n",
           kExitUsage;

  auto registry = StateRegistry::load(paths);
  if (!registry) return report(registry.errors(), err);
  std::vector<Rendering> drafts;
  Errors errors;
  for (const std::string& file : args->positionals) {
    auto drafted = draft_document(file, paths, *registry, part);
    if (!drafted) {
      errors.insert(errors.end(), drafted.errors().begin(), drafted.errors().end());
      continue;
    }
    for (const Error& warning : drafted->warnings) err << "mspdoc: " << warning.str() << "\n";
    drafts.push_back(std::move(*drafted));
  }
  if (!errors.empty()) return report(errors, err);
  if (auto distinct = distinct_outputs(drafts, args->positionals); !distinct)
    return report(distinct.errors(), err);
  WorkFolder work;
  if (!work.ok()) return err << "mspdoc build: " << work.error() << "\n", kExitUsage;
  Outputs outputs;
  for (const Rendering& each : drafts)
    if (auto ok = stage_outputs(each, *formats, out_dir, paths, tools, work, outputs); !ok)
      return interrupted_by() ? interrupted_exit(err) : report(ok.errors(), err);
  if (formats->pdf && !outputs.docx_for_pdf.empty())
    if (auto ok = stage_pdfs(out_dir, tools, work, outputs, err); !ok)
      return interrupted_by() ? interrupted_exit(err) : report(ok.errors(), err);
  if (interrupted_by()) return interrupted_exit(err);
  if (auto ok = replace_files(outputs.staged_to_target); !ok) return report(ok.errors(), err);
  for (const auto& [staged, target] : outputs.staged_to_target)
    err << "mspdoc: wrote " << target.string() << "\n";
  return kExitOk;
}

}  // namespace mspdoc
