#include "render/drafting.h"

#include <libxml/parser.h>

#include "core/text.h"
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
  if (!std::filesystem::is_regular_file(file)) return Error{file.string(), 0, "no such file"};
  xmlDoc* doc = xmlReadFile(file.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* last = xmlGetLastError();
    int line = last ? last->line : 0;
    std::string message = last && last->message ? last->message : "cannot parse as XML";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return Error{file.string(), line, message};
  }
  std::string kind = reinterpret_cast<const char*>(xmlDocGetRootElement(doc)->name);
  xmlFreeDoc(doc);
  return kind;
}

}  // namespace

Result<Rendering> draft_document(const std::filesystem::path& file, const Paths& paths,
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

}  // namespace mspdoc
