#include "cases/case_replay.h"

#include "cases/audit_log.h"
#include "util/encoding.h"

#include <map>
#include <set>

namespace lj {

namespace {

struct ReplayedCase {
    std::string title, handler, state;
    std::set<std::string> findings, entities;
    std::map<std::int64_t, std::string> noteDigests; // version → digest
};

std::set<std::string> stringSet(const json::Value* array) {
    std::set<std::string> items;
    if (array)
        for (const json::Value& item : array->asArray())
            if (item.isString()) items.insert(item.asString());
    return items;
}

void apply(ReplayedCase& replayed, const std::string& action, const json::Value& detail) {
    const auto text = [&](const char* key) { return detail.getString(key).value_or(std::string()); };
    if (action == "case.create") {
        replayed.title = text("title");
        replayed.handler = text("handler");
        replayed.state = text("state");
        replayed.findings = stringSet(detail.find("findings"));
        replayed.entities = stringSet(detail.find("entities"));
    } else if (action == "case.title") {
        replayed.title = text("to");
    } else if (action == "case.handler") {
        replayed.handler = text("to");
    } else if (action == "case.state") {
        replayed.state = text("to");
    } else if (action == "case.review" && text("kind") == "return") {
        replayed.state = text("back_to");
    } else if (action == "note.save") {
        replayed.noteDigests[detail.getInt("version").value_or(0)] = text("digest");
    } else if (action == "finding.add") {
        replayed.findings.insert(text("finding"));
    } else if (action == "finding.remove") {
        replayed.findings.erase(text("finding"));
    } else if (action == "entity.add") {
        replayed.entities.insert(text("entity"));
    } else if (action == "entity.remove") {
        replayed.entities.erase(text("entity"));
    }
}

// Rows of a one-column query about one case.
Result<std::set<std::string>> column(Workspace& workspace, const std::string& sql, std::int64_t id) {
    auto select = workspace.database().cached(sql);
    if (!select) return fail(select.error());
    (*select)->bind(1, id);
    std::set<std::string> values;
    for (;;) {
        auto row = (*select)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        values.insert((*select)->text(0));
    }
    (*select)->reset();
    return values;
}

std::string joined(const std::set<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? "none" : text;
}

} // namespace

Result<std::vector<std::string>> compareCasesWithAudit(Workspace& workspace) {
    auto algo = auditHashAlgo(workspace);
    if (!algo) return fail(algo.error());
    auto entries = readAuditLog(workspace);
    if (!entries) return fail(entries.error());
    std::map<std::int64_t, ReplayedCase> replayed;
    for (const AuditEntry& entry : *entries) {
        if (entry.object.rfind("case:", 0) != 0) continue;
        const std::int64_t id = std::stoll(entry.object.substr(5));
        auto detail = json::parse(entry.detail);
        if (detail) apply(replayed[id], entry.action, *detail);
    }

    std::vector<std::string> problems;
    auto select = workspace.database().prepare("SELECT id, title, handler, state FROM cases ORDER BY id");
    if (!select) return fail(select.error());
    std::set<std::int64_t> seen;
    Hasher hasher(*algo);
    for (;;) {
        auto row = (*select)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        const std::int64_t id = (*select)->integer(0);
        const std::string name = "case " + std::to_string(id) + ": ";
        seen.insert(id);
        const auto it = replayed.find(id);
        if (it == replayed.end()) {
            problems.push_back(name + "no audit entry created it");
            continue;
        }
        const ReplayedCase& expected = it->second;
        const auto compare = [&](const char* what, const std::string& actual, const std::string& trail) {
            if (actual != trail)
                problems.push_back(name + what + " is \"" + actual + "\", the audit trail says \"" + trail +
                                   "\"");
        };
        compare("title", (*select)->text(1), expected.title);
        compare("handler", (*select)->text(2), expected.handler);
        compare("state", (*select)->text(3), expected.state);
        auto findings = column(workspace, "SELECT finding_id FROM case_findings WHERE case_id = ?", id);
        auto entities = column(workspace, "SELECT entity_id FROM case_entities WHERE case_id = ?", id);
        if (!findings || !entities) return fail(!findings ? findings.error() : entities.error());
        compare("findings", joined(*findings), joined(expected.findings));
        compare("entities", joined(*entities), joined(expected.entities));

        auto notes = workspace.database().cached(
            "SELECT version, text FROM case_notes WHERE case_id = ? ORDER BY version");
        if (!notes) return fail(notes.error());
        (*notes)->bind(1, id);
        std::size_t versions = 0;
        for (;;) {
            auto note = (*notes)->next();
            if (!note) return fail(note.error());
            if (!*note) break;
            ++versions;
            const std::int64_t version = (*notes)->integer(0);
            const auto digest = expected.noteDigests.find(version);
            if (digest == expected.noteDigests.end())
                problems.push_back(name + "note version " + std::to_string(version) + " has no audit entry");
            else if (toHex(hasher.hash((*notes)->textView(1))) != digest->second)
                problems.push_back(name + "note version " + std::to_string(version) +
                                   " differs from the text the audit trail vouches for");
        }
        (*notes)->reset();
        if (versions < expected.noteDigests.size())
            problems.push_back(name + std::to_string(expected.noteDigests.size() - versions) +
                               " note version(s) in the audit trail are missing");
    }
    for (const auto& [id, unused] : replayed)
        if (!seen.count(id))
            problems.push_back("case " + std::to_string(id) +
                               ": in the audit trail but not in the cases table");
    return problems;
}

} // namespace lj
