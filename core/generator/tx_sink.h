#pragma once
// Where the generator puts the records it invents: each becomes a tx line with a chain time
// derived from its business date and the source system that reports it. Records reach the chain
// late (historical data loaded when the chain started, monthly batches from the funds and civil
// affairs systems), so chain time ≥ business date; records dated after the export's end are dropped.
#include "crypto/hasher.h"
#include "generator/prng.h"
#include "util/date.h"

#include "json/json.h"
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lj::gen {

enum class Source { Platform, Trading, Inventory, Funds, Civil, Business, SmartContract };
std::string_view sourceName(Source source); // 三资监管平台, 产权交易系统, …

// Chain time: seconds since the Unix epoch, written as China Standard Time.
std::string formatChinaTime(std::int64_t seconds);
std::int64_t chinaSeconds(Date day, int hour, int minute = 0, int second = 0);

// Builds a record body member by member, in the order written.
class Body {
public:
    Body& str(std::string key, std::string value);
    Body& num(std::string key, std::int64_t value);
    Body& date(std::string key, Date value);
    Body& flag(std::string key, bool value);
    Body& list(std::string key, const std::vector<std::string>& values);
    Body& raw(std::string key, json::Value value);
    // Only when the value is non-empty (a member that does not apply is absent, spec §4).
    Body& strIf(std::string key, const std::string& value);
    const json::Value& value() const { return m_value; }

private:
    json::Value m_value = json::Value::object();
};

struct StaticTx {
    std::int64_t seconds = 0;
    std::uint64_t sequence = 0; // creation order: breaks ties between equal chain times
    std::string line;
};

// The export's time frame and the lateness of each source.
class ChainClock {
public:
    ChainClock(Date from, Date to, Date historyStart);
    Date from() const { return m_from; }
    Date to() const { return m_to; }
    Date historyStart() const { return m_historyStart; }
    // When a record with this business date reaches the chain; nullopt when after the export.
    std::optional<std::int64_t> chainTime(Source source, Date business, Prng& rng) const;
    // The latest chain time of ordinary records (the final block comes after it).
    std::int64_t lastRecordTime() const { return chinaSeconds(m_to, 17, 30); }

private:
    Date m_from, m_to, m_historyStart;
};

class TxSink {
public:
    TxSink(ChainClock clock, HashAlgo algo);
    const ChainClock& clock() const { return m_clock; }

    // Adds a record reported by `source` about an event on `business`; returns its tx id, or an
    // empty string when the record falls after the export's end (it is not written).
    std::string add(Source source, const std::string& actor, std::string_view kind, const Body& body,
                    Date business, Prng& rng);
    // Adds a record at an exact chain time (alerts, the final block's records).
    std::string addAt(std::int64_t seconds, Source source, const std::string& actor, std::string_view kind,
                      const Body& body);

    std::size_t size() const { return m_txs.size(); }
    // The tx id of the last record added (empty when it was dropped).
    const std::string& lastTxId() const { return m_lastTxId; }
    // Every record, sorted by chain time (then creation order); the sink is left empty.
    std::vector<StaticTx> takeSorted();

private:
    ChainClock m_clock;
    Hasher m_leafHasher;
    std::vector<StaticTx> m_txs;
    std::string m_lastTxId;
};

std::string txLine(std::int64_t seconds, Source source, const std::string& actor, std::string_view kind,
                   const json::Value& body);

} // namespace lj::gen
