// evaluateAssetRules (A01–A10) and what the asset rules share.
#include "rules/asset_rule_parts.h"
#include "rules/rule_groups.h"

namespace lj {

bool exceedsLongLeaseTerm(const RuleContext& context, const LeaseTerms& lease) {
    // "end ≥ start + 36 months, i.e. the lease covers more than 36 months": 2016-07-01..2019-06-30 does not.
    const int months = static_cast<int>(context.settings.threshold("A03.months"));
    return lease.start.addMonths(months) <= lease.end;
}

std::string labelOf(const Dataset& data, const std::string& id) {
    const std::string name = data.nameOf(id);
    return name == id ? id : id + "（" + name + "）";
}

std::string contractLabel(const Dataset& data, const std::string& contractId, const std::string& assetId) {
    return "合同 " + contractId + (assetId.empty() ? "" : "（" + data.nameOf(assetId) + "）");
}

void evaluateAssetRules(const RuleContext& context, std::vector<RuleFinding>& out) {
    const AssetIndex index = buildAssetIndex(context.data, context.asOf);
    evaluateLateRegistration(context, index, out);
    evaluateIdleAssets(context, index, out);
    evaluateLongLeases(context, index, out);
    evaluateExpiringLeases(context, index, out);
    evaluateUseAfterExpiry(context, index, out);
    evaluateOverdueRent(context, index, out);
    evaluateOffPlatformLeases(context, index, out);
    evaluateLowRents(context, index, out);
    evaluateLowParticipation(context, index, out);
    evaluateBidCollusion(context, index, out);
}

} // namespace lj
