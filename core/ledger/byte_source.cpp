#include "ledger/byte_source.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace lj {

namespace {

class FileSource final : public ByteSource {
public:
    FileSource(int fd, std::string path, std::uint64_t size) : m_fd(fd), m_path(std::move(path)), m_size(size) {}
    ~FileSource() override { ::close(m_fd); }

    Result<std::size_t> read(char* buffer, std::size_t size) override
    {
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, size);
            if (n >= 0) {
                m_position += static_cast<std::uint64_t>(n);
                return static_cast<std::size_t>(n);
            }
            if (errno != EINTR) return fail(m_path + ": read error: " + std::strerror(errno));
        }
    }
    std::uint64_t position() const override { return m_position; }
    std::uint64_t totalSize() const override { return m_size; }

private:
    int m_fd;
    std::string m_path;
    std::uint64_t m_size;
    std::uint64_t m_position = 0;
};

class GzipSource final : public ByteSource {
public:
    GzipSource(gzFile file, std::string path, std::uint64_t size) : m_file(file), m_path(std::move(path)), m_size(size) {}
    ~GzipSource() override { gzclose(m_file); }

    Result<std::size_t> read(char* buffer, std::size_t size) override
    {
        const auto request = static_cast<unsigned>(std::min<std::size_t>(size, 1u << 30));
        const int n = gzread(m_file, buffer, request);
        if (n < 0) {
            int code = 0;
            const char* message = gzerror(m_file, &code);
            return fail(m_path + ": cannot decompress: " + (message ? message : "gzip error"));
        }
        return static_cast<std::size_t>(n);
    }
    std::uint64_t position() const override
    {
        const auto offset = gzoffset(m_file);
        return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
    }
    std::uint64_t totalSize() const override { return m_size; }

private:
    gzFile m_file;
    std::string m_path;
    std::uint64_t m_size;
};

class MemorySource final : public ByteSource {
public:
    explicit MemorySource(std::string_view data) : m_data(data) {}
    Result<std::size_t> read(char* buffer, std::size_t size) override
    {
        const std::size_t n = std::min(size, m_data.size() - m_position);
        if (n == 0) return n; // an empty view may have a null data(), which memcpy must not get
        std::memcpy(buffer, m_data.data() + m_position, n);
        m_position += n;
        return n;
    }
    std::uint64_t position() const override { return m_position; }
    std::uint64_t totalSize() const override { return m_data.size(); }

private:
    std::string_view m_data;
    std::size_t m_position = 0;
};

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

Result<std::unique_ptr<ByteSource>> openByteSource(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(path + ": cannot open: " + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        ::close(fd);
        return fail(path + ": not a regular file");
    }
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (endsWith(path, ".gz")) {
        gzFile file = gzdopen(fd, "rb");
        if (!file) {
            ::close(fd);
            return fail(path + ": cannot open as gzip");
        }
        gzbuffer(file, 1u << 20);
        return std::unique_ptr<ByteSource>(std::make_unique<GzipSource>(file, path, size));
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(fd, path, size));
}

std::unique_ptr<ByteSource> memoryByteSource(std::string_view data) { return std::make_unique<MemorySource>(data); }

} // namespace lj
