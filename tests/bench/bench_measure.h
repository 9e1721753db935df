#pragma once
// The measurements of bench_verify: the floor (one hash pass, one check per signature) and the
// verifier itself in a fresh child process, so that its peak RSS is its own.
#include "crypto/keys.h"
#include "crypto/suite.h"
#include "util/encoding.h"

#include <string>
#include <vector>

namespace lj::bench {

// Wall and CPU seconds of one measurement. On a loaded machine wall times drift with the load;
// CPU times much less, so both are shown.
struct Timing {
    double wall = 1e30;
    double cpu = 1e30;
    void keepBest(const Timing& other);
};

struct SignatureCheck {
    int validator = 0; // index into the keys
    std::string message;
    Bytes signature;
};

// Floor (a): reads `path` once in 1 MiB pieces and hashes it (OpenSSL EVP), on this thread.
Timing timeHashOnce(const std::string& path, HashAlgo algo);

// Floor (b): verifies every signature once on this thread; throws if one does not verify.
Timing timeSignatures(const std::vector<PublicKey>& keys, const std::vector<SignatureCheck>& checks);

struct ChildRun {
    Timing time; // wall: verifyExportFile alone; CPU: the whole child process, all its threads
    double peakRssMb = 0;
    bool cleanAndTrusted = false;
    unsigned long long verifiedTxs = 0;
    std::string firstFinding; // "E_CODE@line" or "-"
};

// Runs `program --verify-child EXPORT CONSORTIUM` (fork + exec, so the child holds none of this
// process's memory except what is resident at the fork; see residentMb) and collects wait4's
// rusage. The child's side is verifyChildMain.
ChildRun runVerifyChild(const std::string& program, const std::string& exportPath,
                        const std::string& consortiumPath);
int verifyChildMain(const std::string& exportPath, const std::string& consortiumPath);

// For --boost. With Linux autogroups (the default) nice values only order the threads of one
// session: against other sessions' work a process wins no time by nice alone. enterOwnSession()
// moves this process into a new session (forking first when it leads a process group: the parent
// then only waits, and false tells it to return `exitCode`); setBoost() raises or restores the
// priority of that session's autogroup and of this thread. Children inherit both.
bool enterOwnSession(int& exitCode);
void setBoost(bool on);

// This process's resident set now. A forked child starts with it, so ru_maxrss measures the
// verifier alone only while this stays below the verifier's own peak.
double residentMb();

} // namespace lj::bench
