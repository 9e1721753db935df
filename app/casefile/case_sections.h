#pragma once
// The sections of a case document, each as HTML: case_sections.cpp (cover, summary, parties,
// timelines, findings) and case_proof_sections.cpp (evidence table, notes and reviews, appendix).
#include "casefile/case_file_content.h"

#include <QString>
#include <QStringList>

namespace lj::casefile {

QString coverSection(const CaseFileContent& content);
QString summarySection(const CaseFileContent& content);
QString partiesSection(const CaseFileContent& content, const QString& diagramHtml);
QString timelinesSection(const CaseFileContent& content, const QStringList& chartsHtml);
QString findingsSection(const CaseFileContent& content);
QString evidenceSection(const CaseFileContent& content);
QString notesSection(const CaseFileContent& content);
QString appendixSection(const CaseFileContent& content, const QString& packageName);

// "[E3]": the number a fact has in the evidence table, or "" when it is not cited.
QString evidenceNumber(const CaseFileContent& content, const std::string& tx);

} // namespace lj::casefile
