#include "render/templates.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "render/markdown.h"

namespace mspdoc {
namespace {

/// The 1-based line of a byte offset that kainjow names in "... at OFFSET".
int line_of_message(const std::string& source, const std::string& message) {
  auto at = message.rfind(" at ");
  if (at == std::string::npos) return 0;
  std::size_t offset = std::strtoul(message.c_str() + at + 4, nullptr, 10);
  offset = std::min(offset, source.size());
  return 1 + int(std::count(source.begin(), source.begin() + long(offset), '\n'));
}

std::string without_offset(const std::string& message) {
  auto at = message.rfind(" at ");
  return at == std::string::npos ? message : message.substr(0, at);
}

bool plain_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

}  // namespace

Result<TemplateSet> TemplateSet::load(const std::filesystem::path& folder, const std::string& name) {
  TemplateSet set;
  set.main_name_ = name;
  set.main_file_ = folder / (name + ".mustache");
  auto added = set.add(folder, name, 0);
  if (!added) return added.errors();
  return set;
}

Result<bool> TemplateSet::add(const std::filesystem::path& folder, const std::string& name, int depth) {
  if (sources_.count(name)) return true;
  std::filesystem::path file = folder / (name + ".mustache");
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{file.string(), 0, "template not found"};
  std::stringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  kainjow::mustache::mustache compiled(source);
  if (!compiled.is_valid())
    return Error{file.string(), line_of_message(source, compiled.error_message()),
                 without_offset(compiled.error_message())};
  sources_[name] = source;
  static const std::regex kPartial(R"(\{\{>\s*([^}\s]*)\s*\}\})");
  for (std::sregex_iterator it(source.begin(), source.end(), kPartial), end; it != end; ++it) {
    std::string partial = (*it)[1];
    int line = 1 + int(std::count(source.begin(), source.begin() + it->position(), '\n'));
    if (!plain_name(partial))
      return Error{file.string(), line,
                   "partial \"" + partial + "\" must be a plain name of a file in " + folder.string()};
    if (depth > 16) return Error{file.string(), line, "partials nest too deeply"};
    if (!std::filesystem::exists(folder / (partial + ".mustache")))
      return Error{
          file.string(), line,
          "partial \"" + partial + "\" not found: no " + (folder / (partial + ".mustache")).string()};
    auto added = add(folder, partial, depth + 1);
    if (!added) return added.errors();
  }
  return true;
}

Result<std::string> TemplateSet::render(kainjow::mustache::data data) const {
  for (const auto& [name, source] : sources_)
    if (name != main_name_) data.set(name, kainjow::mustache::data(source));
  kainjow::mustache::mustache compiled(sources_.at(main_name_));
  compiled.set_custom_escape([](const std::string& text) { return escape_markdown(text); });
  std::string out = compiled.render(data);
  if (!compiled.is_valid()) return Error{main_file_.string(), 0, compiled.error_message()};
  return out;
}

}  // namespace mspdoc
