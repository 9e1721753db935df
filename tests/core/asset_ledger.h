#pragma once
// Small hand-built ledgers for the asset rule and asset timeline tests: one call per record kind,
// with made-up tx ids ("t1", "t2", … in chain order) and only the members a test cares about.
#include "hand_ledger.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <string>

namespace asset_test {

class AssetLedger : public ledger_test::HandLedger {
public:
    AssetLedger()
        : HandLedger({"2020-01-01T10:00:00+08:00", "测试系统", "2020-12-31T18:00:00+08:00"}) {}

    std::string asset(const std::string& id, const std::string& registered,
                      const std::string& category = "operating") {
        return record("asset.register", R"({"id":")" + id + R"(","org":"V1","name":"资产)" + id +
                                            R"(","category":")" + category +
                                            R"(","type":"factory","registered":")" + registered + R"("})");
    }

    // A lease signed on its start date unless `signedOn` is given; `extra` adds members
    // (",\"listing\":\"GP1\"").
    std::string lease(const std::string& id, const std::string& asset, const std::string& start,
                      const std::string& end, std::int64_t annualRent, const std::string& extra = "",
                      const std::string& lessee = "P1", const std::string& signedOn = "") {
        return record("contract.sign",
                      R"({"id":")" + id + R"(","asset":")" + asset + R"(","lessor":"V1","lessee":")" +
                          lessee + R"(","start":")" + start + R"(","end":")" + end + R"(","annual_rent":)" +
                          std::to_string(annualRent) + R"(,"pay_cycle":"annual","signed":")" +
                          (signedOn.empty() ? start : signedOn) + "\"" + extra + "}");
    }

    std::string amend(const std::string& contract, const std::string& date, const std::string& changes) {
        return record("contract.amend",
                      R"({"contract":")" + contract + R"(","date":")" + date + "\"," + changes + "}");
    }

    std::string terminate(const std::string& contract, const std::string& date) {
        return record("contract.terminate",
                      R"({"contract":")" + contract + R"(","date":")" + date + R"(","reason":"协商解除"})");
    }

    std::string receipt(const std::string& id, const std::string& contract, std::int64_t amount,
                        const std::string& date) {
        return record("receipt.record", R"({"id":")" + id + R"(","org":"V1","payer":"P1","amount":)" +
                                            std::to_string(amount) + R"(,"date":")" + date +
                                            R"(","contract":")" + contract + R"(","method":"transfer"})");
    }

    std::string status(const std::string& asset, const std::string& status, const std::string& asOf) {
        return record("asset.status", R"({"asset":")" + asset + R"(","status":")" + status +
                                          R"(","as_of":")" + asOf + R"("})");
    }

    std::string listing(const std::string& id, const std::string& asset, std::int64_t reserve,
                        const std::string& open, const std::string& close) {
        return record("listing.publish", R"({"id":")" + id + R"(","asset":")" + asset +
                                             R"(","reserve_rent":)" + std::to_string(reserve) +
                                             R"(,"term_months":36,"open":")" + open + R"(","close":")" +
                                             close + R"("})");
    }

    std::string bid(const std::string& listing, const std::string& bidder, const std::string& phone,
                    const std::string& account, const std::string& date = "2019-01-05") {
        return record("bid.register", R"({"listing":")" + listing + R"(","bidder":")" + bidder +
                                          R"(","date":")" + date + R"(","phone":")" + phone +
                                          R"(","deposit_account":")" + account + R"("})");
    }
};

} // namespace asset_test
