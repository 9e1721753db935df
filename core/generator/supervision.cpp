// Supervision records: the chain's own alerts, clues handed to the towns' discipline offices with
// their feedback, quarterly village disclosures (村务公开), and the operation trail of the chain
// accounts, including the last records that close the export on its final day.
#include "generator/district.h"

#include <array>
#include <cstdio>

namespace lj::gen {

namespace {

constexpr std::array<Source, 6> kSystems = {Source::Platform, Source::Trading, Source::Inventory,
                                            Source::Funds,    Source::Civil,   Source::Business};
constexpr std::array<std::string_view, 6> kActions = {"login",  "query",  "export",
                                                      "modify", "upload", "logout"};
constexpr std::array<std::string_view, 4> kQuarterNames = {"一", "二", "三", "四"};

} // namespace

std::string District::raiseAlert(std::string_view rule, const std::string& subject, std::string_view level,
                                 const std::string& message, Date date) {
    const std::string id = nextId("YJ", date.year(), 4);
    m_sink.add(Source::SmartContract, districtActor(Source::SmartContract), "alert.raise",
               Body()
                   .str("id", id)
                   .str("rule", std::string(rule))
                   .str("subject", subject)
                   .str("level", std::string(level))
                   .str("message", message)
                   .date("date", date),
               date, m_rng);
    return id;
}

void District::transferClue(const std::vector<std::string>& subjects, int village, const std::string& summary,
                            Date date, const std::string& feedback, Date feedbackDate) {
    const Village& v = m_villages[static_cast<std::size_t>(village)];
    const std::string id = nextId("XS", date.year(), 3);
    m_sink.add(Source::Platform, districtActor(Source::Platform), "clue.transfer",
               Body()
                   .str("id", id)
                   .str("from_org", "320507-jw")
                   .str("to_org", m_towns[static_cast<std::size_t>(v.town)].disciplineOrg)
                   .list("subjects", subjects)
                   .str("summary", summary)
                   .date("date", date),
               date, m_rng);
    m_sink.add(Source::Platform, districtActor(Source::Platform), "clue.feedback",
               Body().str("clue", id).str("result", feedback).date("date", feedbackDate), feedbackDate,
               m_rng);
}

void District::disclosures() {
    for (const Village& village : m_villages)
        for (Date quarter = Date::fromCivil(from().year(), (from().month() - 1) / 3 * 3 + 1, 1);
             quarter <= to(); quarter = quarter.addMonths(3)) {
            const int q = static_cast<int>((quarter.month() - 1) / 3);
            char period[32];
            std::snprintf(period, sizeof period, "%04d-Q%d", quarter.year(), q + 1);
            const std::string year = std::to_string(quarter.year()) + "年第" +
                                     std::string(kQuarterNames[static_cast<std::size_t>(q)]) + "季度";
            const std::vector<std::string> items = {year + "财务收支明细", "集体资产资源出租情况",
                                                    "低保、尊老金发放名单", "工程项目招投标及结算情况"};
            const Date published = quarter.addMonths(3).addDays(m_rng.rangeInt(3, 20));
            m_sink.add(Source::Platform, village.platformActor, "disclosure.publish",
                       Body().str("org", village.id).str("period", period).list("items", items), published,
                       m_rng);
        }
}

void District::operationLogs() {
    // About one logged operation per system and month: logins, queries, uploads, corrections.
    for (Date month = Date::fromCivil(from().year(), from().month(), 1); month <= to();
         month = month.addMonths(1))
        for (Source system : kSystems) {
            const Date day =
                randomDay(std::max(month, from()), std::min(month.addMonths(1).addDays(-1), to()));
            const std::int64_t seconds = chinaSeconds(day, 8, 40) + m_rng.range(0, 8 * 3600);
            const std::string& actor = districtActor(system);
            const std::string_view action = kActions[m_rng.below(kActions.size())];
            m_sink.addAt(std::min(seconds, clock().lastRecordTime()), system, actor, "op.log",
                         Body()
                             .str("system", std::string(sourceName(system)))
                             .str("action", std::string(action))
                             .str("target", actor)
                             .str("at", formatChinaTime(seconds - m_rng.range(60, 900))));
        }
}

void District::finalRecords() {
    // The export closes with the discipline commission's export operation on the last day, so the
    // last block (and the default as-of date) falls on `to`.
    const std::int64_t seconds = chinaSeconds(to(), 17, 50);
    m_sink.addAt(seconds, Source::Platform, districtActor(Source::SmartContract), "op.log",
                 Body()
                     .str("system", std::string(sourceName(Source::Platform)))
                     .str("action", "export")
                     .str("target", "320507-jw")
                     .str("at", formatChinaTime(seconds - 120)));
}

void District::fillerLogsForMonth(Date month, std::uint64_t count, std::vector<StaticTx>& out) const {
    if (count == 0) return;
    const Date first = std::max(month, from());
    const Date last = std::min(month.addMonths(1).addDays(-1), to());
    const int days = last.days - first.days + 1;
    const int actors = std::max(1, m_counters.count("a") ? m_counters.at("a") : 1);
    std::uint64_t sequence = (static_cast<std::uint64_t>(month.days) + 200000) << 24;
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t h = mixHash(m_options.seed, static_cast<std::uint64_t>(month.days), i, 0x0b5e);
        const Date day = first.addDays(static_cast<int>(h % static_cast<std::uint64_t>(days)));
        const std::int64_t seconds =
            std::min(chinaSeconds(day, 8, 30) + static_cast<std::int64_t>(h / 97 % (9 * 3600)),
                     clock().lastRecordTime());
        const Source system = kSystems[h / 7 % kSystems.size()];
        char target[16];
        std::snprintf(target, sizeof target, "a-%04d",
                      static_cast<int>(h / 13 % static_cast<std::uint64_t>(actors)) + 1);
        Body body;
        body.str("system", std::string(sourceName(system))).str("action", "query").str("target", target);
        body.str("at", formatChinaTime(seconds - 30));
        out.push_back(
            {seconds, sequence++, txLine(seconds, system, districtActor(system), "op.log", body.value())});
    }
}

} // namespace lj::gen
