#include "registry/organizations.h"

#include "core/xml_input.h"
#include "registry/name_matching.h"

namespace mspdoc {

Result<Organizations> Organizations::load(const Paths& paths) {
  auto file = XmlFile::load(paths.data() / "organizations.xml", paths.schema("organizations"));
  if (!file) return file.errors();
  Organizations organizations;
  for (const xmlNode* entry : child_elements(file->root(), "organization"))
    for (const xmlNode* name : child_elements(entry))
      organizations.folded_names_.insert(fold_name(text_of(name)));
  return organizations;
}

bool Organizations::contains(std::string_view name) const {
  return folded_names_.count(fold_name(name)) > 0;
}

}  // namespace mspdoc
