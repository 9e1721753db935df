#pragma once
// glibc's allocator, tuned for Lianjian's workload: loading a workspace makes millions of small,
// long-lived allocations (a 1M-tx district is about 2 GB of Dataset), and on a virtual machine the
// page faults of a 4 KiB-page heap cost as much as the parsing itself. Transparent huge pages for
// the heap (glibc.malloc.hugetlb=1) and a 64 MiB top pad cut them by orders of magnitude
// (bench_import prints the effect). glibc reads its tunables only when a process starts, so the
// programs start themselves once more with GLIBC_TUNABLES set.
namespace lj {

// Call first thing in main(). Returns only when the process is already tuned, when the user chose
// (GLIBC_TUNABLES already names a malloc tunable, or LIANJIAN_DEFAULT_MALLOC is set), when the
// platform is not glibc on Linux, or when the restart failed; in every case the program carries on.
void restartWithTunedAllocator(char** argv);

// The GLIBC_TUNABLES value the restart uses (for tests and benchmarks).
const char* tunedAllocatorSettings();

} // namespace lj
