// followthemoney entities, one JSON object per line ({"id","schema","properties":{name:[values]}}),
// so that a case's network can move on to Aleph. Vertices become Person, Company, BankAccount,
// Organization (LegalEntity when the ledger never registered the id); edges become Family,
// Ownership (shares; an account's holder), Directorship (legal representative), Occupancy with
// its Position (official roles), Contract + ContractAward (leases, project awards), Payment
// (payments, subsidies), and UnknownLink for what FtM has no schema for (same person, shared
// phone/address/account, bids). Every relationship entity cites its tx ids in "notes".
#include "graph/graph_export.h"

#include <cstdio>
#include <sstream>

namespace lj::graph {

namespace {

class FtmWriter {
public:
    explicit FtmWriter(const EntityGraph& graph)
        : m_graph(graph)
        , m_data(graph.data()) {}

    void vertex(const GraphNode& node) {
        Entity entity{ref(node.id), schemaOf(node)};
        entity.add("name", node.label);
        if (const auto it = m_data.persons.find(node.id); it != m_data.persons.end()) {
            entity.add("phone", it->second.phone);
            entity.add("address", it->second.address);
        } else if (const auto firm = m_data.firms.find(node.id); firm != m_data.firms.end()) {
            entity.add("registrationNumber", firm->second.uscc);
            entity.add("address", firm->second.address);
            entity.add("phone", firm->second.phone);
            if (firm->second.established)
                entity.add("incorporationDate", firm->second.established->toString());
        } else if (const auto account = m_data.accounts.find(node.id); account != m_data.accounts.end()) {
            entity.add("accountNumber", account->second.number);
            entity.add("bankName", account->second.bank);
        }
        emit(entity);
    }

    void edge(const GraphEdge& edge) {
        const std::string& source = m_graph.node(edge.source).id;
        const std::string& target = m_graph.node(edge.target).id;
        const std::string key = std::string(edgeTypeName(edge.type)) + "-" + source + "-" + target;
        switch (edge.type) {
        case EdgeType::Kinship: {
            Entity family{ref("family-" + source + "-" + target + "-" + edge.detail), "Family"};
            family.add("person", ref(source)).add("relative", ref(target)).add("relationship", edge.detail);
            emit(cite(family, edge.refs));
            break;
        }
        case EdgeType::Shareholding:
        case EdgeType::AccountHolder: {
            const bool holding = edge.type == EdgeType::Shareholding;
            Entity ownership{ref(key + (edge.from ? "-" + edge.from->toString() : "")), "Ownership"};
            ownership.add("owner", ref(holding ? source : target))
                .add("asset", ref(holding ? target : source));
            if (holding)
                ownership.add("percentage", percent(edge.shareBp));
            else
                ownership.add("role", "account holder");
            dates(ownership, edge);
            emit(cite(ownership, edge.refs));
            break;
        }
        case EdgeType::LegalRep: {
            Entity directorship{ref(key), "Directorship"};
            directorship.add("director", ref(source))
                .add("organization", ref(target))
                .add("role", "legal representative");
            emit(cite(directorship, edge.refs));
            break;
        }
        case EdgeType::OfficialRole: {
            const std::string post = ref("position-" + target + "-" + edge.detail);
            Entity position{post, "Position"};
            position.add("name", edge.detail + " " + m_graph.node(edge.target).label)
                .add("organization", ref(target));
            emit(position);
            Entity occupancy{ref(key + "-" + edge.detail + (edge.from ? "-" + edge.from->toString() : "")),
                             "Occupancy"};
            occupancy.add("holder", ref(source)).add("post", post);
            dates(occupancy, edge);
            emit(cite(occupancy, edge.refs));
            break;
        }
        case EdgeType::Lessee:
        case EdgeType::Contractor:
            for (const std::string& subject : edge.subjects)
                award(edge, subject, source, target);
            break;
        case EdgeType::Payee:
        case EdgeType::SubsidyRecipient:
            for (const std::string& subject : edge.subjects)
                payment(edge.type, subject, source, target);
            break;
        case EdgeType::SamePerson:
        case EdgeType::Shares:
        case EdgeType::Bidder: {
            Entity link{ref(key + "-" + edge.detail), "UnknownLink"};
            std::string role(edgeTypeName(edge.type));
            if (!edge.detail.empty()) role += " " + edge.detail;
            for (const std::string& subject : edge.subjects)
                role += " " + subject;
            link.add("subject", ref(source)).add("object", ref(target)).add("role", role);
            emit(cite(link, edge.refs));
            break;
        }
        }
    }

    std::string text() const { return m_out.str(); }

private:
    struct Entity {
        std::string id, schema;
        json::Value properties = json::Value::object();
        Entity& add(const std::string& name, const std::string& value) {
            if (value.empty()) return *this;
            for (auto& [member, existing] : properties.asObject())
                if (member == name) {
                    existing.push(json::Value::string(value));
                    return *this;
                }
            properties.set(name, json::Value::array({json::Value::string(value)}));
            return *this;
        }
    };

