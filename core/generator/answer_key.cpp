#include "generator/answer_key.h"

#include "util/file_write.h"

#include "json/json.h"
#include <map>

namespace lj::gen {

std::string_view defaultSeverity(std::string_view rule) {
    for (std::string_view alarm : {"A10", "F05", "F07", "P02", "W01", "W04", "R01"})
        if (rule == alarm) return "alarm";
    for (std::string_view reminder : {"A02", "A04", "A09", "F02", "F06"})
        if (rule == reminder) return "reminder";
    return "warning";
}

Status writeAnswerKey(const std::string& path, const GeneratorOptions& options, const AnswerKeyInfo& info,
                      const std::vector<PlantedCase>& cases) {
    using json::Value;
    auto strings = [](const std::vector<std::string>& items) {
        Value array = Value::array();
        for (const auto& item : items)
            array.push(Value::string(item));
        return array;
    };
    Value key = Value::object();
    key.set("sle_answer_key", Value::number(1));
    key.set("generator", Value::string("lianjian-cli generate"));
    key.set("export", Value::string(info.exportName));
    key.set("consortium", Value::string(info.consortiumName));
    key.set("chain", Value::string(info.chain));
    key.set("chain_name", Value::string(info.chainName));
    key.set("suite", Value::string(info.suite));
    key.set("seed", Value::number(std::to_string(options.seed)));
    key.set("villages", Value::number(options.villages));
    key.set("period", Value::object()
                          .set("from", Value::string(options.from.toString()))
                          .set("to", Value::string(options.to.toString())));
    key.set("exported_at", Value::string(info.exportedAt));
    key.set("default_as_of", Value::string(options.to.toString()));
    key.set("blocks", Value::number(static_cast<std::int64_t>(info.blocks)));
    key.set("txs", Value::number(static_cast<std::int64_t>(info.txs)));
    key.set(
        "conventions",
        strings(
            {"Cases with expect=fire: a finding of `rule` at `as_of` names subjects[0] (and, in the "
             "reference "
             "engine's order, all of `subjects`).",
             "Cases with expect=no_fire are clean look-alikes: no finding of `rule` at `as_of` may name "
             "subjects[0].",
             "`txs` are key transactions of the case (a finding's txs are a superset).",
             "Money in fen; dates YYYY-MM-DD; rules and thresholds as in rules-v1 with default settings."}));
    std::map<std::string, std::pair<int, int>> counts; // rule → (fire, no_fire)
    Value list = Value::array();
    for (const PlantedCase& planted : cases) {
        Value item = Value::object();
        item.set("case", Value::string(planted.name));
        item.set("rule", Value::string(planted.rule));
        item.set("severity", Value::string(std::string(defaultSeverity(planted.rule))));
        item.set("expect", Value::string(planted.fire ? "fire" : "no_fire"));
        item.set("as_of", Value::string(planted.asOf.toString()));
        item.set("subjects", strings(planted.subjects));
        item.set("note", Value::string(planted.note));
        if (!planted.txs.empty()) item.set("txs", strings(planted.txs));
        list.push(std::move(item));
        auto& count = counts[planted.rule];
        (planted.fire ? count.first : count.second) += 1;
    }
    Value perRule = Value::object();
    for (const auto& [rule, count] : counts)
        perRule.set(rule, Value::object()
                              .set("fire", Value::number(count.first))
                              .set("no_fire", Value::number(count.second)));
    key.set("case_counts", std::move(perRule));
    key.set("cases", std::move(list));
    return writeWholeFile(path, json::serializePretty(key) + "\n");
}

} // namespace lj::gen
