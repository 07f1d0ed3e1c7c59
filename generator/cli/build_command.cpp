#include "cli/build_command.h"

#include <ostream>
#include <set>
#include <sstream>

#include "cli/arguments.h"
#include "cli/cli.h"
#include "core/atomic_file.h"
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

Outputs are named after the meeting and the document (12msp-progress-report.docx)
and written to a temporary file first, so a failed run leaves what was there.
A record with a value not yet known builds with a warning and shows
"[not yet known]" where the value goes.

Exit codes: 0 built; 2 unusable records (each problem named file:line);
3 pandoc or LibreOffice failed or is missing.

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

Result<bool> write_outputs(const Rendering& draft, const Formats& formats,
                           const std::filesystem::path& out_dir, const Paths& paths,
                           const ToolSettings& tools, const WorkFolder& work,
                           std::vector<std::filesystem::path>& docx_written, std::ostream& err) {
  if (formats.md) {
    auto written = write_file_atomically(out_dir / (draft.name + ".md"), draft.markdown);
    if (!written) return written.errors();
    err << "mspdoc: wrote " << (out_dir / (draft.name + ".md")).string() << "\n";
  }
  if (!formats.docx && !formats.pdf) return true;
  std::filesystem::path folder = work.path() / draft.name;
  std::filesystem::create_directories(folder);
  auto docx = markdown_to_docx(draft.markdown, draft.identity, paths, tools, folder);
  if (!docx) return docx.errors();
  std::filesystem::path staged = work.path() / (draft.name + ".docx");
  if (auto ok = write_file_atomically(staged, *docx); !ok) return ok.errors();
  docx_written.push_back(staged);
  if (formats.docx) {
    if (auto ok = write_file_atomically(out_dir / (draft.name + ".docx"), *docx); !ok) return ok.errors();
    err << "mspdoc: wrote " << (out_dir / (draft.name + ".docx")).string() << "\n";
  }
  return true;
}

Result<bool> write_pdfs(const std::vector<std::filesystem::path>& docx, const std::filesystem::path& out_dir,
                        const ToolSettings& tools, const WorkFolder& work, std::ostream& err) {
  std::filesystem::path pdf_folder = work.path() / "pdf";
  std::filesystem::create_directories(pdf_folder);
  err << "mspdoc: converting " << docx.size() << " document(s) to PDF with LibreOffice...\n";
  auto pdfs = docx_to_pdf(docx, pdf_folder, tools, work.path());
  if (!pdfs) return pdfs.errors();
  for (const auto& pdf : *pdfs) {
    if (auto ok = replace_file(pdf, out_dir / pdf.filename()); !ok) return ok.errors();
    err << "mspdoc: wrote " << (out_dir / pdf.filename()).string() << "\n";
  }
  return true;
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
  WorkFolder work;
  std::vector<std::filesystem::path> docx;
  for (const Rendering& each : drafts)
    if (auto ok = write_outputs(each, *formats, out_dir, paths, tools, work, docx, err); !ok)
      return report(ok.errors(), err);
  if (formats->pdf && !docx.empty())
    if (auto ok = write_pdfs(docx, out_dir, tools, work, err); !ok) return report(ok.errors(), err);
  return kExitOk;
}

}  // namespace mspdoc
