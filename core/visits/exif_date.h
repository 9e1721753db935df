#pragma once
// EXIF DateTimeOriginal (tag 0x9003) from a JPEG's APP1 segment: when the camera took the photo.
// A small, bounds-checked reader of just that path (APP1 "Exif" → TIFF header → IFD0 → Exif IFD);
// anything malformed gives nullopt, never a read outside the bytes.
#include <optional>
#include <string>
#include <string_view>

namespace lj {

// "YYYY-MM-DDTHH:MM:SS" (camera local time, no offset), or nullopt.
std::optional<std::string> exifDateTimeOriginal(std::string_view jpeg);

} // namespace lj
