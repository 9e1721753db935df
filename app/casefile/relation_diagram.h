#pragma once
// The parties of a case and their relations as a picture: the conflict path (a finding's
// relationship path: party … official) runs across the middle with its links in red; every other
// party and asset sits on an ellipse around it. Shapes tell kinds apart (person ○, firm ▭,
// account ▯, collective ⬡, asset ◇). Labels are dropped for crowded graphs except on the path.
#include "casefile/case_file_content.h"

#include <QImage>
#include <QPointF>

namespace lj::casefile {

struct DiagramNode {
    std::string id;
    QString label;
    PartyKind kind = PartyKind::Other;
    bool asset = false;
    bool onPath = false;
};

struct DiagramEdge {
    std::size_t from = 0, to = 0;
    QString label;
    bool onPath = false;
};

struct RelationDiagram {
    std::vector<DiagramNode> nodes; // path nodes first, in path order
    std::vector<DiagramEdge> edges;
};

// Nodes and edges from a case file's parties and relations (assets named from `data`).
RelationDiagram diagramOf(const CaseFileContent& content);
// `layout`: normalised positions per node (diagram_layout.h); without it the path runs across the
// middle and the rest sits on rings around it.
QImage renderRelationDiagram(const RelationDiagram& diagram, int width = 1000, double scale = 2.0,
                             const std::vector<QPointF>& layout = {});

} // namespace lj::casefile
