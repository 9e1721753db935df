// visit record / visit list: observations made on site, saved in the workspace; a recorded
// observation that contradicts the ledger is shown as its V01 finding (exit 1).
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "findings_output.h"
#include "visit_actions.h"
#include "visits/observation_store.h"
#include "visits/visit_compare.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

namespace lj::cli {

namespace {

// The org of `id` in the record table `table` ("assets" or "projects"); nullopt when absent.
std::optional<std::string> orgOf(Workspace& workspace, const std::string& table, const std::string& id) {
    auto statement = workspace.database().prepare("SELECT COALESCE(org, '') FROM " + table +
                                                  " WHERE id = ? ORDER BY org IS NULL, seq DESC");
    if (!statement) return std::nullopt;
    (*statement)->bind(1, id);
    auto row = (*statement)->next();
    if (!row || !*row) return std::nullopt;
    return (*statement)->text(0);
}

// "asset:ID", "project:ID" or a bare id looked up among assets, then projects.
bool resolveItem(Workspace& workspace, const std::string& item, Observation& observation) {
    std::string kind, id = item;
    if (item.rfind("asset:", 0) == 0)
        kind = "asset", id = item.substr(6);
    else if (item.rfind("project:", 0) == 0)
        kind = "project", id = item.substr(8);
    for (const std::string candidate : {"asset", "project"}) {
        if (!kind.empty() && kind != candidate) continue;
        if (auto org = orgOf(workspace, candidate == "asset" ? "assets" : "projects", id)) {
            observation.kind = candidate;
            observation.subject = id;
            observation.org = *org;
            return true;
        }
    }
    return false;
}

} // namespace

int visitRecord(const Command& command, const std::vector<std::string>& args, CliContext& context) {
    const Arguments parsed = parseArguments(
        args, {{"--item", "--state", "--occupant", "--notes", "--photo", "--inspector", "--date"},
               {"--photo"},
               {"--json"}});
    if (!parsed.error.empty()) return usageError(command, parsed.error, context);
    if (parsed.positional.size() != 1)
        return usageError(command, u8(CliText::tr("exactly one workspace is needed")), context);
    if (parsed.one("--item").empty() || parsed.one("--state").empty())
        return usageError(command, u8(CliText::tr("give --item and --state")), context);
    Observation observation;
    observation.state = parsed.one("--state");
    observation.occupant = parsed.one("--occupant");
    observation.notes = parsed.one("--notes");
    observation.inspector = inspectorName(parsed.one("--inspector"));
    if (observation.inspector.empty())
        return usageError(command, u8(CliText::tr("who inspected? give --inspector NAME (USER is not set)")),
                          context);
    observation.visitDate = todayInChina();
    if (const std::string date = parsed.one("--date"); !date.empty()) {
        const auto day = Date::parse(date);
        if (!day)
            return usageError(command,
                              u8(CliText::tr("--date needs a date written YYYY-MM-DD, not %1").arg(q(date))),
                              context);
        observation.visitDate = *day;
    }
    // Photos are checked before anything is written: a bad one refuses the whole record.
    std::vector<PhotoFile> photos;
    for (const std::string& path : parsed.all("--photo")) {
        auto photo = readPhotoFile(path);
        if (!photo) {
            context.err << "lianjian-cli: " << photo.error() << '\n';
            return kExitUsage;
        }
        photos.push_back(std::move(*photo));
    }

    auto workspace = openExistingWorkspace(parsed.positional.front(), context);
    if (!workspace) return kExitUsage;
    if (!resolveItem(*workspace, parsed.one("--item"), observation)) {
        context.err << "lianjian-cli: "
                    << u8(CliText::tr("no asset or project %1 in the workspace's ledger")
                              .arg(q(parsed.one("--item"))))
                    << '\n';
        return kExitUsage;
    }
    ObservationStore store(*workspace);
    auto id = store.record(observation, photos);
    if (!id) {
        context.err << "lianjian-cli: " << id.error() << '\n';
        return kExitUsage;
    }
    auto saved = store.find(*id);
    auto data = observation.kind == "asset" ? loadAssetDataset(*workspace, observation.subject)
                                            : loadDataset(*workspace);
    if (!saved || !*saved || !data) {
        context.err << "lianjian-cli: " << (data ? saved.error() : data.error()) << '\n';
        return kExitUsage;
    }
    const auto findings = compareObservations(*data, {**saved}, RuleSettings::defaults());
    if (parsed.has("--json")) {
        json::Value out = observationJson(**saved);
        out.set("findings", *findingsToJson(observation.visitDate, findings).find("findings"));
        context.out << json::serializePretty(out) << '\n';
    } else {
        context.out << u8(CliText::tr("Recorded observation %1: %2 %3, %4")
                              .arg(q(*id), q(observation.kind), q(observation.subject), q(observation.state)))
                    << '\n';
        for (const PhotoFile& photo : photos)
            context.out << "  " << photo.info.fileName << "  SHA-256 " << photo.info.sha256
                        << (photo.info.exifDate.empty() ? std::string() : "  EXIF " + photo.info.exifDate)
                        << '\n';
        if (!findings.empty()) printFindings(observation.visitDate, findings, context.out);
    }
    return findings.empty() ? kExitClean : kExitFindings;
}

int visitList(const Command& command, const std::vector<std::string>& args, CliContext& context) {
    const Arguments parsed = parseArguments(args, {{}, {}, {"--json"}});
    if (!parsed.error.empty()) return usageError(command, parsed.error, context);
    if (parsed.positional.size() != 1)
        return usageError(command, u8(CliText::tr("exactly one workspace is needed")), context);
    auto workspace = openExistingWorkspace(parsed.positional.front(), context);
    if (!workspace) return kExitUsage;
    ObservationStore store(*workspace);
    auto observations = store.list();
    if (!observations) {
        context.err << "lianjian-cli: " << observations.error() << '\n';
        return kExitUsage;
    }
    if (parsed.has("--json")) {
        json::Value list = json::Value::array();
        for (const Observation& o : *observations) {
            json::Value entry = observationJson(o);
            entry.set("origin", json::Value::string(o.origin));
            entry.set("report", o.reportId.empty() ? json::Value() : json::Value::string(o.reportId));
            entry.set("signer", o.signer.empty() ? json::Value() : json::Value::string(o.signer));
            entry.set("in_ledger", json::Value::boolean(o.inLedger));
            list.push(std::move(entry));
        }
        json::Value out = json::Value::object();
        out.set("observations", std::move(list));
        context.out << json::serializePretty(out) << '\n';
        return kExitClean;
    }
    for (const Observation& o : *observations)
        context.out << o.id << "  " << o.visitDate.toString() << "  " << o.kind << ':' << o.subject << "  "
                    << o.state << (o.occupant.empty() ? "" : "  " + o.occupant) << "  " << o.inspector << "  "
                    << o.origin << (o.inLedger ? "" : "  " + u8(CliText::tr("(not in the ledger)"))) << '\n';
    return kExitClean;
}

} // namespace lj::cli
