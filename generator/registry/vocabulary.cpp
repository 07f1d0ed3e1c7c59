#include "registry/vocabulary.h"

#include "core/xml_input.h"

namespace mspdoc {

Result<Vocabulary> Vocabulary::load(const Paths& paths, std::string_view code) {
  auto file = XmlFile::load(paths.data() / "lang" / (std::string(code) + ".xml"), paths.schema("lang"));
  if (!file) return file.errors();
  Vocabulary vocabulary;
  const xmlNode* conventions = child_elements(file->root(), "conventions").front();
  for (const xmlNode* entry : child_elements(conventions, "convention")) {
    Convention convention;
    convention.id = attribute(entry, "id").value_or("");
    convention.symbol_prefix = attribute(entry, "symbol").value_or("");
    for (const xmlNode* name : child_elements(entry, "name")) convention.names.push_back(text_of(name));
    vocabulary.conventions_.push_back(std::move(convention));
  }
  return vocabulary;
}

const Convention* Vocabulary::convention_of_symbol(std::string_view symbol) const {
  for (const Convention& convention : conventions_)
    if (symbol.rfind(convention.symbol_prefix, 0) == 0) return &convention;
  return nullptr;
}

const Convention* Vocabulary::convention_named_in(std::string_view text, std::size_t* at) const {
  const Convention* earliest = nullptr;
  std::size_t best = std::string_view::npos;
  for (const Convention& convention : conventions_)
    for (const std::string& name : convention.names)
      if (std::size_t found = text.find(name); found < best) best = found, earliest = &convention;
  if (at) *at = best;
  return earliest;
}

}  // namespace mspdoc
