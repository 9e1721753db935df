#include "visits/exif_date.h"

#include <cctype>
#include <cstdint>

namespace lj {

namespace {

// A TIFF structure inside the APP1 payload; every read checks its bounds.
class Tiff {
public:
    explicit Tiff(std::string_view bytes)
        : m_bytes(bytes) {}

    bool readHeader(std::uint32_t& ifd0) {
        if (m_bytes.size() < 8) return false;
        if (m_bytes.substr(0, 2) == "II")
            m_little = true;
        else if (m_bytes.substr(0, 2) == "MM")
            m_little = false;
        else
            return false;
        std::uint16_t magic = 0;
        return u16(2, magic) && magic == 42 && u32(4, ifd0);
    }

    bool u16(std::size_t at, std::uint16_t& value) const {
        if (at > m_bytes.size() || m_bytes.size() - at < 2) return false;
        const auto b0 = static_cast<std::uint8_t>(m_bytes[at]),
                   b1 = static_cast<std::uint8_t>(m_bytes[at + 1]);
        value = static_cast<std::uint16_t>(m_little ? b0 | b1 << 8 : b1 | b0 << 8);
        return true;
    }

    bool u32(std::size_t at, std::uint32_t& value) const {
        std::uint16_t a = 0, b = 0;
        if (!u16(at, a) || !u16(at + 2, b)) return false;
        value = m_little ? (std::uint32_t{b} << 16 | a) : (std::uint32_t{a} << 16 | b);
        return true;
    }

    // The entry `tag` of the IFD at `ifd`: its type, count and value/offset field position.
    bool findEntry(std::uint32_t ifd, std::uint16_t tag, std::uint16_t& type, std::uint32_t& count,
                   std::size_t& valueAt) const {
        std::uint16_t entries = 0;
        if (!u16(ifd, entries)) return false;
        for (std::uint16_t i = 0; i < entries; ++i) {
            const std::size_t at = std::size_t{ifd} + 2 + std::size_t{i} * 12;
            std::uint16_t entryTag = 0;
            if (!u16(at, entryTag) || !u16(at + 2, type) || !u32(at + 4, count)) return false;
            if (entryTag == tag) {
                valueAt = at + 8;
                return true;
            }
        }
        return false;
    }

    std::string_view bytes() const { return m_bytes; }

private:
    std::string_view m_bytes;
    bool m_little = true;
};

std::optional<std::string> normalise(std::string_view raw) {
    // "YYYY:MM:DD HH:MM:SS"
    if (raw.size() < 19) return std::nullopt;
    for (std::size_t i : {4u, 7u})
        if (raw[i] != ':') return std::nullopt;
    if (raw[10] != ' ' || raw[13] != ':' || raw[16] != ':') return std::nullopt;
    std::string text(raw.substr(0, 19));
    for (std::size_t i = 0; i < 19; ++i) {
        if (i == 4 || i == 7 || i == 10 || i == 13 || i == 16) continue;
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    }
    if (text.substr(0, 4) == "0000") return std::nullopt; // cameras write zeros when unset
    text[4] = '-';
    text[7] = '-';
    text[10] = 'T';
    return text;
}

std::optional<std::string> fromTiff(std::string_view payload) {
    Tiff tiff(payload);
    std::uint32_t ifd0 = 0;
    if (!tiff.readHeader(ifd0)) return std::nullopt;
    std::uint16_t type = 0;
    std::uint32_t count = 0, exifIfd = 0;
    std::size_t valueAt = 0;
    if (!tiff.findEntry(ifd0, 0x8769, type, count, valueAt) || !tiff.u32(valueAt, exifIfd))
        return std::nullopt;
    if (!tiff.findEntry(exifIfd, 0x9003, type, count, valueAt) || type != 2 || count < 19)
        return std::nullopt;
    std::uint32_t offset = 0;
    if (!tiff.u32(valueAt, offset)) return std::nullopt;
    if (offset > payload.size() || payload.size() - offset < 19) return std::nullopt;
    return normalise(payload.substr(offset, 19));
}

} // namespace

std::optional<std::string> exifDateTimeOriginal(std::string_view jpeg) {
    if (jpeg.size() < 4 || static_cast<std::uint8_t>(jpeg[0]) != 0xFF ||
        static_cast<std::uint8_t>(jpeg[1]) != 0xD8)
        return std::nullopt;
    std::size_t at = 2;
    while (at + 4 <= jpeg.size()) {
        if (static_cast<std::uint8_t>(jpeg[at]) != 0xFF) return std::nullopt;
        const auto marker = static_cast<std::uint8_t>(jpeg[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) return std::nullopt; // image data / end: no more metadata
        const std::size_t length = std::size_t{static_cast<std::uint8_t>(jpeg[at + 2])} << 8 |
                                   static_cast<std::uint8_t>(jpeg[at + 3]);
        if (length < 2 || jpeg.size() - (at + 2) < length) return std::nullopt;
        const std::string_view payload = jpeg.substr(at + 4, length - 2);
        if (marker == 0xE1 && payload.size() > 6 && payload.substr(0, 6) == std::string_view("Exif\0\0", 6))
            if (auto date = fromTiff(payload.substr(6))) return date;
        at += 2 + length;
    }
    return std::nullopt;
}

} // namespace lj
