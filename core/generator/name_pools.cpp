#include "generator/name_pools.h"

#include <array>
#include <utility>

namespace lj::gen {

namespace {

constexpr std::array<std::string_view, 60> kSurnames = {
    "张", "王", "李", "陈", "杨", "吴", "周", "徐", "孙", "朱", "沈", "顾", "陆", "钱", "蒋",
    "姚", "金", "许", "邹", "凌", "黄", "赵", "刘", "胡", "钮", "戴", "范", "汤", "邵", "施",
    "曹", "潘", "薛", "俞", "殷", "毛", "浦", "费", "惠", "冯", "唐", "严", "袁", "华", "计",
    "倪", "闵", "夏", "谢", "苏", "程", "奚", "宋", "陶", "马", "丁", "任", "盛", "褚", "管"};

constexpr std::array<std::string_view, 60> kMaleGiven = {
    "建华", "海龙", "国平", "志明", "建国", "伟",   "明",   "卫东", "永刚", "雪峰", "金龙", "荣根",
    "林根", "小弟", "福明", "春华", "建新", "国强", "惠良", "文斌", "振华", "明亮", "晓东", "俊",
    "杰",   "浩",   "磊",   "勇",   "军",   "斌",   "红兵", "玉林", "根宝", "德明", "新民", "炳荣",
    "金福", "阿大", "耀庭", "水根", "伯年", "建忠", "兴元", "剑锋", "宏伟", "立新", "志强", "家豪",
    "子轩", "一鸣", "峰",   "涛",   "辉",   "健",   "斌斌", "利民", "树德", "学军", "卫国", "冬生"};

constexpr std::array<std::string_view, 50> kFemaleGiven = {
    "月琴", "秀英", "桂英", "美华", "玉珍", "雪芳", "丽娟", "红梅", "金妹", "小英", "惠芬", "建英", "凤英",
    "梅芳", "静",   "芳",   "燕",   "敏",   "婷",   "洁",   "莉",   "晓燕", "丽华", "春梅", "海燕", "秋萍",
    "雅琴", "彩娥", "菊英", "水英", "杏芬", "琴芳", "佳怡", "雨婷", "欣怡", "梦瑶", "丽萍", "亚芬", "伟芳",
    "玉英", "林娣", "根娣", "巧英", "美琴", "慧",   "蓉",   "霞",   "珍",   "秀珍", "素琴"};

constexpr std::array<TownInfo, 9> kTowns = {{
    {"320507004", "北桥街道", "bq"},
    {"320507100", "望亭镇", "wt"},
    {"320507101", "黄埭镇", "hd"},
    {"320507102", "渭塘镇", "wd"},
    {"320507103", "阳澄湖镇", "ych"},
    {"320507002", "太平街道", "tp"},
    {"320507003", "黄桥街道", "hq"},
    {"320507001", "元和街道", "yh"},
    {"320507005", "澄阳街道", "cy"},
}};

constexpr std::array<std::string_view, 64> kVillages = {
    "灵峰村", "石桥村", "迎湖村", "冯梦龙村", "凤凰泾村", "消泾村",   "庄基村", "新泾村",
    "漕湖村", "春申村", "永昌村", "鹅东村",   "北渔村",   "莲花村",   "清水村", "卫星村",
    "荡东村", "湖滨村", "三埂村", "太东村",   "旺巷村",   "沈桥村",   "毛家村", "长康村",
    "石龙村", "花倪村", "西桥村", "东桥村",   "方桥村",   "胡巷村",   "朝阳村", "裴圩村",
    "东湖村", "下堡村", "黄蒲村", "长泾村",   "杨巷村",   "北河泾村", "南港村", "钱巷村",
    "渔池村", "湘城村", "枪堂村", "圣堂村",   "戴溇村",   "陆巷村",   "金龙村", "宅基村",
    "生田村", "新埂村", "项路村", "张庄村",   "东桥港村", "永方村",   "澄湖村", "北前村",
    "蒋巷村", "吴巷村", "长巷村", "华阳村",   "浦东村",   "泗泾村",   "管家村", "梅花村"};

constexpr std::array<std::string_view, 48> kBrands = {
    "永盛", "恒达", "祥和", "宏远", "鑫源", "金诚", "华泰", "瑞丰", "天成", "立新", "兴业", "正大",
    "顺发", "汇通", "佳禾", "博远", "锦程", "嘉德", "富润", "宝丰", "荣昌", "华辰", "德盛", "中瑞",
    "科美", "长兴", "新亚", "东吴", "联创", "同舟", "润泽", "明扬", "鼎盛", "旭日", "晶华", "协和",
    "万隆", "吉祥", "安达", "信诚", "广源", "海川", "金桥", "宏基", "春晖", "恒通", "盛世", "益农"};

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kSimilarBrands = {{
    {"恒达", "恒大"},
    {"永盛", "永胜"},
    {"宏远", "鸿远"},
    {"鑫源", "鑫沅"},
    {"金诚", "金城"},
    {"华泰", "华太"},
    {"瑞丰", "瑞峰"},
    {"天成", "天诚"},
    {"兴业", "星业"},
    {"正大", "政大"},
    {"顺发", "顺达"},
    {"汇通", "惠通"},
}};

constexpr std::array<std::string_view, 7> kBanks = {
    "中国农业银行苏州相城支行", "苏州农村商业银行相城支行", "中国工商银行苏州相城支行",
    "中国建设银行苏州相城支行", "江苏银行苏州相城支行",     "中国邮政储蓄银行苏州相城区支行",
    "交通银行苏州相城支行"};

constexpr std::array<std::string_view, 14> kPhonePrefixes = {"139", "138", "137", "136", "135", "150", "151",
                                                             "152", "158", "159", "187", "188", "189", "180"};

constexpr std::array<std::string_view, 5> kConstruction = {"建设工程有限公司", "建筑安装工程有限公司",
                                                           "市政工程有限公司", "园林绿化工程有限公司",
                                                           "水利工程有限公司"};
constexpr std::array<std::string_view, 9> kManufacturing = {
    "精密机械有限公司", "纺织有限公司",     "电子科技有限公司", "物流有限公司",      "包装材料有限公司",
    "家具有限公司",     "五金制品有限公司", "塑胶制品有限公司", "新材料科技有限公司"};
constexpr std::array<std::string_view, 6> kShops = {"商贸有限公司",   "餐饮管理有限公司", "超市有限公司",
                                                    "便利店有限公司", "药房有限公司",     "电器商行有限公司"};
constexpr std::array<std::string_view, 5> kFarming = {
    "水产养殖专业合作社", "苗木专业合作社", "农机专业合作社", "蔬菜种植专业合作社", "家庭农场有限公司"};

} // namespace

std::span<const std::string_view> surnames() {
    return kSurnames;
}
std::span<const std::string_view> maleGivenNames() {
    return kMaleGiven;
}
std::span<const std::string_view> femaleGivenNames() {
    return kFemaleGiven;
}
std::span<const TownInfo> towns() {
    return kTowns;
}
std::span<const std::string_view> villageNames() {
    return kVillages;
}
std::span<const std::string_view> firmBrands() {
    return kBrands;
}
std::span<const std::string_view> banks() {
    return kBanks;
}
std::span<const std::string_view> phonePrefixes() {
    return kPhonePrefixes;
}
std::span<const std::string_view> constructionTrades() {
    return kConstruction;
}
std::span<const std::string_view> manufacturingTrades() {
    return kManufacturing;
}
std::span<const std::string_view> shopTrades() {
    return kShops;
}
std::span<const std::string_view> farmingTrades() {
    return kFarming;
}

std::string_view similarBrand(std::string_view brand) {
    for (const auto& [original, similar] : kSimilarBrands)
        if (original == brand) return similar;
    return "恒大";
}

} // namespace lj::gen
