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

std::string describeEdge(const graph::EntityGraph& graph, const graph::GraphEdge& edge) {
    using graph::EdgeType;
    const Dataset& data = graph.data();
    const std::string& fromId = graph.node(edge.source).id;
    const std::string& toId = graph.node(edge.target).id;
    const std::string from = data.nameOf(fromId), to = data.nameOf(toId);
    switch (edge.type) {
    case EdgeType::Kinship:
        return to + "是" + from + "的" + kinshipTitle(edge.detail);
    case EdgeType::Shareholding: {
        std::string text = from + "是" + to + "的股东";
        if (edge.shareBp > 0) {
            const std::string percent = std::to_string(edge.shareBp / 100);
            const auto rest = edge.shareBp % 100;
            text += "（持股" + percent +
                    (rest ? "." + std::to_string(rest / 10) + std::to_string(rest % 10) : "") + "%）";
        }
        return text;
    }
    case EdgeType::LegalRep:
        return from + "是" + to + "的法定代表人";
    case EdgeType::SamePerson:
        return from + "（" + fromId + "）与" + to + "（" + toId + "）身份证号摘要相同，系同一人";
    case EdgeType::AccountHolder:
        return "账户" + from + "的户主是" + to;
    default: // conflict paths walk no other edges
        return {};
    }
}

std::string describePath(const graph::EntityGraph& graph, const graph::GraphPath& path) {
    std::string text;
    for (graph::EdgeId edge : path.edges) {
        if (!text.empty()) text += "，";
        text += describeEdge(graph, graph.edge(edge));
    }
    return text;
}

std::string officialWithTitle(const graph::EntityGraph& graph, graph::NodeId person,
                              const std::vector<graph::EdgeId>& roles) {
    std::string titles;
    for (graph::EdgeId role : roles)
        if (graph.edge(role).source == person) {
            const std::string title = roleTitle(graph.edge(role).detail);
            if (titles.find(title) != std::string::npos) continue;
            if (!titles.empty()) titles += "、";
            titles += title;
        }
    const std::string name = graph.data().nameOf(graph.node(person).id);
    return titles.empty() ? name : name + "（" + titles + "）";
}

} // namespace lj
