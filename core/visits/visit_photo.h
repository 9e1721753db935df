#pragma once
// Photos attached to observations: only JPEG and PNG (recognised by their first bytes, not their
// names), at most kMaxPhotoBytes each, kept with their SHA-256 and, for JPEG, the EXIF date.
#include "util/result.h"
#include "visits/visit_types.h"

#include <cstdint>
#include <string>

namespace lj {

inline constexpr std::int64_t kMaxPhotoBytes = 25LL << 20; // 25 MiB: a phone photo is 2–10 MiB

struct PhotoFile {
    VisitPhoto info;
    std::string bytes;
};

// Checks `bytes` (named `fileName` in messages) and fills in hash, type, size and EXIF date.
Result<PhotoFile> checkPhoto(const std::string& fileName, std::string bytes);
// Reads and checks a photo file; a file over the cap is refused before it is read.
Result<PhotoFile> readPhotoFile(const std::string& path);

// "jpg" or "png" for a checked photo's type.
std::string photoExtension(const std::string& mime);

} // namespace lj
