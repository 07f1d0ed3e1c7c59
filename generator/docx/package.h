#pragma once
/// The parts of a Word package as the reader and the annotator load them: parsed, refused when
/// they declare a DOCTYPE, with namespaces made canonical; and the relationships between parts.

#include <map>
#include <pugixml.hpp>
#include <string>

#include "core/error.h"
#include "core/zip_archive.h"

namespace mspdoc {

/// Parses `part` of `parts` into `document` with canonical namespace prefixes. An absent part is
/// an Error only when `required`. A DOCTYPE anywhere, or XML that does not parse, is an Error
/// naming `file` and the part.
Result<bool> parse_part(const ZipParts& parts, const std::string& part, pugi::xml_document& document,
                        const std::string& file, bool required);

/// The targets of `part`'s relationships by id, as part names ("word/header1.xml"); empty when
/// the part has no relationships.
std::map<std::string, std::string> part_relationships(const ZipParts& parts, const std::string& part);

}  // namespace mspdoc
