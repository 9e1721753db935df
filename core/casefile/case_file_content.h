#pragma once
// What a case file (案卷) says, before any rendering: the case's own metadata when there is a case,
// the findings that started it, the parties and their relations, the assets' timelines, every cited
// fact with its proof state, and what the verification appendix needs. Built by
// assembleCaseFile (case_file_assembly.h); rendered to PDF/ODT by app/casefile.
#include "ledger/consortium.h"
#include "ledger/evidence.h"
#include "model/dataset.h"
#include "rules/rule_finding.h"
#include "timeline/asset_timeline.h"
#include "util/date.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lj {

struct CaseFileNote {
    std::string time, author, text;
};

struct CaseFileReview {
    std::string time, reviewer, decision, comment; // the supervisor's review trail
};

// A case's own data (core/cases); absent for a file assembled straight from findings.
struct CaseFileMeta {
    std::string number, title, handler, state;
    std::string summary; // the lead summary, in the handler's words
    std::optional<Date> opened, closed;
    std::vector<CaseFileNote> notes;
    std::vector<CaseFileReview> reviews;
};

enum class PartyKind { Person, Firm, Account, Org, Project, Other };

struct CaseParty {
    std::string id, name;
    PartyKind kind = PartyKind::Other;
    std::vector<std::string> roles; // "村委会主任（灵峰村）", "法定代表人（某公司）", "承租人"…
    std::vector<std::string> details; // phone, USCC, bank and account number…
    bool onPath = false;              // on a finding's relationship path (the conflict path)
};

// A relation between two parties or a party and an asset, for the relationship diagram.
struct CaseRelation {
    std::string from, to, label;
    bool onPath = false;
};

enum class FactState {
    Proven,    // in a block whose Merkle path, hash and quorum signatures check out, keys trusted or no store
               // given
    Untrusted, // proven against the export's own keys, which the trust store does not hold
    Unverified, // no proof could be built or it failed: never shown as proven
};

struct CaseFact {
    std::string tx;
    std::string line; // the tx line as the workspace holds it; empty when it holds none
    std::optional<std::int64_t> height;
    std::string businessDate; // the record's own date, else the date of its tx time
    std::string blockTime;
    std::string kind, source;
    std::vector<std::pair<std::string, std::string>> fields; // the record's key fields
    FactState state = FactState::Unverified;
    std::string reason;               // why not proven (English, from the core)
    std::vector<std::string> citedBy; // finding ids
};

// One export as imported into the workspace, for the verification appendix.
struct CaseExport {
    std::string fileName, path, exporter, exportedAt, importedAt;
    std::optional<std::int64_t> from, to, verifiedThrough;
    std::optional<bool> trusted;
    std::string findings; // the verification findings recorded at import (JSON summary)
    bool fileAvailable = false;
};

struct CaseFileContent {
    std::optional<CaseFileMeta> meta;
    std::string workspace, chain, chainName, suite;
    Date asOf;
    std::string generatedAt;

    std::shared_ptr<const Dataset> data; // names and tx ids behind the timelines
    std::vector<RuleFinding> findings;
    std::vector<CaseParty> parties;
    std::vector<CaseRelation> relations;
    std::vector<AssetTimeline> timelines;
    std::vector<CaseFact> facts;

    std::optional<Consortium> consortium; // validators and quorum the proofs were checked against
    std::optional<bool> trusted;          // nullopt without a trust store
    std::vector<CaseExport> exports;
    EvidenceBundle bundle; // every fact that is not Unverified

    std::size_t count(FactState state) const;
};

} // namespace lj
