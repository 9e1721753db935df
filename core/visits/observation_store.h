#pragma once
// Observations of field visits kept in a workspace (tables of visit_schema.cpp). Every call is one
// SQLite transaction, so the GUI can save on every edit and a crash loses nothing saved.
#include "util/result.h"
#include "visits/visit_photo.h"
#include "visits/visit_types.h"
#include "workspace/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace lj {

struct FieldReportRecord {
    std::string id, direction, path, inspector, createdAt, signer, at;
    std::optional<bool> signerTrusted;
    std::int64_t observations = 0;
    std::vector<std::string> notInLedger;
};

class ObservationStore {
public:
    explicit ObservationStore(Workspace& workspace)
        : m_workspace(workspace) {}

    // A new local observation: the id, time and visit date are filled in when empty. Refused
    // when the kind or the state is not one of visit_types.h's. Returns the id.
    [[nodiscard]] Result<std::string> record(Observation observation,
                                             const std::vector<PhotoFile>& photos = {});
    // Saves state, occupant, notes, inspector (and visit date) of a local observation.
    [[nodiscard]] Status update(const Observation& observation);
    [[nodiscard]] Status attachPhoto(const std::string& observationId, const PhotoFile& photo);
    [[nodiscard]] Status detachPhoto(const std::string& observationId, const std::string& sha256);

    [[nodiscard]] Result<std::vector<Observation>> list();
    [[nodiscard]] Result<std::optional<Observation>> find(const std::string& id);
    [[nodiscard]] Result<std::string> photoBytes(const std::string& sha256);

    [[nodiscard]] Result<std::optional<FieldReportRecord>> report(const std::string& reportId);
    [[nodiscard]] Result<std::vector<FieldReportRecord>> reports();
    [[nodiscard]] Status noteExportedReport(const FieldReportRecord& report);

    // Adds an imported report's observations and photos, in one transaction with the report's
    // record. Observations whose id is already here are skipped (counted in `skipped`).
    [[nodiscard]] Status addImported(const FieldReportRecord& report,
                                     const std::vector<Observation>& observations,
                                     const std::vector<PhotoFile>& photos, std::size_t& added,
                                     std::size_t& skipped);

    Workspace& workspace() { return m_workspace; }

private:
    Status insertObservation(const Observation& observation, const std::string& now);
    Status insertPhoto(const std::string& observationId, const PhotoFile& photo, int position,
                       const std::string& now);
    Status insertReport(const FieldReportRecord& report);
    Status loadPhotos(Observation& observation);

    Workspace& m_workspace;
};

} // namespace lj
