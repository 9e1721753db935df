#include "generator/tx_sink.h"

#include "ledger/export_writer.h"
#include "util/encoding.h"

#include <algorithm>
#include <cstdio>

namespace lj::gen {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kChinaOffset = 8 * 3600;

// Historical records were loaded system by system in the first months of the chain: each source
// has its own load window, days after `from`.
struct BackfillWindow {
    int startDay;
    int lengthDays;
};

BackfillWindow backfillWindow(Source source) {
    switch (source) {
    case Source::Platform:
        return {4, 8};
    case Source::Business:
        return {11, 8};
    case Source::Inventory:
        return {30, 20};
    case Source::Trading:
        return {55, 25};
    case Source::Funds:
        return {88, 30};
    case Source::Civil:
        return {150, 10};
    case Source::SmartContract:
        return {0, 1};
    }
    return {0, 1};
}

// Days between the business event and its arrival on the chain, per source.
int lagDays(Source source, Prng& rng) {
    switch (source) {
    case Source::Trading:
        return rng.rangeInt(0, 2);
    case Source::Platform:
        return rng.rangeInt(0, 4);
    case Source::Inventory:
        return rng.chance(20) ? rng.rangeInt(20, 60) : rng.rangeInt(1, 12);
    case Source::Funds:
        return rng.chance(12) ? rng.rangeInt(30, 75) : rng.rangeInt(1, 20);
    case Source::Civil:
        return rng.chance(15) ? rng.rangeInt(35, 80) : rng.rangeInt(5, 20);
    case Source::Business:
        return rng.rangeInt(3, 30);
    case Source::SmartContract:
        return 0;
    }
    return 0;
}

} // namespace

std::string_view sourceName(Source source) {
    switch (source) {
    case Source::Platform:
        return "三资监管平台";
    case Source::Trading:
        return "产权交易系统";
    case Source::Inventory:
        return "清产核资系统";
    case Source::Funds:
        return "资金管理系统";
    case Source::Civil:
        return "民政系统";
    case Source::Business:
        return "工商登记";
    case Source::SmartContract:
        return "链上合约";
    }
    return "三资监管平台";
}

std::string formatChinaTime(std::int64_t seconds) {
    const std::int64_t local = seconds + kChinaOffset;
    const std::int64_t days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    const std::int64_t rest = local - days * kDay;
    const Date day{static_cast<std::int32_t>(days)};
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d+08:00", day.year(), day.month(),
                  day.day(), static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
    return text;
}

std::int64_t chinaSeconds(Date day, int hour, int minute, int second) {
    return static_cast<std::int64_t>(day.days) * kDay + hour * 3600 + minute * 60 + second - kChinaOffset;
}

Body& Body::str(std::string key, std::string value) {
    m_value.set(std::move(key), json::Value::string(std::move(value)));
    return *this;
}
Body& Body::num(std::string key, std::int64_t value) {
    m_value.set(std::move(key), json::Value::number(value));
    return *this;
}
Body& Body::date(std::string key, Date value) {
    return str(std::move(key), value.toString());
}
Body& Body::flag(std::string key, bool value) {
    m_value.set(std::move(key), json::Value::boolean(value));
    return *this;
}
Body& Body::list(std::string key, const std::vector<std::string>& values) {
    json::Value array = json::Value::array();
    for (const auto& item : values)
        array.push(json::Value::string(item));
    m_value.set(std::move(key), std::move(array));
    return *this;
}
Body& Body::raw(std::string key, json::Value value) {
    m_value.set(std::move(key), std::move(value));
    return *this;
}
Body& Body::strIf(std::string key, const std::string& value) {
    if (!value.empty()) str(std::move(key), value);
    return *this;
}

ChainClock::ChainClock(Date from, Date to, Date historyStart)
    : m_from(from)
    , m_to(to)
    , m_historyStart(historyStart) {}

std::optional<std::int64_t> ChainClock::chainTime(Source source, Date business, Prng& rng) const {
    if (business > m_to) return std::nullopt;
    const int secondsInDay = rng.rangeInt(0, 8 * 3600); // working hours, 08:30–16:30
    Date day;
    if (business < m_from) {
        // Loaded in the source's backfill window, roughly in business-date order.
        const BackfillWindow window = backfillWindow(source);
        const double span = std::max(1, m_from.days - m_historyStart.days);
        const double position = std::clamp((business.days - m_historyStart.days) / span, 0.0, 1.0);
        day = m_from.addDays(window.startDay + static_cast<int>(position * (window.lengthDays - 1)));
    } else {
        day = business.addDays(lagDays(source, rng));
    }
    if (day > m_to) day = m_to; // what happened near the end arrives in time for the export
    return std::min(chinaSeconds(day, 8, 30) + secondsInDay, lastRecordTime());
}

TxSink::TxSink(ChainClock clock, HashAlgo algo)
    : m_clock(clock)
    , m_leafHasher(algo) {}

std::string txLine(std::int64_t seconds, Source source, const std::string& actor, std::string_view kind,
                   const json::Value& body) {
    return makeTxLine(kind, formatChinaTime(seconds), sourceName(source), actor, body);
}

std::string TxSink::add(Source source, const std::string& actor, std::string_view kind, const Body& body,
                        Date business, Prng& rng) {
    const auto seconds = m_clock.chainTime(source, business, rng);
    if (!seconds) {
        m_lastTxId.clear();
        return {};
    }
    return addAt(*seconds, source, actor, kind, body);
}

std::string TxSink::addAt(std::int64_t seconds, Source source, const std::string& actor,
                          std::string_view kind, const Body& body) {
    StaticTx tx{seconds, m_txs.size(), txLine(seconds, source, actor, kind, body.value())};
    const Hash32 leaf = m_leafHasher.leaf(tx.line);
    m_txs.push_back(std::move(tx));
    m_lastTxId = toHex(leaf);
    return m_lastTxId;
}

std::vector<StaticTx> TxSink::takeSorted() {
    std::vector<StaticTx> txs = std::move(m_txs);
    m_txs.clear();
    std::sort(txs.begin(), txs.end(), [](const StaticTx& a, const StaticTx& b) {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.sequence < b.sequence;
    });
    return txs;
}

} // namespace lj::gen
