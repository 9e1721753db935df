#include "util/allocator_tuning.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace lj {

const char* tunedAllocatorSettings() {
    return "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864";
}

void restartWithTunedAllocator(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
    if (std::getenv("LIANJIAN_DEFAULT_MALLOC")) return;
    const char* current = std::getenv("GLIBC_TUNABLES");
    // Our own restart, or the user's own malloc settings: leave them be (this also ends the loop).
    if (current && std::strstr(current, "glibc.malloc.")) return;
    std::string value = current && *current ? std::string(current) + ":" : std::string();
    value += tunedAllocatorSettings();
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
    ::execv("/proc/self/exe", argv); // returns only on failure
    // Carry on untuned, and do not hand the setting to child processes that did not ask for it.
    if (current)
        ::setenv("GLIBC_TUNABLES", current, 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace lj
