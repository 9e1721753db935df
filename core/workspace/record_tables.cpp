#include "workspace/record_tables.h"

#include <map>

namespace lj {

namespace {

RecordColumn text(std::string member) {
    return {std::move(member), ColumnType::Text};
}
RecordColumn integer(std::string member) {
    return {std::move(member), ColumnType::Integer};
}
RecordColumn boolean(std::string member) {
    return {std::move(member), ColumnType::Boolean};
}
RecordColumn json(std::string member) {
    return {std::move(member), ColumnType::Json};
}

RecordTable table(std::string kind, std::string name, std::vector<RecordColumn> columns,
                  std::optional<SearchFields> search = std::nullopt) {
    return {std::move(kind), std::move(name), std::move(columns), std::move(search)};
}

std::vector<RecordTable> makeTables() {
    // Keep this list append-only per table once a schema version has shipped: a new column gets
    // sinceVersion = the migration that adds it (see workspace_schema.cpp).
    return {
        table("org.register", "orgs", {text("id"), text("name"), text("level"), text("parent")},
              SearchFields{"id", "name", {}}),
        table("person.register", "persons",
              {text("id"), text("name"), text("id_digest"), text("org"), text("phone"), text("address")},
              SearchFields{"id", "name", {"phone", "address"}}),
        table("role.assign", "roles", {text("person"), text("org"), text("role"), text("from"), text("to")}),
        table("relation.declare", "relations",
              {text("a"), text("b"), text("relation"), text("declared_by"), text("declared")}),
        table("firm.register", "firms",
              {text("id"), text("name"), text("uscc"), text("legal_rep"), text("address"), text("phone"),
               text("established")},
              SearchFields{"id", "name", {"uscc", "phone", "address"}}),
        table("firm.shareholder", "shareholders",
              {text("firm"), text("holder"), integer("share_bp"), text("from"), text("to")}),
        table("account.register", "accounts", {text("id"), text("bank"), text("number"), text("holder")},
              SearchFields{"id", "number", {"bank"}}),
        table("actor.register", "actors", {text("id"), text("subject"), text("system")}),
        table("asset.register", "assets",
              {text("id"), text("org"), text("name"), text("category"), text("type"), integer("area_m2"),
               integer("area_mu"), integer("book_value"), text("acquired"), text("registered")},
              SearchFields{"id", "name", {}}),
        table("asset.status", "asset_statuses", {text("asset"), text("status"), text("as_of")}),
        table("asset.dispose", "asset_disposals",
              {text("asset"), text("date"), text("method"), integer("price")}),
        table("listing.publish", "listings",
              {text("id"), text("asset"), integer("reserve_rent"), integer("term_months"), text("open"),
               text("close")},
              SearchFields{"id", "", {}}),
        table("bid.register", "bids",
              {text("listing"), text("bidder"), text("date"), text("phone"), text("deposit_account")},
              SearchFields{"bidder", "phone", {}}),
        table("listing.result", "listing_results",
              {text("listing"), text("winner"), integer("rent"), integer("bidders"), text("date")}),
        table("contract.sign", "contracts",
              {text("id"), text("asset"), text("lessor"), text("lessee"), text("start"), text("end"),
               integer("annual_rent"), text("pay_cycle"), text("listing"), text("signed"), text("signer")},
              SearchFields{"id", "", {}}),
        table("contract.amend", "contract_amendments",
              {text("contract"), text("date"), text("end"), integer("annual_rent"), text("lessee")}),
        table("contract.terminate", "contract_terminations",
              {text("contract"), text("date"), text("reason")}),
        table("budget.approve", "budgets", {text("org"), integer("year"), json("lines")}),
        table("receipt.record", "receipts",
              {text("id"), text("org"), text("payer"), integer("amount"), text("date"), text("contract"),
               text("method")}),
        table("payment.record", "payments",
              {text("id"), text("org"), text("payee"), text("payee_account"), integer("amount"), text("date"),
               text("purpose"), text("category"), text("project"), json("approvers"), text("method"),
               integer("quantity"), text("unit")}),
        table("project.approve", "projects",
              {text("id"), text("org"), text("name"), integer("budget"), text("approved"),
               text("planned_end"), text("procurement")},
              SearchFields{"id", "name", {}}),
        table("project.award", "project_awards",
              {text("project"), text("contractor"), integer("price"), text("date"), json("bidders")}),
        table("project.complete", "project_completions",
              {text("project"), text("date"), integer("final_cost"), boolean("accepted")}),
        table("subsidy.pay", "subsidies",
              {text("id"), text("program"), text("recipient"), text("org"), integer("amount"), text("period"),
               text("account")}),
        table("alert.raise", "alerts",
              {text("id"), text("rule"), text("subject"), text("level"), text("message"), text("date")}),
        table(
            "clue.transfer", "clues",
            {text("id"), text("from_org"), text("to_org"), json("subjects"), text("summary"), text("date")}),
        table("clue.feedback", "clue_feedback", {text("clue"), text("result"), text("date")}),
        table("disclosure.publish", "disclosures", {text("org"), text("period"), json("items")}),
        table("op.log", "op_logs", {text("system"), text("action"), text("target"), text("at")}),
    };
}

} // namespace

const std::vector<RecordTable>& recordTables() {
    static const std::vector<RecordTable> tables = makeTables();
    return tables;
}

const RecordTable* recordTableForKind(std::string_view kind) {
    // Looked up once per imported tx, hence the map.
    static const std::map<std::string, const RecordTable*, std::less<>> byKind = [] {
        std::map<std::string, const RecordTable*, std::less<>> map;
        for (const RecordTable& table : recordTables())
            map.emplace(table.kind, &table);
        return map;
    }();
    const auto it = byKind.find(kind);
    return it == byKind.end() ? nullptr : it->second;
}

} // namespace lj
