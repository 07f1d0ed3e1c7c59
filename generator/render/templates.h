#pragma once
/// Mustache templates (kainjow) that turn a document's data into Pandoc Markdown.

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>

#include "core/error.h"

namespace mspdoc {

/// A template and all the partials it uses, read from one folder and checked for syntax.
class TemplateSet {
 public:
  /// Reads FOLDER/NAME.mustache and, recursively, every partial it names ({{> partial}} reads
  /// FOLDER/partial.mustache). A partial's name must be a plain name; a missing partial or a
  /// syntax error is an Error naming the template file and line.
  static Result<TemplateSet> load(const std::filesystem::path& folder, const std::string& name);

  /// Renders the template with `data`. Values in {{double}} tags are escaped for Markdown so that
  /// record text comes out literally; {{{triple}}} tags insert Markdown made by the renderer.
  Result<std::string> render(kainjow::mustache::data data) const;

 private:
  Result<bool> add(const std::filesystem::path& folder, const std::string& name, int depth);

  std::string main_name_;
  std::filesystem::path main_file_;
  std::map<std::string, std::string> sources_;  ///< name -> template text
};

}  // namespace mspdoc
