#pragma once
// Two standard social networks with published centrality values, as data (tests only).
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace graph_test {

using EdgeList = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// Zachary's karate club (1977): 34 members, 78 friendships; members numbered 1–34 as published,
// stored 0-based.
inline EdgeList karateClub() {
    const std::vector<std::vector<int>> friends = {
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32},
        {2, 3, 4, 8, 14, 18, 20, 22, 31},
        {3, 4, 8, 9, 10, 14, 28, 29, 33},
        {4, 8, 13, 14},
        {5, 7, 11},
        {6, 7, 11, 17},
        {7, 17},
        {9, 31, 33, 34},
        {10, 34},
        {14, 34},
        {15, 33, 34},
        {16, 33, 34},
        {19, 33, 34},
        {20, 34},
        {21, 33, 34},
        {23, 33, 34},
        {24, 26, 28, 30, 33, 34},
        {25, 26, 28, 32},
        {26, 32},
        {27, 30, 34},
        {28, 34},
        {29, 32, 34},
        {30, 33, 34},
        {31, 33, 34},
        {32, 33, 34},
        {33, 34},
    }; // each row: a member, then the higher-numbered members they are friends with
    EdgeList edges;
    for (const auto& row : friends)
        for (std::size_t i = 1; i < row.size(); ++i)
            edges.emplace_back(row[0] - 1, row[i] - 1);
    return edges;
}

// Padgett's Florentine families (marriage ties), the 15 families with at least one tie.
inline const std::vector<std::string>& florentineFamilies() {
    static const std::vector<std::string> names = {"Acciaiuoli", "Albizzi", "Barbadori", "Bischeri",
                                                   "Castellani", "Ginori",  "Guadagni",  "Lamberteschi",
                                                   "Medici",     "Pazzi",   "Peruzzi",   "Ridolfi",
                                                   "Salviati",   "Strozzi", "Tornabuoni"};
    return names;
}

inline EdgeList florentineMarriages() {
    const std::vector<std::pair<std::string, std::string>> ties = {
        {"Acciaiuoli", "Medici"},   {"Albizzi", "Ginori"},       {"Albizzi", "Guadagni"},
        {"Albizzi", "Medici"},      {"Barbadori", "Castellani"}, {"Barbadori", "Medici"},
        {"Bischeri", "Guadagni"},   {"Bischeri", "Peruzzi"},     {"Bischeri", "Strozzi"},
        {"Castellani", "Peruzzi"},  {"Castellani", "Strozzi"},   {"Guadagni", "Lamberteschi"},
        {"Guadagni", "Tornabuoni"}, {"Medici", "Ridolfi"},       {"Medici", "Salviati"},
        {"Medici", "Tornabuoni"},   {"Pazzi", "Salviati"},       {"Peruzzi", "Strozzi"},
        {"Ridolfi", "Strozzi"},     {"Ridolfi", "Tornabuoni"}};
    auto index = [](const std::string& name) {
        const auto& names = florentineFamilies();
        return static_cast<std::uint32_t>(std::find(names.begin(), names.end(), name) - names.begin());
    };
    EdgeList edges;
    for (const auto& [a, b] : ties)
        edges.emplace_back(index(a), index(b));
    return edges;
}

} // namespace graph_test
