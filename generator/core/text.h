#pragma once
/// Small text helpers every stage may use: ASCII case folding and joining lists in UN style.

#include <string>
#include <string_view>
#include <vector>

namespace mspdoc {

/// `text` with ASCII letters in lower case; other bytes (UTF-8 included) unchanged.
std::string lower_ascii(std::string text);

/// At most `max_bytes` of `text`, never cut inside a UTF-8 character; "…" marks a cut.
std::string utf8_prefix(std::string_view text, std::size_t max_bytes);

/// Joins items without a serial comma: "A", "A and B", "A, B and C".
std::string join_list(const std::vector<std::string>& items, std::string_view conjunction = "and");

}  // namespace mspdoc
