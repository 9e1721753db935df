#include "ledger_generator.h"

#include "ledger/export_writer.h"

#include "json/json.h"
#include <cstdio>

namespace lj::bench {

namespace {

using json::Value;

constexpr std::string_view kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                          "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "沈"};
constexpr std::string_view kGivenNames[] = {"伟", "秀英", "敏", "静",   "建国", "丽",  "强",
                                            "磊", "军",   "洋", "勇",   "艳",   "杰",  "娟",
                                            "涛", "明",   "超", "秀兰", "霞",   "建华"};
constexpr std::string_view kTowns[] = {"北桥街道", "望亭镇", "黄桥街道", "渭塘镇", "阳澄湖镇", "太平街道"};
constexpr std::string_view kVillages[] = {"灵峰村", "石桥村", "庄基村", "北渔村",
                                          "湘城村", "沈桥村", "迎湖村", "新巷村"};
constexpr std::string_view kSources[] = {"清产核资系统", "产权交易系统", "三资监管平台",
                                         "资金管理系统", "民政系统",     "工商登记"};
constexpr std::string_view kAssetNames[] = {"工业小区厂房", "沿街商铺", "村委会办公楼",
                                            "农贸市场摊位", "集体鱼塘", "仓库"};
constexpr std::string_view kPurposes[] = {"道路硬化工程进度款", "河道清淤劳务费", "村委会办公用品采购",
                                          "路灯维修材料费",     "绿化养护服务费", "老年活动室装修款",
                                          "防汛物资采购"};
constexpr std::string_view kAlerts[] = {"合同租金低于评估价百分之七十", "同一收款人当月多次小额支付",
                                        "公示期未满即签订合同", "低保对象名下登记有企业"};
constexpr std::string_view kRemarks[] = {"经村民代表大会讨论通过", "已在村务公开栏公示七日", "附件见纸质档案",
                                         "按街道三资管理办法执行", "由村监委会全程监督"};
constexpr std::string_view kFirmSuffixes[] = {"建筑工程有限公司", "物业管理有限公司", "农业科技有限公司",
                                              "市政工程有限公司"};

Value str(std::string text) {
    return Value::string(std::move(text));
}
Value num(std::uint64_t n) {
    return Value::number(static_cast<std::int64_t>(n));
}

} // namespace

std::string formatChinaTime(std::int64_t unixSeconds) {
    const std::int64_t local = unixSeconds + 8 * 3600;
    std::int64_t days = local / 86400;
    const std::int64_t secondOfDay = local % 86400;
    // Civil date from days since 1970-01-01 (proleptic Gregorian, era-based).
    days += 719468;
    const std::int64_t era = days / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthIndex = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const std::int64_t month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[128]; // roomy enough for any int64 fields, so -Wformat-truncation stays quiet
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld+08:00",
                  static_cast<long long>(year), static_cast<long long>(month), static_cast<long long>(day),
                  static_cast<long long>(secondOfDay / 3600), static_cast<long long>(secondOfDay / 60 % 60),
                  static_cast<long long>(secondOfDay % 60));
    return text;
}

std::string TxGenerator::personName() {
    return std::string(pick(kSurnames)) + std::string(pick(kGivenNames));
}

std::string TxGenerator::village() {
    return "3205070" + std::to_string(10000 + below(400));
}

std::string TxGenerator::address() {
    return "苏州市相城区" + std::string(pick(kTowns)) + std::string(pick(kVillages)) +
           std::to_string(1 + below(12)) + "组" + std::to_string(1 + below(80)) + "号";
}

std::string TxGenerator::phone() {
    return "1" + std::to_string(3 + below(7)) + std::to_string(100000000 + below(900000000));
}

std::string TxGenerator::date(int fromYear, int toYear) {
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d",
                  fromYear + static_cast<int>(below(static_cast<std::uint64_t>(toYear - fromYear + 1))),
                  1 + static_cast<int>(below(12)), 1 + static_cast<int>(below(28)));
    return text;
}

std::string TxGenerator::hexDigest() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(64, '0');
    for (char& c : hex)
        c = kHex[below(16)];
    return hex;
}

