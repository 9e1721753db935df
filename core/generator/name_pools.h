#pragma once
// Word lists for a plausible district of Suzhou's Xiangcheng district: surnames and given names,
// towns with their administrative codes, village names, firm names, banks. Pure data.
#include <span>
#include <string_view>

namespace lj::gen {

struct TownInfo {
    std::string_view code;        // 9-digit administrative code
    std::string_view name;        // 北桥街道
    std::string_view validatorId; // its finance office's validator id (pinyin initials)
};

std::span<const std::string_view> surnames();
std::span<const std::string_view> maleGivenNames();
std::span<const std::string_view> femaleGivenNames();
std::span<const TownInfo> towns();
std::span<const std::string_view> villageNames();
std::span<const std::string_view> firmBrands();
std::span<const std::string_view> banks();
std::span<const std::string_view> phonePrefixes();

// Firm trades, by what the firms do in the district.
std::span<const std::string_view> constructionTrades();  // 建设工程有限公司…
std::span<const std::string_view> manufacturingTrades(); // lessees of factories and warehouses
std::span<const std::string_view> shopTrades();          // lessees of shopfronts
std::span<const std::string_view> farmingTrades();       // cooperatives leasing land and ponds

// A near-miss of a brand (恒达 → 恒大): for clean look-alike firms.
std::string_view similarBrand(std::string_view brand);

} // namespace lj::gen
