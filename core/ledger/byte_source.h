#pragma once
// Where export bytes come from: a file (plain or .gz), or memory (tests, fuzzing).
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace lj {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to `size` bytes; 0 means end of input.
    virtual Result<std::size_t> read(char* buffer, std::size_t size) = 0;
    // For progress: how far into the underlying file we are, and its size (0 when unknown).
    virtual std::uint64_t position() const = 0;
    virtual std::uint64_t totalSize() const = 0;
};

// Opens `path`; names ending in ".gz" are decompressed on the fly.
Result<std::unique_ptr<ByteSource>> openByteSource(const std::string& path);
// The view must outlive the source.
std::unique_ptr<ByteSource> memoryByteSource(std::string_view data);

} // namespace lj
