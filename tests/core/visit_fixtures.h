#pragma once
// Photos for field-visit tests: a tiny JPEG with an EXIF DateTimeOriginal, and a PNG signature.
#include <cstdint>
#include <string>

namespace visit_test {

inline void put16(std::string& out, unsigned value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>(value >> 8 & 0xFF);
}

inline void put32(std::string& out, std::uint32_t value) {
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// A JPEG whose APP1 holds IFD0 → Exif IFD → DateTimeOriginal `when` ("YYYY:MM:DD HH:MM:SS"), then
// `filler` bytes of "image" so that photos differ.
inline std::string jpegWithExif(const std::string& when, const std::string& filler = "pixels") {
    std::string tiff = "II";
    put16(tiff, 42);
    put32(tiff, 8);
    put16(tiff, 1); // IFD0: one entry, the Exif IFD pointer
    put16(tiff, 0x8769);
    put16(tiff, 4);
    put32(tiff, 1);
    put32(tiff, 26);
    put32(tiff, 0);
    put16(tiff, 1); // Exif IFD at 26: DateTimeOriginal, ASCII, 20 bytes at 44
    put16(tiff, 0x9003);
    put16(tiff, 2);
    put32(tiff, 20);
    put32(tiff, 44);
    put32(tiff, 0);
    tiff += when;
    tiff += '\0';
    const std::string payload = std::string("Exif\0\0", 6) + tiff;
    std::string jpeg = "\xFF\xD8\xFF\xE1";
    const std::size_t length = payload.size() + 2;
    jpeg += static_cast<char>(length >> 8);
    jpeg += static_cast<char>(length & 0xFF);
    jpeg += payload;
    jpeg += "\xFF\xDA";
    jpeg += filler;
    jpeg += "\xFF\xD9";
    return jpeg;
}

inline std::string pngBytes(const std::string& filler = "png") {
    return std::string("\x89PNG\r\n\x1a\n", 8) + filler;
}

} // namespace visit_test
