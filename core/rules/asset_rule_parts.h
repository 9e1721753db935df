#pragma once
// The asset and resource rules of rules-v1 (A01–A10), one function each; evaluateAssetRules builds
// the asset index once and runs them in catalogue order.
#include "rules/asset_index.h"
#include "rules/rule_context.h"

#include <string>
#include <vector>

namespace lj {

void evaluateLateRegistration(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);  // A01
void evaluateIdleAssets(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);        // A02
void evaluateLongLeases(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);        // A03
void evaluateExpiringLeases(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);    // A04
void evaluateUseAfterExpiry(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);    // A05
void evaluateOverdueRent(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);       // A06
void evaluateOffPlatformLeases(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out); // A07
void evaluateLowRents(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);          // A08
void evaluateLowParticipation(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);  // A09
void evaluateBidCollusion(const RuleContext&, const AssetIndex&, std::vector<RuleFinding>& out);      // A10

// A03's duration test, also used by A07: the lease (end as amended) reaches start + N months.
bool exceedsLongLeaseTerm(const RuleContext& context, const LeaseTerms& lease);
// For summaries: "p-000957（浦美华）", or the bare id when it has no display name.
std::string labelOf(const Dataset& data, const std::string& id);
// For summaries: "合同 HT2016-0010（石桥村工业小区6号厂房）", the leased asset by name.
std::string contractLabel(const Dataset& data, const std::string& contractId, const std::string& assetId);

} // namespace lj
