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

/// The length of the valid UTF-8 sequence at text[i], or 0 when the bytes there are not one.
std::size_t utf8_sequence_at(std::string_view text, std::size_t i);

/// True when `text` is valid UTF-8.
bool valid_utf8(std::string_view text);

/// How many bytes at text[i], where no valid UTF-8 sequence starts, make one bad part: the lead
/// byte and the continuation bytes that could still have followed it (Unicode's "maximal
/// subpart"), at least 1.
std::size_t invalid_utf8_length_at(std::string_view text, std::size_t i);

/// `text` with each bad part of its UTF-8 replaced by one U+FFFD, so that it shows. With `moved`,
/// also where each byte offset of `text` (and its end) lands in the result.
std::string replace_invalid_utf8(std::string_view text, std::vector<std::size_t>* moved = nullptr);

/// A file name for messages: as it is when it is UTF-8, else with each invalid byte as "\xNN".
std::string printable_path(std::string_view name);

/// Joins items without a serial comma: "A", "A and B", "A, B and C".
std::string join_list(const std::vector<std::string>& items, std::string_view conjunction = "and");

}  // namespace mspdoc
