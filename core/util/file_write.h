#pragma once
// Writing small whole files (keys, consortium files) so that a reader never sees half of one.
#include "util/result.h"

#include <string>
#include <string_view>

namespace lj {

// Writes `content` to a temporary file beside `path` created with permission bits `mode`
// (e.g. 0600 for private keys: the bytes are never readable by others, not even briefly), then
// renames it over `path`. Errors name the path and the failing call.
Status writeWholeFile(const std::string& path, std::string_view content, unsigned mode = 0644);

} // namespace lj
