#include "visits/visit_photo.h"

#include "crypto/hasher.h"
#include "util/encoding.h"
#include "visits/exif_date.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace lj {

namespace {

std::string sizeText(std::int64_t bytes) {
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB";
}

} // namespace

Result<PhotoFile> checkPhoto(const std::string& fileName, std::string bytes) {
    if (static_cast<std::int64_t>(bytes.size()) > kMaxPhotoBytes)
        return fail(fileName + ": " + sizeText(static_cast<std::int64_t>(bytes.size())) +
                    " is larger than the " + sizeText(kMaxPhotoBytes) + " allowed for a photo");
    PhotoFile photo;
    static const std::string_view png("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0)
        photo.info.mime = "image/jpeg";
    else if (bytes.size() >= png.size() && std::string_view(bytes).substr(0, png.size()) == png)
        photo.info.mime = "image/png";
    else
        return fail(fileName + ": not a photo (only JPEG and PNG images are accepted)");
    Hasher hasher(HashAlgo::Sha256);
    photo.info.sha256 = toHex(hasher.hash(bytes));
    photo.info.fileName = std::filesystem::path(fileName).filename().string();
    photo.info.bytes = static_cast<std::int64_t>(bytes.size());
    if (photo.info.mime == "image/jpeg") photo.info.exifDate = exifDateTimeOriginal(bytes).value_or("");
    photo.bytes = std::move(bytes);
    return photo;
}

Result<PhotoFile> readPhotoFile(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return fail(path + ": no such file");
    const auto size = std::filesystem::file_size(path, error);
    if (error) return fail(path + ": " + error.message());
    if (static_cast<std::int64_t>(size) > kMaxPhotoBytes)
        return fail(path + ": " + sizeText(static_cast<std::int64_t>(size)) + " is larger than the " +
                    sizeText(kMaxPhotoBytes) + " allowed for a photo");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(path + ": cannot be read");
    std::string bytes(std::istreambuf_iterator<char>(in), {});
    return checkPhoto(path, std::move(bytes));
}

std::string photoExtension(const std::string& mime) {
    return mime == "image/png" ? "png" : "jpg";
}

} // namespace lj
