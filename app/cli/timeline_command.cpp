// lianjian-cli timeline WORKSPACE ASSET [--as-of DATE] [--settings FILE] [--json]: one asset's
// history (leases, statuses, listings, idle runs, rent instalments, events with their txs), loaded
// from the workspace through its indexes. Exit 0, or 2 for usage and I/O errors or an unknown asset.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "rules/rule_settings.h"
#include "timeline/asset_timeline.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <cstdio>

namespace lj::cli {

namespace {

std::string yuan(std::int64_t fen) {
    char text[48];
    const std::int64_t magnitude = fen < 0 ? -fen : fen;
    std::snprintf(text, sizeof text, "%s%lld.%02lld", fen < 0 ? "-" : "",
                  static_cast<long long>(magnitude / 100), static_cast<long long>(magnitude % 100));
    return text;
}

std::string shortTx(const std::string& tx) {
    return tx.substr(0, 12);
}

std::string withName(const Dataset& data, const std::string& id) {
    const std::string name = data.nameOf(id);
    return name == id ? id : id + " " + name;
}

void printLeases(const AssetTimeline& timeline, const Dataset& data, std::ostream& out) {
    out << u8(CliText::tr("leases:")) << '\n';
    if (timeline.leases.empty()) out << "  " << u8(CliText::tr("none")) << '\n';
    for (const TimelineLease& lease : timeline.leases) {
        out << "  " << lease.contract << "  " << lease.start.toString() << " – " << lease.end.toString()
            << "  " << u8(CliText::tr("lessee %1").arg(q(withName(data, lease.lessee))));
        if (lease.annualRent)
            out << "  " << u8(CliText::tr("annual rent %1 yuan").arg(q(yuan(*lease.annualRent))));
        out << "  "
            << (lease.listing.empty() ? u8(CliText::tr("not publicly listed"))
                                      : u8(CliText::tr("listing %1").arg(q(lease.listing))));
        if (lease.terminated)
            out << "  " << u8(CliText::tr("terminated %1").arg(q(lease.terminated->toString())));
        if (lease.inForceAtAsOf) out << "  [" << u8(CliText::tr("in force")) << ']';
        out << '\n';
    }
}

void printIdleAndRent(const AssetTimeline& timeline, std::ostream& out) {
    if (!timeline.idle.empty()) {
        out << u8(CliText::tr("idle:")) << '\n';
        for (const IdleRun& run : timeline.idle) {
            out << "  " << run.from.toString() << " – " << run.to.toString() << "  "
                << u8(CliText::tr("%1 days").arg(run.days));
            if (run.open) out << "  " << u8(CliText::tr("still idle"));
            if (run.reachesThreshold) out << "  [A02]";
            out << '\n';
        }
    }
    if (!timeline.instalments.empty()) {
        out << u8(CliText::tr("rent instalments:")) << '\n';
        for (const RentInstalment& instalment : timeline.instalments) {
            out << "  " << instalment.contract << "  " << instalment.due.toString() << "  "
                << u8(CliText::tr("due %1 yuan, received %2 yuan")
                          .arg(q(yuan(instalment.amount)), q(yuan(instalment.received))));
            if (instalment.overdue) out << "  [" << u8(CliText::tr("overdue")) << ']';
            out << '\n';
        }
    }
}

void printTimeline(const AssetTimeline& timeline, const Dataset& data, std::ostream& out) {
    out << u8(CliText::tr("asset %1 %2 (%3, %4), owned by %5")
                  .arg(q(timeline.asset), q(timeline.name), q(timeline.type), q(timeline.category),
                       q(withName(data, timeline.org))))
        << '\n';
    if (timeline.registered)
        out << u8(CliText::tr("registered %1").arg(q(timeline.registered->toString()))) << '\n';
    out << u8(CliText::tr("as of %1").arg(q(timeline.asOf.toString()))) << '\n';
    printLeases(timeline, data, out);
    printIdleAndRent(timeline, out);
    if (timeline.disposal)
        out << u8(CliText::tr("disposed %1 (%2)")
                      .arg(
                          q(timeline.disposal->date ? timeline.disposal->date->toString() : std::string("?")),
                          q(timeline.disposal->method)))
            << '\n';
    out << u8(CliText::tr("events:")) << '\n';
    for (const TimelineEvent& event : timeline.events)
        out << "  " << event.date.toString() << "  " << event.text << "  (tx "
            << shortTx(data.txId(event.ref)) << ")\n";
}

class TimelineCommand final : public Command {
public:
    std::string_view name() const override { return "timeline"; }
    std::string synopsis() const override {
        return u8(
            CliText::tr("timeline WORKSPACE ASSET [--as-of DATE] [--settings FILE] [--json]   one asset's "
                        "history: leases, idle periods, rent instalments, every fact with its tx"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed = parseArguments(args, {{"--as-of", "--settings"}, {}, {"--json"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 2)
            return usageError(*this, u8(CliText::tr("a workspace and one asset id are needed")), context);
        const auto settings =
            ruleSettingsOption(parsed.one("--settings"), context); // the A02 and A06 thresholds
        if (!settings) return kExitUsage;

        auto workspace = openExistingWorkspace(parsed.positional[0], context);
        if (!workspace) return kExitUsage;
        const std::string& asset = parsed.positional[1];
        auto data = loadAssetDataset(*workspace, asset);
        if (!data) {
            context.err << "lianjian-cli: " << data.error() << '\n';
            return kExitUsage;
        }
        if (data->txs.empty()) {
            context.err << "lianjian-cli: "
                        << u8(CliText::tr("no record about asset %1 in the workspace").arg(q(asset))) << '\n';
            return kExitUsage;
        }
        auto asOf = asOfDate(parsed.one("--as-of"), *data);
        if (!asOf) return usageError(*this, asOf.error(), context);

        const AssetTimeline timeline = buildAssetTimeline(*data, asset, *asOf, *settings);
        if (parsed.has("--json"))
            context.out << json::serializePretty(timelineToJson(timeline, *data)) << '\n';
        else
            printTimeline(timeline, *data, context.out);
        return kExitClean;
    }
};

} // namespace

std::unique_ptr<Command> makeTimelineCommand() {
    return std::make_unique<TimelineCommand>();
}

} // namespace lj::cli
