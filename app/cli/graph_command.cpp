// lianjian-cli graph WORKSPACE (--ego ID [--hops N] | --path A B | --conflicts [--org ID])
//     [--as-of DATE] [--format json|graphml|dot|ftm] [--layout fr|kk|none] [--seed S]
//     [--types T,...] [--max-nodes N] [--max-paths N]
// The relationship graph of the workspace as of a date (core/graph, docs/graph.md): an entity's
// neighbourhood, the shortest paths between two entities, or every conflict path between a
// collective's officials and its counterparties. Exit 0; 1 when --conflicts found a path; 2 for
// usage and I/O errors or an unknown entity.
#include "arguments.h"
#include "cli_text.h"
#include "commands.h"
#include "graph/conflict_paths.h"
#include "graph/graph_export.h"
#include "graph/graph_queries.h"
#include "graph_output.h"
#include "workspace/workspace_dataset.h"
#include "workspace_options.h"

#include <charconv>
#include <optional>

namespace lj::cli {

namespace {

using namespace lj::graph;

std::optional<int> positiveNumber(const std::string& text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
    return value;
}

// "kinship,shareholding" → the filter's type bits; nullopt names the unknown type in `bad`.
std::optional<std::uint32_t> edgeTypes(const std::string& list, std::string& bad) {
    std::uint32_t types = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, comma - start);
        const auto type = parseEdgeType(name);
        if (!type) {
            bad = name;
            return std::nullopt;
        }
        types |= EdgeFilter::bit(*type);
        start = comma + 1;
    }
    return types;
}

class GraphCommand final : public Command {
public:
    std::string_view name() const override { return "graph"; }
    std::string synopsis() const override {
        return u8(CliText::tr("graph WORKSPACE (--ego ID [--hops N] | --path A B | --conflicts [--org ID]) "
                              "[--as-of DATE] [--format json|graphml|dot|ftm] [--layout fr|kk|none]   the "
                              "relationship graph: an entity's network, paths between two entities, conflict "
                              "paths (exit 1 when any)"));
    }

    int run(const std::vector<std::string>& args, CliContext& context) override {
        const Arguments parsed =
            parseArguments(args, {{"--ego", "--hops", "--path", "--org", "--as-of", "--format", "--layout",
                                   "--seed", "--types", "--max-nodes", "--max-paths"},
                                  {"--path"},
                                  {"--conflicts"}});
        if (!parsed.error.empty()) return usageError(*this, parsed.error, context);
        if (parsed.positional.size() != 1)
            return usageError(*this, u8(CliText::tr("exactly one workspace is needed")), context);
        const int queries = int(!parsed.all("--ego").empty()) + int(!parsed.all("--path").empty()) +
                            int(parsed.has("--conflicts"));
        if (queries != 1)
            return usageError(*this, u8(CliText::tr("give exactly one of --ego, --path and --conflicts")),
                              context);
        if (!parsed.all("--path").empty() && parsed.all("--path").size() != 2)
            return usageError(*this, u8(CliText::tr("--path needs two entity ids")), context);

        const std::string format = parsed.one("--format");
        if (!format.empty() && format != "json" && format != "graphml" && format != "dot" && format != "ftm")
            return usageError(*this, u8(CliText::tr("unknown format %1").arg(q(format))), context);
        const std::string layoutName = parsed.one("--layout").empty()
                                           ? (format.empty() || format == "ftm" ? "none" : "fr")
                                           : parsed.one("--layout");
        LayoutMethod layout = LayoutMethod::None;
        if (layoutName == "fr")
            layout = LayoutMethod::FruchtermanReingold;
        else if (layoutName == "kk")
            layout = LayoutMethod::KamadaKawai;
        else if (layoutName != "none")
            return usageError(*this, u8(CliText::tr("unknown layout %1").arg(q(layoutName))), context);

        std::optional<int> hops = 2, maxNodes = 500, maxPaths = 10, seed = 1;
        for (auto [option, value] : {std::pair{"--hops", &hops},
                                     {"--max-nodes", &maxNodes},
                                     {"--max-paths", &maxPaths},
                                     {"--seed", &seed}})
            if (const std::string text = parsed.one(option); !text.empty()) {
                *value = positiveNumber(text);
                if (!*value)
                    return usageError(*this, u8(CliText::tr("%1 needs a positive number").arg(q(option))),
                                      context);
            }
        EdgeFilter filter;
        if (const std::string types = parsed.one("--types"); !types.empty()) {
            std::string bad;
            const auto bits = edgeTypes(types, bad);
            if (!bits) return usageError(*this, u8(CliText::tr("unknown edge type %1").arg(q(bad))), context);
            filter.types = *bits;
        }

        auto workspace = openExistingWorkspace(parsed.positional.front(), context);
        if (!workspace) return kExitUsage;
        auto data = loadWorkspaceDataset(*workspace, context);
        if (!data) return kExitUsage;
        auto asOf = asOfDate(parsed.one("--as-of"), *data);
        if (!asOf) return usageError(*this, asOf.error(), context);
        const EntityGraph graph = EntityGraph::build(*data, *asOf);

        auto lookUp = [&](const std::string& id) {
            const NodeId node = graph.find(id);
            if (node == kNoNode)
                context.err << "lianjian-cli: " << u8(CliText::tr("no entity %1 in the workspace").arg(q(id)))
                            << '\n';
            return node;
        };
        Subgraph subgraph;
        GraphQuery query = GraphQuery::Ego;
        if (const std::string ego = parsed.one("--ego"); !ego.empty()) {
            const NodeId center = lookUp(ego);
            if (center == kNoNode) return kExitUsage;
            EgoOptions options;
            options.hops = *hops;
            options.filter = filter;
            options.maxNodes = static_cast<std::size_t>(*maxNodes);
            subgraph = egoNetwork(graph, center, options);
        } else if (!parsed.all("--path").empty()) {
            query = GraphQuery::Path;
            const NodeId from = lookUp(parsed.all("--path")[0]), to = lookUp(parsed.all("--path")[1]);
            if (from == kNoNode || to == kNoNode) return kExitUsage;
            PathOptions options;
            options.filter = filter;
            options.maxPaths = static_cast<std::size_t>(*maxPaths);
            subgraph = shortestPaths(graph, from, to, options);
        } else {
            query = GraphQuery::Conflicts;
            ConflictOptions options;
            options.org = parsed.one("--org");
            if (!options.org.empty() && lookUp(options.org) == kNoNode) return kExitUsage;
            subgraph = conflictPaths(graph, options);
        }

        const GraphView view =
            makeView(graph, std::move(subgraph), layout, static_cast<std::uint64_t>(*seed));
        if (format == "json")
            context.out << json::serializePretty(toJson(view)) << '\n';
        else if (format == "graphml")
            context.out << toGraphml(view);
        else if (format == "dot")
            context.out << toDot(view);
        else if (format == "ftm")
            context.out << toFtm(view);
        else
            printGraphView(query, view, context.out);
        return query == GraphQuery::Conflicts && !view.subgraph.paths.empty() ? kExitFindings : kExitClean;
    }
};

} // namespace

std::unique_ptr<Command> makeGraphCommand() {
    return std::make_unique<GraphCommand>();
}

} // namespace lj::cli
