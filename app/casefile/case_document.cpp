#include "case_document.h"

#include "case_sections.h"
#include "case_text.h"
#include "diagram_layout.h"
#include "html_parts.h"
#include "relation_diagram.h"
#include "timeline_chart.h"

#include <QFont>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

namespace lj::casefile {

using namespace htmlparts;
using Text = CaseFileText;

CaseImages renderCaseImages(const CaseFileContent& content) {
    CaseImages images;
    const RelationDiagram diagram = diagramOf(content);
    // A case-sized picture keeps the conflict path across the middle. A crowded, well-linked one is
    // laid out by core/graph; a crowded one of mostly unrelated parties stays on rings, which a
    // force-directed layout would only push against the frame.
    std::vector<bool> linked(diagram.nodes.size(), false);
    for (const DiagramEdge& edge : diagram.edges)
        linked[edge.from] = linked[edge.to] = true;
    const auto linkedCount = static_cast<std::size_t>(std::count(linked.begin(), linked.end(), true));
    const bool forceLayout = diagram.nodes.size() > 40 && linkedCount * 5 >= diagram.nodes.size() * 4;
    images.diagram =
        renderRelationDiagram(diagram, 700, 2.6, // ≈ 270 dpi across 17 cm
                              forceLayout ? graphLayout(content, diagram) : std::vector<QPointF>{});
    if (content.data)
        for (const AssetTimeline& timeline : content.timelines)
            images.timelines.push_back(renderTimelineChart(*content.data, timeline, 760, 2.4));
    return images;
}

QString caseHeaderText(const CaseFileContent& content) {
    const QString number = content.meta && !content.meta->number.empty()
                               ? qs(content.meta->number)
                               : Text::tr("assembled from findings");
    return Text::tr("Case file · %1 · chain %2").arg(number, qs(content.chain));
}

void buildCaseDocument(QTextDocument& document, const CaseFileContent& content, const CaseImages& images,
                       const CaseDocumentOptions& options) {
    QFont body;
    body.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif CJK SC")});
    body.setPointSizeF(10);
    document.setDefaultFont(body);
    document.setDocumentMargin(0);

    const QString diagramUrl = QStringLiteral("casefile:relations.png");
    document.addResource(QTextDocument::ImageResource, QUrl(diagramUrl), images.diagram);
    std::vector<QString> timelineUrls;
    for (std::size_t i = 0; i < images.timelines.size(); ++i) {
        timelineUrls.push_back(QStringLiteral("casefile:timeline-%1.png").arg(i + 1));
        document.addResource(QTextDocument::ImageResource, QUrl(timelineUrls.back()), images.timelines[i]);
    }
    const auto image = [&](const QString& url, const QImage& picture) {
        const double width = options.textWidth * options.imageUnits;
        const double height = picture.isNull() ? 0 : width * picture.height() / picture.width();
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
            .arg(url)
            .arg(static_cast<int>(width))
            .arg(static_cast<int>(height));
    };

    QString html = QStringLiteral("<html><body>");
    html += coverSection(content);
    html += summarySection(content);
    html += partiesSection(content, image(diagramUrl, images.diagram));
    QStringList charts;
    for (std::size_t i = 0; i < timelineUrls.size(); ++i)
        charts << image(timelineUrls[i], images.timelines[i]);
    html += timelinesSection(content, charts);
    html += findingsSection(content);
    html += evidenceSection(content);
    html += notesSection(content);
    html += appendixSection(content, options.packageName);
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

} // namespace lj::casefile
