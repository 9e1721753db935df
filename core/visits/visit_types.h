#pragma once
// Field visits (实地核查): what an inspection team records on site against the ledger's facts.
// An observation is about one asset or one project, made on a visit date by an inspector, with
// photos kept by their SHA-256. Observations made here are "local" and editable; those imported
// from a signed field report are "imported" and carry the report and the signer's key.
#include "util/date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

// Observed states. Assets: in_use (used by someone), self_use (the collective itself), idle,
// missing (not found on site). Projects: not_started, unfinished, complete.
bool isObservedState(std::string_view kind, std::string_view state);
const std::vector<std::string>& observedStates(std::string_view kind);

struct VisitPhoto {
    std::string sha256;   // lower-case hex of the bytes
    std::string mime;     // image/jpeg or image/png
    std::string fileName; // as attached (for display only)
    std::string exifDate; // EXIF DateTimeOriginal "YYYY-MM-DDTHH:MM:SS", empty when absent
    std::int64_t bytes = 0;
};

struct Observation {
    std::string id;      // "V-" + 16 hex digits, made once, kept across workstations
    std::string kind;    // "asset" or "project"
    std::string subject; // the asset's or project's id
    std::string org;     // its collective
    std::string state, occupant, notes, inspector;
    std::string observedAt; // RFC 3339 UTC, when recorded
    Date visitDate;         // the day on site (+08:00): the ledger is compared as of this day
    std::vector<VisitPhoto> photos;

    // Provenance.
    std::string origin = "local"; // "local" or "imported"
    std::string reportId;         // imported: the report's id (SHA-256 of its report.json)
    std::string signer;           // imported: the report's signing key fingerprint
    bool inLedger = true;         // false: the workspace's ledger has no such asset or project
};

// Today at +08:00 (the ledger's business dates are Beijing dates).
Date todayInChina();
// A fresh observation id.
std::string newObservationId();

} // namespace lj
