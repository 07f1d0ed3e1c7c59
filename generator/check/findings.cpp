#include "check/findings.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

namespace mspdoc {

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.file, a.paragraph_index, a.begin, a.rule) <
           std::tie(b.file, b.paragraph_index, b.begin, b.rule);
  });
}

const char* severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

std::string findings_as_text(const std::vector<Finding>& findings, const std::vector<DocumentNote>& notes) {
  std::string head;
  for (const DocumentNote& note : notes) {
    head += note.file + ": " +
            (note.as_of.empty() ? "no date to judge statuses by (give --as-of)"
                                : "statuses as of " + note.as_of + " (" + note.as_of_source + ")") +
            "\n";
    if (!note.remark.empty()) head += note.file + ": " + note.remark + "\n";
  }
  std::string out;
  for (const Finding& f : findings)
    out += f.file + ":" + f.paragraph + ":" + f.footnote + ": " + f.rule + ": " +
           (f.severity == Severity::warning ? "warning: " : "") + f.message + "\n";
  return head + out;
}

std::size_t count_severity(const std::vector<Finding>& findings, Severity severity) {
  return std::size_t(std::count_if(findings.begin(), findings.end(),
                                   [&](const Finding& f) { return f.severity == severity; }));
}

std::string findings_as_json(const std::vector<Finding>& findings, const std::vector<DocumentNote>& notes) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const Finding& f : findings) {
    nlohmann::ordered_json entry;
    entry["file"] = f.file;
    entry["rule"] = f.rule;
    entry["severity"] = severity_name(f.severity);
    entry["paragraph"] =
        f.paragraph.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.paragraph);
    if (f.footnote.empty())
      entry["footnote"] = nullptr;
    else if (f.footnote.size() <= 9 &&
             std::all_of(f.footnote.begin(), f.footnote.end(), [](char c) { return c >= '0' && c <= '9'; }))
      entry["footnote"] = std::stoi(f.footnote);
    else
      entry["footnote"] = f.footnote;
    entry["message"] = f.message;
    entry["names"] = f.names;
    entry["stated"] = f.stated ? nlohmann::ordered_json(*f.stated) : nlohmann::ordered_json(nullptr);
    entry["listed"] = f.listed ? nlohmann::ordered_json(*f.listed) : nlohmann::ordered_json(nullptr);
    array.push_back(entry);
  }
  auto as_of = [](const DocumentNote& note) {
    if (note.as_of.empty()) return nlohmann::ordered_json(nullptr);
    return nlohmann::ordered_json{{"date", note.as_of}, {"source", note.as_of_source}};
  };
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const DocumentNote& note : notes)
    documents.push_back({{"file", note.file},
                         {"as_of", as_of(note)},
                         {"treaty", note.treaty.empty() ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(note.treaty)},
                         {"remark", note.remark}});
  nlohmann::ordered_json out;
  if (!notes.empty()) out["as_of"] = as_of(notes.front());
  if (!notes.empty()) out["documents"] = documents;
  out["findings"] = array;
  out["errors"] = count_severity(findings, Severity::error);
  out["warnings"] = count_severity(findings, Severity::warning);
  // Text is UTF-8 by the time it gets here; a byte that is not is shown as U+FFFD, never passed on.
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::vector<Annotation> annotations_for(const std::vector<Finding>& findings) {
  std::vector<Annotation> annotations;
  annotations.reserve(findings.size());
  for (const Finding& f : findings) {
    std::string text = f.rule + (f.severity == Severity::warning ? " (warning)" : "") + ": " + f.message;
    annotations.push_back(Annotation{f.paragraph_index, f.begin, f.end, f.footnote_id, std::move(text)});
  }
  return annotations;
}

}  // namespace mspdoc