    static std::string ref(const std::string& id) { return "lj-" + id; }
    static std::string percent(std::int64_t bp) {
        char text[32];
        std::snprintf(text, sizeof text, "%lld.%02lld", static_cast<long long>(bp / 100),
                      static_cast<long long>(bp % 100));
        return text;
    }
    static std::string yuan(std::int64_t fen) {
        char text[48];
        std::snprintf(text, sizeof text, "%s%lld.%02lld", fen < 0 ? "-" : "",
                      static_cast<long long>((fen < 0 ? -fen : fen) / 100),
                      static_cast<long long>((fen < 0 ? -fen : fen) % 100));
        return text;
    }
    static void dates(Entity& entity, const GraphEdge& edge) {
        if (edge.from) entity.add("startDate", edge.from->toString());
        if (edge.to) entity.add("endDate", edge.to->toString());
    }
    Entity& cite(Entity& entity, const std::vector<TxRefId>& refs) {
        for (TxRefId tx : refs)
            entity.add("notes", "tx " + m_data.txId(tx));
        return entity;
    }

    void award(const GraphEdge& edge, const std::string& subject, const std::string& org,
               const std::string& party) {
        Entity contract{ref("contract-" + subject), "Contract"};
        Entity award{ref("award-" + subject + "-" + party), "ContractAward"};
        contract.add("authority", ref(org));
        award.add("supplier", ref(party)).add("contract", contract.id);
        std::vector<TxRefId> refs;
        if (edge.type == EdgeType::Lessee) {
            const auto it = m_data.contracts.find(subject);
            if (it == m_data.contracts.end()) return;
            const Contract& lease = it->second;
            contract.add("title", "租赁合同 " + subject + " " + m_data.nameOf(lease.asset))
                .add("type", "lease");
            if (lease.signedOn) contract.add("contractDate", lease.signedOn->toString());
            if (lease.annualRent) award.add("amount", yuan(*lease.annualRent));
            if (lease.start) award.add("startDate", lease.start->toString());
            if (const auto end = lease.endAsOf()) award.add("endDate", end->toString());
            refs = lease.refs;
        } else {
            const auto it = m_data.projects.find(subject);
            if (it == m_data.projects.end() || !it->second.award) return;
            const Project& project = it->second;
            contract.add("title", project.name + " " + subject).add("type", "works");
            if (project.budget) contract.add("amount", yuan(*project.budget));
            if (project.award->price) award.add("amount", yuan(*project.award->price));
            if (project.award->date) award.add("startDate", project.award->date->toString());
            refs = {project.award->ref};
        }
        emit(cite(contract, refs));
        emit(cite(award, refs));
    }

    void payment(EdgeType type, const std::string& subject, const std::string& org,
                 const std::string& party) {
        Entity entity{ref("payment-" + subject), "Payment"};
        entity.add("payer", ref(org)).add("beneficiary", ref(party)).add("currency", "CNY");
        if (type == EdgeType::Payee) {
            const auto it = m_data.payments.find(subject);
            if (it == m_data.payments.end()) return;
            const Payment& paid = it->second;
            entity.add("amount", yuan(paid.amount)).add("purpose", paid.purpose);
            if (paid.date) entity.add("date", paid.date->toString());
            if (!paid.payeeAccount.empty()) entity.add("beneficiaryAccount", ref(paid.payeeAccount));
            emit(cite(entity, paid.refs));
        } else {
            const auto it = m_data.subsidies.find(subject);
            if (it == m_data.subsidies.end()) return;
            const Subsidy& paid = it->second;
            entity.add("amount", yuan(paid.amount))
                .add("programme", paid.program)
                .add("purpose", paid.program);
            if (paid.period) entity.add("date", paid.period->toString());
            emit(cite(entity, paid.refs));
        }
    }

    static std::string schemaOf(const GraphNode& node) {
        switch (node.type) {
        case NodeType::Person:
            return "Person";
        case NodeType::Firm:
            return "Company";
        case NodeType::Account:
            return "BankAccount";
        case NodeType::Collective:
        case NodeType::Organisation:
            return "Organization";
        case NodeType::Unknown:
            break;
        }
        return "LegalEntity";
    }

    void emit(const Entity& entity) {
        json::Value line = json::Value::object();
        line.set("id", json::Value::string(entity.id));
        line.set("schema", json::Value::string(entity.schema));
        line.set("properties", entity.properties);
        m_out << json::serialize(line) << '\n';
    }

    const EntityGraph& m_graph;
    const Dataset& m_data;
    std::ostringstream m_out;
};

} // namespace

std::string toFtm(const GraphView& view) {
    FtmWriter writer(*view.graph);
    for (NodeId node : view.subgraph.nodes)
        writer.vertex(view.graph->node(node));
    for (EdgeId edge : view.subgraph.edges)
        writer.edge(view.graph->edge(edge));
    return writer.text();
}

} // namespace lj::graph
