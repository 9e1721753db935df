// lianjian-cli case WORKSPACE (list | show ID | new --title T --finding FID... | state ID STATE |
// note ID TEXT | review ID approve|return|comment [TEXT] | audit [ID] [--verify]) [--json] [--user NAME]:
// cases and their review, thin over core/cases. Exit 0 done, 1 refused by the case's state (or an
// audit log that does not verify), 2 usage and I/O errors, unknown cases or findings.
#include "arguments.h"
#include "case_output.h"
#include "cases/case_builder.h"
#include "cases/case_json.h"
#include "cases/case_replay.h"
#include "cases/case_store.h"
#include "cli_text.h"
#include "commands.h"
#include "rules/rule_engine.h"
#include "rules/rule_settings.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace lj::cli {

namespace {

std::string defaultUser() {
    const char* user = std::getenv("USER");
    return user && *user ? user : "";
}

class CaseCommand final : public Command {
public:
    std::string_view name() const override { return "case"; }
    std::string synopsis() const override {
        return u8(
            CliText::tr("case WORKSPACE (list | show ID | new --title T --finding FID... | state ID STATE | "
                        "note ID TEXT | review ID approve|return|comment [TEXT] | audit [ID] [--verify]) "
                        "[--json] [--user NAME]   cases, their review and the audit trail"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        m_parsed = parseArguments(
            args, {{"--title", "--finding", "--user", "--handler", "--reason", "--as-of", "--settings"},
                   {"--finding"},
                   {"--json", "--verify"}});
        if (!m_parsed.error.empty()) return usageError(*this, m_parsed.error, context);
        const auto& positional = m_parsed.positional;
        if (positional.size() < 2)
            return usageError(*this, u8(CliText::tr("a workspace and an action are needed")), context);
        m_user = m_parsed.one("--user").empty() ? defaultUser() : m_parsed.one("--user");
        m_json = m_parsed.has("--json");
        const std::string& action = positional[1];
        const std::vector<std::string> rest(positional.begin() + 2, positional.end());
        static const std::set<std::string> actions = {"list", "show",   "new",  "state",
                                                      "note", "review", "audit"};
        if (!actions.count(action))
            return usageError(*this, u8(CliText::tr("unknown case action %1").arg(q(action))), context);
        if (m_user.empty() && action != "list" && action != "show" && action != "audit")
            return usageError(*this, u8(CliText::tr("who is acting? give --user NAME (USER is not set)")),
                              context);

        auto workspace = openExistingWorkspace(positional[0], context);
        if (!workspace) return kExitUsage;
        CaseStore store(*workspace);
        if (action == "list") return list(store, rest, context);
        if (action == "show") return show(store, rest, context);
        if (action == "new") return create(store, rest, context);
        if (action == "state") return state(store, rest, context);
        if (action == "note") return note(store, rest, context);
        if (action == "review") return review(store, rest, context);
        return audit(store, rest, context);
    }

private:
    int ioError(const std::string& message, CliContext& context) {
        context.err << "lianjian-cli: " << message << '\n';
        return kExitUsage;
    }

    int refused(const std::string& message, CliContext& context) {
        context.err << "lianjian-cli: " << u8(CliText::tr("refused: %1").arg(q(message))) << '\n';
        return kExitFindings;
    }

    std::optional<std::int64_t> caseId(CaseStore& store, const std::string& text, CliContext& context) {
        auto id = store.find(text);
        if (!id) {
            ioError(id.error(), context);
            return std::nullopt;
        }
        return *id;
    }

    // Prints the case after a change (JSON or text), exit 0.
    int showCase(CaseStore& store, std::int64_t id, CliContext& context) {
        auto record = store.load(id);
        if (!record) return ioError(record.error(), context);
        if (m_json)
            context.out << json::serializePretty(caseRecordToJson(*record)) << '\n';
        else
            printCase(*record, context.out);
        return kExitClean;
    }

    int list(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (!rest.empty())
            return usageError(*this, u8(CliText::tr("list takes no further argument")), context);
        auto cases = store.list();
        if (!cases) return ioError(cases.error(), context);
        if (m_json) {
            json::Value list = json::Value::array();
            for (const CaseSummary& summary : *cases)
                list.push(caseSummaryToJson(summary));
            json::Value document = json::Value::object();
            document.set("cases", std::move(list));
            context.out << json::serializePretty(document) << '\n';
        } else {
            printCaseList(*cases, context.out);
        }
        return kExitClean;
    }

    int show(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (rest.size() != 1) return usageError(*this, u8(CliText::tr("show needs one case id")), context);
        const auto id = caseId(store, rest[0], context);
        return id ? showCase(store, *id, context) : kExitUsage;
    }

    int create(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (!rest.empty())
            return usageError(*this, u8(CliText::tr("new takes --title and --finding")), context);
        const std::vector<std::string>& wanted = m_parsed.all("--finding");
        if (wanted.empty() && m_parsed.one("--title").empty())
            return usageError(*this, u8(CliText::tr("a new case needs --title or at least one --finding")),
                              context);
        RuleSettings settings = RuleSettings::defaults();
        if (const std::string path = m_parsed.one("--settings"); !path.empty()) {
            auto loaded = loadRuleSettings(path);
            if (!loaded) return ioError(loaded.error(), context);
            settings = std::move(*loaded);
        }
        auto data = loadDataset(store.workspace());
        if (!data) return ioError(data.error(), context);
        std::vector<RuleFinding> chosen;
        Date asOf = data->lastBlockDate.value_or(Date{});
        if (!wanted.empty()) {
            auto date = asOfDate(m_parsed.one("--as-of"), *data);
            if (!date) return usageError(*this, date.error(), context);
            asOf = *date;
            // Finding ids are stable (rule + subjects), so the rules evaluated now find them again.
            const std::vector<RuleFinding> findings = evaluateRules(*data, settings, asOf);
            for (const std::string& id : wanted) {
                const auto it = std::find_if(findings.begin(), findings.end(),
                                             [&](const RuleFinding& finding) { return finding.id == id; });
                if (it == findings.end())
                    return ioError(u8(CliText::tr("no finding %1 as of %2 (see findings --json)")
                                          .arg(q(id), q(asOf.toString()))),
                                   context);
                chosen.push_back(*it);
            }
        }
        const NewCase request =
            buildNewCase(*data, chosen, asOf, settings, m_parsed.one("--title"), m_parsed.one("--handler"));
        auto id = store.create(request, m_user);
        if (!id) return ioError(id.error(), context);
        return showCase(store, *id, context);
    }

    int state(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (rest.size() != 2)
            return usageError(*this, u8(CliText::tr("state needs a case id and a state")), context);
        const auto to = caseStateFromName(rest[1]);
        if (!to)
            return usageError(
                *this,
                u8(CliText::tr("unknown state %1 (inquiry, verification, pending, closed, filed)")
                       .arg(q(rest[1]))),
                context);
        const auto id = caseId(store, rest[0], context);
        if (!id) return kExitUsage;
        if (auto status = store.changeState(*id, *to, m_user, m_parsed.one("--reason")); !status)
            return refused(status.error(), context);
        return showCase(store, *id, context);
    }

    int note(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (rest.size() != 2)
            return usageError(*this, u8(CliText::tr("note needs a case id and the text")), context);
        const auto id = caseId(store, rest[0], context);
        if (!id) return kExitUsage;
        auto version = store.saveNote(*id, rest[1], m_user);
        if (!version) return ioError(version.error(), context);
        return showCase(store, *id, context);
    }

    int review(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (rest.size() < 2 || rest.size() > 3)
            return usageError(
                *this, u8(CliText::tr("review needs a case id, approve|return|comment and a text")), context);
        const auto kind = reviewKindFromName(rest[1]);
        if (!kind)
            return usageError(*this,
                              u8(CliText::tr("unknown review %1 (approve, return, comment)").arg(q(rest[1]))),
                              context);
        const auto id = caseId(store, rest[0], context);
        if (!id) return kExitUsage;
        if (auto status = store.review(*id, *kind, rest.size() == 3 ? rest[2] : std::string(), m_user);
            !status)
            return refused(status.error(), context);
        return showCase(store, *id, context);
    }

    int audit(CaseStore& store, const std::vector<std::string>& rest, CliContext& context) {
        if (rest.size() > 1)
            return usageError(*this, u8(CliText::tr("audit takes at most one case id")), context);
        std::string object;
        if (!rest.empty()) {
            const auto id = caseId(store, rest[0], context);
            if (!id) return kExitUsage;
            object = caseObject(*id);
        }
        auto entries = readAuditLog(store.workspace(), object);
        if (!entries) return ioError(entries.error(), context);
        std::optional<AuditVerification> verification;
        if (m_parsed.has("--verify")) {
            auto verified = verifyAuditLog(store.workspace());
            if (!verified) return ioError(verified.error(), context);
            auto problems = compareCasesWithAudit(store.workspace());
            if (!problems) return ioError(problems.error(), context);
            verification = *verified;
            verification->recordProblems = std::move(*problems);
        }
        if (m_json) {
            json::Value list = json::Value::array();
            for (const AuditEntry& entry : *entries)
                list.push(auditEntryToJson(entry));
            json::Value document = json::Value::object();
            document.set("entries", std::move(list));
            if (verification) document.set("verification", auditVerificationToJson(*verification));
            context.out << json::serializePretty(document) << '\n';
        } else {
            printAudit(*entries, context.out);
            if (verification) printAuditVerification(*verification, context.out);
        }
        const bool bad = verification && (!verification->intact || !verification->recordProblems.empty());
        return bad ? kExitFindings : kExitClean;
    }

    Arguments m_parsed;
    std::string m_user;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeCaseCommand() {
    return std::make_unique<CaseCommand>();
}

} // namespace lj::cli