std::string TxGenerator::next(std::int64_t unixSeconds) {
    const std::uint64_t roll = below(100);
    std::string kind;
    Value body = Value::object();
    if (roll < 15) {
        kind = "person.register";
        body.set("id", str(id("p"))).set("name", str(personName())).set("id_digest", str(hexDigest()));
        body.set("org", str(village())).set("phone", str(phone())).set("address", str(address()));
    } else if (roll < 23) {
        kind = "asset.register";
        body.set("id", str(id("as"))).set("org", str(village()));
        body.set("name", str(std::string(pick(kVillages)) + std::string(pick(kAssetNames)) +
                             std::to_string(1 + below(20)) + "号"));
        body.set("category", str("operating")).set("type", str(below(2) ? "factory" : "shopfront"));
        body.set("area_m2", num(80 + below(5000))).set("book_value", num(100000 + below(90000000)));
        body.set("acquired", str(date(1995, 2015))).set("registered", str(date(2016, 2020)));
    } else if (roll < 33) {
        kind = "contract.sign";
        body.set("id", str(id("ct")))
            .set("asset", str("as-" + std::to_string(below(50000))))
            .set("lessor", str(village()));
        body.set("lessee", str("p-" + std::to_string(below(200000)))).set("start", str(date(2019, 2020)));
        body.set("end", str(date(2023, 2030))).set("annual_rent", num(2000000 + below(50000000)));
        body.set("pay_cycle", str(below(2) ? "annual" : "quarterly"))
            .set("listing", str("ls-" + std::to_string(below(9000))));
        body.set("signed", str(date(2019, 2020))).set("signer", str("p-" + std::to_string(below(200000))));
    } else if (roll < 53) {
        kind = "receipt.record";
        body.set("id", str(id("rc"))).set("org", str(village())).set("payer", str(personName()));
        body.set("amount", num(10000 + below(30000000))).set("date", str(date(2019, 2020)));
        body.set("contract", str("ct-" + std::to_string(below(90000))))
            .set("method", str(below(4) ? "transfer" : "cash"));
    } else if (roll < 73) {
        kind = "payment.record";
        Value approvers = Value::array();
        for (std::uint64_t i = 0, n = 1 + below(3); i < n; ++i)
            approvers.push(str("p-" + std::to_string(below(200000))));
        body.set("id", str(id("pm"))).set("org", str(village())).set("payee", str(personName()));
        body.set("payee_account", str("6222" + std::to_string(100000000000 + below(900000000000))));
        body.set("amount", num(5000 + below(20000000)))
            .set("date", str(date(2019, 2020)))
            .set("purpose", str(std::string(pick(kPurposes))));
        body.set("category", str("project")).set("project", str("pj-" + std::to_string(below(3000))));
        body.set("approvers", std::move(approvers)).set("method", str("transfer"));
    } else if (roll < 88) {
        kind = "subsidy.pay";
        const std::string_view programs[] = {"dibao", "elderly", "agri"};
        body.set("id", str(id("sb"))).set("program", str(std::string(pick(programs))));
        body.set("recipient", str("p-" + std::to_string(below(200000))))
            .set("recipient_name", str(personName()));
        body.set("org", str(village())).set("amount", num(30000 + below(150000)));
        body.set("period", str(date(2019, 2020).substr(0, 7)))
            .set("account", str("6228" + std::to_string(100000000000 + below(900000000000))));
    } else if (roll < 92) {
        kind = "firm.register";
        body.set("id", str(id("f")))
            .set("name", str("苏州" + std::string(pick(kVillages)) + std::string(pick(kFirmSuffixes))));
        body.set("uscc", str("91320507MA" + std::to_string(10000000 + below(90000000))))
            .set("legal_rep", str("p-" + std::to_string(below(200000))));
        body.set("address", str(address()))
            .set("phone", str(phone()))
            .set("established", str(date(2000, 2020)));
    } else if (roll < 96) {
        kind = "bid.register";
        body.set("listing", str("ls-" + std::to_string(below(9000))))
            .set("bidder", str("p-" + std::to_string(below(200000))));
        body.set("bidder_name", str(personName()))
            .set("date", str(date(2019, 2020)))
            .set("phone", str(phone()));
        body.set("deposit_account", str("6217" + std::to_string(100000000000 + below(900000000000))));
    } else if (roll < 99) {
        kind = "op.log";
        body.set("system", str(std::string(pick(kSources))))
            .set("action", str(below(2) ? "update" : "export"));
        body.set("target", str("ct-" + std::to_string(below(90000))))
            .set("at", str(formatChinaTime(unixSeconds - static_cast<std::int64_t>(below(3600)))));
        body.set("operator_name", str(personName())).set("terminal", str(address()));
    } else {
        kind = "alert.raise";
        body.set("id", str(id("al"))).set("rule", str("R-" + std::to_string(1 + below(40))));
        body.set("subject", str("p-" + std::to_string(below(200000))))
            .set("level", str(below(3) ? "warning" : "alarm"));
        body.set("message", str(std::string(pick(kAlerts)))).set("date", str(date(2019, 2020)));
    }
    const std::string time = formatChinaTime(unixSeconds - static_cast<std::int64_t>(below(600)));
    const std::string source(pick(kSources));
    const std::string actor = "a-" + std::to_string(1000 + below(300));

    // Real records carry free-text remarks of varying length; they bring the line to its size.
    // Each remark phrase is at most 30 bytes, so a padded line ends within 30 bytes below target.
    const std::size_t target = 280 + below(321);
    constexpr std::size_t kRemarkMember = 12; // ,"remark":""
    std::string line = makeTxLine(kind, time, source, actor, body);
    std::string remark;
    for (std::string_view phrase = pick(kRemarks);
         line.size() + kRemarkMember + remark.size() + phrase.size() <= target; phrase = pick(kRemarks))
        remark += phrase;
    if (remark.empty()) return line;
    body.set("remark", str(std::move(remark)));
    return makeTxLine(kind, time, source, actor, body);
}

} // namespace lj::bench
