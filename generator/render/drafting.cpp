#include "render/drafting.h"

#include "core/text.h"
#include "core/xml_input.h"
#include "records/final_report.h"
#include "records/progress_report.h"
#include "render/final_report_view.h"
#include "render/progress_report_view.h"
#include "render/templates.h"

namespace mspdoc {
namespace {

Result<Rendering> draft_progress_report(const std::filesystem::path& file, const Paths& paths,
                                        const StateRegistry& registry) {
  auto loaded = load_progress_report(file, paths, registry);
  if (!loaded) return loaded.errors();
  auto templates = TemplateSet::load(paths.home / "templates", "progress-report");
  if (!templates) return templates.errors();
  auto markdown = templates->render(progress_report_view(*loaded));
  if (!markdown) return markdown.errors();
  return Rendering{lower_ascii(loaded->meeting.short_name) + "-progress-report", *markdown,
                   DocumentIdentity{loaded->symbol, loaded->title, loaded->date}, loaded->warnings};
}

Result<Rendering> draft_final_report(const std::filesystem::path& file, const Paths& paths,
                                     const StateRegistry& registry, Part part) {
  auto loaded = load_final_report(file, paths, registry);
  if (!loaded) return loaded.errors();
  bool decisions = part == Part::decisions;
  auto templates =
      TemplateSet::load(paths.home / "templates", decisions ? "final-report-part-decisions" : "final-report");
  if (!templates) return templates.errors();
  auto markdown = templates->render(final_report_view(*loaded));
  if (!markdown) return markdown.errors();
  return Rendering{
      lower_ascii(loaded->meeting.short_name) + (decisions ? "-final-report-decisions" : "-final-report"),
      *markdown,
      DocumentIdentity{loaded->symbol, "Final report", loaded->date},
      {}};
}

/// The name of a record file's root element, which says what kind of document it drafts.
Result<std::string> record_kind(const std::filesystem::path& file) {
  auto parsed = XmlFile::parse(file);  // size, DOCTYPE and depth refused before any work
  if (!parsed) return parsed.errors();
  return std::string(name_of(parsed->root()));
}

Result<Rendering> draft_record(const std::filesystem::path& file, const Paths& paths,
                               const StateRegistry& registry, Part part);

/// The longest paragraph handed to pandoc: a real one is a few kilobytes, and pandoc's time and
/// memory grow fast with a single paragraph's length.
constexpr std::size_t kMaxParagraphBytes = 64 * 1024;

/// An error when a paragraph of the Markdown is longer than pandoc is given.
Result<Rendering> with_paragraphs_checked(Result<Rendering> rendering, const std::filesystem::path& file) {
  if (!rendering) return rendering;
  const std::string& markdown = rendering->markdown;
  for (std::size_t start = 0; start < markdown.size();) {
    std::size_t end = markdown.find("\n\n", start);
    if (end == std::string::npos) end = markdown.size();
    if (end - start > kMaxParagraphBytes)
      return Error{file.string(), 0,
                   "a paragraph of " + std::to_string(end - start) +
                       " bytes is longer than the 64 KiB mspdoc gives pandoc in one paragraph; split it"};
    start = end + 2;
  }
  return rendering;
}

}  // namespace

Result<Rendering> draft_document(const std::filesystem::path& file, const Paths& paths,
                                 const StateRegistry& registry, Part part) {
  return with_paragraphs_checked(draft_record(file, paths, registry, part), file);
}

namespace {

Result<Rendering> draft_record(const std::filesystem::path& file, const Paths& paths,
                               const StateRegistry& registry, Part part) {
  auto kind = record_kind(file);
  if (!kind) return kind.errors();
  if (*kind == "final-report") return draft_final_report(file, paths, registry, part);
  if (part == Part::decisions)
    return Error{file.string(), 1, "--part decisions needs a <final-report> record, not <" + *kind + ">"};
  if (*kind == "progress-report") return draft_progress_report(file, paths, registry);
  return Error{file.string(), 1,
               "<" + *kind +
                   "> is not a document record mspdoc builds (expected <progress-report> or <final-report>)"};
}

}  // namespace

}  // namespace mspdoc
