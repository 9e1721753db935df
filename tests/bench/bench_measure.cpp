#include "bench_measure.h"

#include "ledger/trust_store.h"
#include "ledger/verifier.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lj::bench {

namespace {

using Clock = std::chrono::steady_clock;

double threadCpuSeconds() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double seconds(const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) * 1e-6;
}

// Starts both clocks; stop() gives the elapsed wall and thread CPU time.
class Stopwatch {
public:
    Timing stop() const {
        return {std::chrono::duration<double>(Clock::now() - m_wall).count(), threadCpuSeconds() - m_cpu};
    }

private:
    Clock::time_point m_wall = Clock::now();
    double m_cpu = threadCpuSeconds();
};

} // namespace

void Timing::keepBest(const Timing& other) {
    wall = std::min(wall, other.wall);
    cpu = std::min(cpu, other.cpu);
}

Timing timeHashOnce(const std::string& path, HashAlgo algo) {
    EVP_MD* md = EVP_MD_fetch(nullptr, algo == HashAlgo::Sm3 ? "SM3" : "SHA2-256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (!md || !ctx) throw std::runtime_error("OpenSSL lacks the digest");
    std::vector<char> buffer(1u << 20);
    const Stopwatch stopwatch;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error(path + ": cannot open");
    EVP_DigestInit_ex(ctx, md, nullptr);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error(path + ": read error");
        if (n == 0) break;
        EVP_DigestUpdate(ctx, buffer.data(), static_cast<std::size_t>(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx, digest, &length);
    ::close(fd);
    const Timing timing = stopwatch.stop();
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    return timing;
}

Timing timeSignatures(const std::vector<PublicKey>& keys, const std::vector<SignatureCheck>& checks) {
    std::size_t valid = 0;
    const Stopwatch stopwatch;
    for (const SignatureCheck& check : checks)
        if (keys[static_cast<std::size_t>(check.validator)].verify(check.message, check.signature)) ++valid;
    const Timing timing = stopwatch.stop();
    if (valid != checks.size()) throw std::runtime_error("a written signature does not verify");
    return timing;
}

int verifyChildMain(const std::string& exportPath, const std::string& consortiumPath) {
    TrustStore trust;
    if (auto status = trust.addFile(consortiumPath); !status) {
        std::fprintf(stderr, "%s\n", status.error().c_str());
        return 2;
    }
    VerifyOptions options; // defaults, as the workstation uses them
    options.trust = &trust;
    const auto start = Clock::now();
    auto report = verifyExportFile(exportPath, options);
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    if (!report) {
        std::fprintf(stderr, "%s\n", report.error().c_str());
        return 2;
    }
    const bool clean = report->clean() && report->trusted == true;
    std::string first = "-";
    if (!report->findings.empty())
        first = std::string(findingCodeName(report->findings[0].code)) + "@" +
                std::to_string(report->findings[0].line);
    std::printf("%.6f %d %llu %s\n", wall, clean ? 1 : 0,
                static_cast<unsigned long long>(report->verifiedTxs), first.c_str());
    return 0;
}

ChildRun runVerifyChild(const std::string& program, const std::string& exportPath,
                        const std::string& consortiumPath) {
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::execl(program.c_str(), program.c_str(), "--verify-child", exportPath.c_str(),
                consortiumPath.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    std::string output;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        output.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("the verification child failed");

    ChildRun run;
    int clean = 0;
    char first[128] = "";
    if (std::sscanf(output.c_str(), "%lf %d %llu %127s", &run.time.wall, &clean, &run.verifiedTxs, first) !=
        4)
        throw std::runtime_error("unexpected output of the verification child: " + output);
    run.cleanAndTrusted = clean == 1;
    run.firstFinding = first;
    run.time.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
    return run;
}

bool enterOwnSession(int& exitCode) {
    if (::setsid() >= 0) return true;
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        ::setsid(); // the child leads no group, so this succeeds
        return true;
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    return false;
}

void setBoost(bool on) {
    const int nice = on ? -20 : 0;
    bool raised = ::setpriority(PRIO_PROCESS, 0, nice) == 0;
    if (FILE* group = std::fopen("/proc/self/autogroup", "w")) { // absent without autogroups
        raised = std::fprintf(group, "%d", nice) > 0 && raised;
        raised = std::fclose(group) == 0 && raised;
    }
    if (on && !raised)
        std::fprintf(stderr, "bench_verify: cannot raise priority: %s\n", std::strerror(errno));
}

double residentMb() {
    long pages = 0;
    long resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace lj::bench
