#pragma once
/// Pandoc Markdown from record text: what a drafter typed must come out literally.

#include <string>
#include <string_view>

namespace mspdoc {

/// Escapes text for Pandoc Markdown (read with -smart) so that it reads back as exactly that
/// text: every ASCII mark that can be markup gets a backslash ("*", "_", "[TBC]", "#", "1." at a
/// line start, "|" in tables, ":::" fences), and line breaks become spaces.
std::string escape_markdown(std::string_view text);

/// Raw OpenXML for a tab, which Markdown cannot write.
inline constexpr std::string_view kMarkdownTab = "`<w:r><w:tab/></w:r>`{=openxml}";

}  // namespace mspdoc
