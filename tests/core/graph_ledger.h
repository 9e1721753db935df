#pragma once
// Small hand-built ledgers for the graph tests: records in chain order, each with a made-up tx id
// "t<n>", merged by the real DatasetBuilder.
#include "hand_ledger.h"

#include <gtest/gtest.h>
#include <string>

namespace graph_test {

class Ledger : public ledger_test::HandLedger {
public:
    Ledger()
        : HandLedger({"2015-01-01T10:00:00+08:00", "", "2020-12-31T12:00:00+08:00"}) {}
    Ledger& village(const std::string& id, const std::string& level = "village") {
        record("org.register",
               R"({"id":")" + id + R"(","name":")" + id + R"(村","level":")" + level + R"("})");
        return *this;
    }
    Ledger& person(const std::string& id, const std::string& digest = "", const std::string& phone = "") {
        record("person.register", R"({"id":")" + id + R"(","name":")" + id + R"(","id_digest":")" +
                                      (digest.empty() ? "d-" + id : digest) + R"(","phone":")" + phone +
                                      R"("})");
        return *this;
    }
    Ledger& role(const std::string& person, const std::string& org, const std::string& from,
                 const std::string& to) {
        record("role.assign", R"({"person":")" + person + R"(","org":")" + org +
                                  R"(","role":"director","from":")" + from + R"(","to":")" + to + R"("})");
        return *this;
    }
    Ledger& relation(const std::string& a, const std::string& b, const std::string& relation = "sibling") {
        record("relation.declare", R"({"a":")" + a + R"(","b":")" + b + R"(","relation":")" + relation +
                                       R"(","declared":"2015-03-01"})");
        return *this;
    }
    Ledger& firm(const std::string& id, const std::string& legalRep) {
        record("firm.register",
               R"({"id":")" + id + R"(","name":")" + id + R"(公司","legal_rep":")" + legalRep + R"("})");
        return *this;
    }
    Ledger& holding(const std::string& firm, const std::string& holder,
                    const std::string& from = "2015-01-01") {
        record("firm.shareholder", R"({"firm":")" + firm + R"(","holder":")" + holder +
                                       R"(","share_bp":5000,"from":")" + from + R"("})");
        return *this;
    }
    Ledger& lease(const std::string& id, const std::string& lessor, const std::string& lessee,
                  const std::string& on) {
        record("contract.sign", R"({"id":")" + id + R"(","asset":"A1","lessor":")" + lessor +
                                    R"(","lessee":")" + lessee + R"(","start":")" + on +
                                    R"(","end":"2029-12-31","annual_rent":100000,)" +
                                    R"("pay_cycle":"annual","signed":")" + on + R"("})");
        return *this;
    }
    Ledger& payment(const std::string& id, const std::string& org, const std::string& payee,
                    const std::string& on, const std::string& account = "") {
        record("payment.record", R"({"id":")" + id + R"(","org":")" + org + R"(","payee":")" + payee +
                                     R"(","payee_account":")" + account + R"(","amount":100000,"date":")" +
                                     on + R"(","purpose":"工程款","category":"c","method":"transfer"})");
        return *this;
    }
    Ledger& account(const std::string& id, const std::string& holder, const std::string& number) {
        record("account.register", R"({"id":")" + id + R"(","bank":"农商行","number":")" + number +
                                       R"(","holder":")" + holder + R"("})");
        return *this;
    }
};

} // namespace graph_test
