#include "util/file_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lj {

namespace {

Error ioError(const std::string& path, const char* what) {
    return fail(path + ": " + what + ": " + std::strerror(errno));
}

Status writeAll(int fd, std::string_view content, const std::string& path) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return ioError(path, "cannot write");
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return Ok{};
}

} // namespace

Status writeWholeFile(const std::string& path, std::string_view content, unsigned mode) {
    std::string temporary = path + ".tmp-XXXXXX";
    // mkstemp creates the file with mode 0600; fchmod widens it only when asked to.
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return ioError(temporary, "cannot create");
    Status status = Ok{};
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) status = ioError(temporary, "cannot set permissions");
    if (status) status = writeAll(fd, content, temporary);
    if (::close(fd) != 0 && status) status = ioError(temporary, "cannot close");
    if (status && ::rename(temporary.c_str(), path.c_str()) != 0)
        status = ioError(path, "cannot rename into place");
    if (!status) ::unlink(temporary.c_str());
    return status;
}

} // namespace lj
