#pragma once
/// Matching the names drafters type against the names the registry knows.

#include <cstddef>
#include <string>
#include <string_view>

namespace mspdoc {

/// Folds a name to the key it is matched by: accents dropped (NFD), case folded, straight and
/// curly apostrophes dropped, "&" read as "and", other punctuation and runs of space read as one
/// space, and a leading "the" dropped. "the Côte d’Ivoire" and "COTE D'IVOIRE" fold alike.
std::string fold_name(std::string_view name);

/// Edit distance between two folded names, counting insertions, deletions, substitutions and
/// swaps of neighbouring characters (optimal string alignment), over code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The same over code points, giving up early: any result above `limit` comes back as limit + 1.
std::size_t edit_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit);

/// The code points of UTF-8 text.
std::u32string code_points(std::string_view text);

}  // namespace mspdoc
