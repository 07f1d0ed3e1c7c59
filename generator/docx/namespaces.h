#pragma once
/// Namespaces as the reader expects them: whatever prefixes a package uses, and whether it is
/// Transitional or Strict, elements and attributes are renamed to the Transitional prefixes
/// (w:, r:, mc:, wps:, v:, ...) so that the rest of the reader matches on names alone.

#include <pugixml.hpp>
#include <string_view>

namespace mspdoc {

/// True when `xml` declares a namespace the reader knows under another prefix, a Strict
/// namespace, or a known default namespace: then the parsed part needs canonical_namespaces.
bool needs_canonical_namespaces(std::string_view xml);

/// Renames every element and attribute in a known namespace to its Transitional prefix, and
/// rewrites the declarations (and mc:Choice/@Requires, @mc:Ignorable) to match. Linear in the
/// size of the document; elements in unknown namespaces are left as they are.
void canonical_namespaces(pugi::xml_document& document);

}  // namespace mspdoc
