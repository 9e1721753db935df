#include "rules/relationship_text.h"

#include <map>

namespace lj {

std::string roleTitle(std::string_view role) {
    static const std::map<std::string_view, std::string_view> titles = {
        {"party_secretary", "党组织书记"},
        {"director", "村委会主任"},
        {"deputy", "副主任"},
        {"accountant", "会计"},
        {"cashier", "出纳"},
        {"committee_member", "村委委员"},
        {"supervisor", "监委会主任"},
        {"town_official", "镇干部"},
        {"integrity_monitor", "廉情监督员"},
    };
    const auto it = titles.find(role);
    return it == titles.end() ? std::string(role) : std::string(it->second);
}

std::string kinshipTitle(std::string_view relation) {
    static const std::map<std::string_view, std::string_view> titles = {
        {"spouse", "配偶"},      {"parent", "父母"}, {"child", "子女"},
        {"sibling", "兄弟姐妹"}, {"in_law", "姻亲"}, {"other_kin", "其他亲属"},
    };
    const auto it = titles.find(relation);
    return it == titles.end() ? "亲属" : std::string(it->second);
}

std::string subsidyProgramTitle(std::string_view program) {
    static const std::map<std::string_view, std::string_view> titles = {
        {"dibao", "低保金"}, {"elderly", "尊老金"}, {"agri", "惠农补贴"}, {"other", "其他补贴"}};
    const auto it = titles.find(program);
    return it == titles.end() ? std::string(program) : std::string(it->second);
}

std::string describeLink(const Dataset& data, const PathLink& link) {
    const std::string from = data.nameOf(link.from), to = data.nameOf(link.to);
    switch (link.kind) {
    case LinkKind::Kinship:
        return to + "是" + from + "的" + kinshipTitle(link.relation);
    case LinkKind::Shareholding: {
        std::string text = from + "是" + to + "的股东";
        if (link.shareBp > 0) {
            const std::string percent = std::to_string(link.shareBp / 100);
            const auto rest = link.shareBp % 100;
            text += "（持股" + percent +
                    (rest ? "." + std::to_string(rest / 10) + std::to_string(rest % 10) : "") + "%）";
        }
        return text;
    }
    case LinkKind::LegalRep:
        return from + "是" + to + "的法定代表人";
    case LinkKind::SamePerson:
        return from + "（" + link.from + "）与" + to + "（" + link.to + "）身份证号摘要相同，系同一人";
    case LinkKind::AccountHolder:
        return "账户" + data.nameOf(link.from) + "的户主是" + to;
    }
    return {};
}

std::string describePath(const Dataset& data, const RelationPath& path) {
    std::string text;
    for (const PathLink* link : path.links) {
        if (!text.empty()) text += "，";
        text += describeLink(data, *link);
    }
    return text;
}

std::string officialWithTitle(const Dataset& data, const std::string& person,
                              const std::vector<const Role*>& roles) {
    std::string titles;
    for (const Role* role : roles)
        if (role->person == person) {
            const std::string title = roleTitle(role->role);
            if (titles.find(title) != std::string::npos) continue;
            if (!titles.empty()) titles += "、";
            titles += title;
        }
    return titles.empty() ? data.nameOf(person) : data.nameOf(person) + "（" + titles + "）";
}

} // namespace lj
