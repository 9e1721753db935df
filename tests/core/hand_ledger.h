#pragma once
// The base of the small hand-built ledgers of the rule, timeline and graph tests: records added in
// chain order, each with a made-up tx id ("t1", "t2", …), stamped with one chain time and source.
#include "model/dataset.h"

#include <gtest/gtest.h>
#include <string>
#include <utility>

namespace ledger_test {

class HandLedger {
public:
    struct Stamps {
        std::string txTime;        // every tx's chain time
        std::string source;        // every tx's source system
        std::string lastBlockTime; // the default as-of date comes from it
    };
    explicit HandLedger(Stamps stamps)
        : m_stamps(std::move(stamps)) {}

    // Any record; returns its tx id.
    std::string record(const std::string& kind, const std::string& body) {
        lj::LedgerRecord entry;
        entry.ref.tx = "t" + std::to_string(++m_count);
        entry.ref.height = m_count;
        entry.ref.kind = kind;
        entry.ref.time = m_stamps.txTime;
        entry.ref.source = m_stamps.source;
        auto parsed = lj::json::parse(body);
        EXPECT_TRUE(parsed.ok()) << body;
        if (parsed.ok()) entry.body = std::move(parsed.value());
        m_builder.add(std::move(entry));
        return "t" + std::to_string(m_count);
    }

    lj::Dataset finish() {
        m_builder.setLastBlockTime(m_stamps.lastBlockTime);
        return m_builder.finish();
    }

private:
    Stamps m_stamps;
    lj::DatasetBuilder m_builder;
    int m_count = 0;
};

} // namespace ledger_test
