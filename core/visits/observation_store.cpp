#include "visits/observation_store.h"

#include "util/utc_now.h"

#include "json/json.h"

namespace lj {

namespace {

constexpr const char* kColumns = "id, kind, subject, org, state, occupant, notes, inspector, observed_at, "
                                 "visit_date, origin, report_id, signer, "
                                 "in_ledger";

Observation readRow(const sql::Statement& row) {
    Observation observation;
    observation.id = row.text(0);
    observation.kind = row.text(1);
    observation.subject = row.text(2);
    observation.org = row.text(3);
    observation.state = row.text(4);
    observation.occupant = row.text(5);
    observation.notes = row.text(6);
    observation.inspector = row.text(7);
    observation.observedAt = row.text(8);
    observation.visitDate = Date::parse(row.text(9)).value_or(Date{});
    observation.origin = row.text(10);
    observation.reportId = row.text(11);
    observation.signer = row.text(12);
    observation.inLedger = row.integer(13) != 0;
    return observation;
}

Status checkObservation(const Observation& observation) {
    if (observation.kind != "asset" && observation.kind != "project")
        return fail("an observation is about an asset or a project, not \"" + observation.kind + "\"");
    if (observation.subject.empty()) return fail("an observation needs the asset or project it is about");
    if (!isObservedState(observation.kind, observation.state)) {
        std::string allowed;
        for (const std::string& state : observedStates(observation.kind))
            allowed += (allowed.empty() ? "" : ", ") + state;
        return fail("unknown observed state \"" + observation.state + "\" for " + observation.kind +
                    " (one of " + allowed + ")");
    }
    return Ok{};
}

std::string joinJson(const std::vector<std::string>& items) {
    json::Value list = json::Value::array();
    for (const std::string& item : items)
        list.push(json::Value::string(item));
    return json::serialize(list);
}

} // namespace

Status ObservationStore::insertObservation(const Observation& o, const std::string& now) {
    auto statement = m_workspace.database().cached("INSERT INTO visit_observations(id, kind, subject, org, "
                                                   "state, occupant, notes, inspector, observed_at, "
                                                   "visit_date, updated_at, origin, report_id, signer, "
                                                   "in_ledger) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!statement) return fail(statement.error());
    (*statement)
        ->bind(1, o.id)
        .bind(2, o.kind)
        .bind(3, o.subject)
        .bind(4, o.org)
        .bind(5, o.state)
        .bind(6, o.occupant)
        .bind(7, o.notes)
        .bind(8, o.inspector)
        .bind(9, o.observedAt)
        .bind(10, o.visitDate.toString())
        .bind(11, now)
        .bind(12, o.origin)
        .bind(13, o.reportId.empty() ? std::optional<std::string>() : o.reportId)
        .bind(14, o.signer.empty() ? std::optional<std::string>() : o.signer)
        .bind(15, std::int64_t{o.inLedger ? 1 : 0});
    return (*statement)->run();
}

Status ObservationStore::insertPhoto(const std::string& observationId, const PhotoFile& photo, int position,
                                     const std::string& now) {
    auto& db = m_workspace.database();
    auto blob =
        db.cached("INSERT OR IGNORE INTO visit_photos(sha256, mime, bytes, exif_date, data, added_at) "
                  "VALUES(?,?,?,?,?,?)");
    if (!blob) return fail(blob.error());
    (*blob)
        ->bind(1, photo.info.sha256)
        .bind(2, photo.info.mime)
        .bind(3, photo.info.bytes)
        .bind(4, photo.info.exifDate)
        .bind(5, std::string_view(photo.bytes))
        .bind(6, now);
    if (auto status = (*blob)->run(); !status) return status;
    auto link =
        db.cached("INSERT OR IGNORE INTO visit_observation_photos(observation, sha256, file_name, position) "
                  "VALUES(?,?,?,?)");
    if (!link) return fail(link.error());
    (*link)
        ->bind(1, observationId)
        .bind(2, photo.info.sha256)
        .bind(3, photo.info.fileName)
        .bind(4, std::int64_t{position});
    return (*link)->run();
}

Result<std::string> ObservationStore::record(Observation observation, const std::vector<PhotoFile>& photos) {
    if (auto status = checkObservation(observation); !status) return fail(status.error());
    if (observation.id.empty()) observation.id = newObservationId();
    const std::string now = utcNowRfc3339();
    if (observation.observedAt.empty()) observation.observedAt = now;
    if (observation.visitDate.days == 0) observation.visitDate = todayInChina();
    observation.origin = "local";
    auto transaction = sql::Transaction::begin(m_workspace.database());
    if (!transaction) return fail(transaction.error());
    if (auto status = insertObservation(observation, now); !status) return fail(status.error());
    int position = 0;
    for (const PhotoFile& photo : photos)
        if (auto status = insertPhoto(observation.id, photo, position++, now); !status)
            return fail(status.error());
    if (auto status = (*transaction)->commit(); !status) return fail(status.error());
    return observation.id;
}

Status ObservationStore::update(const Observation& observation) {
    if (auto status = checkObservation(observation); !status) return status;
    auto statement = m_workspace.database().cached(
        "UPDATE visit_observations SET state = ?, occupant = ?, notes = ?, inspector = ?, visit_date = ?, "
        "updated_at = ? WHERE id = ? AND origin = 'local'");
    if (!statement) return fail(statement.error());
    (*statement)
        ->bind(1, observation.state)
        .bind(2, observation.occupant)
        .bind(3, observation.notes)
        .bind(4, observation.inspector)
        .bind(5, observation.visitDate.toString())
        .bind(6, utcNowRfc3339())
        .bind(7, observation.id);
    if (auto status = (*statement)->run(); !status) return status;
    if (m_workspace.database().changes() == 0)
        return fail("no local observation " + observation.id +
                    " (imported observations are kept as received)");
    return Ok{};
}

Status ObservationStore::attachPhoto(const std::string& observationId, const PhotoFile& photo) {
    auto existing = find(observationId);
    if (!existing) return fail(existing.error());
    if (!*existing || (*existing)->origin != "local") return fail("no local observation " + observationId);
    auto transaction = sql::Transaction::begin(m_workspace.database());
    if (!transaction) return fail(transaction.error());
    if (auto status =
            insertPhoto(observationId, photo, static_cast<int>((*existing)->photos.size()), utcNowRfc3339());
        !status)
        return status;
    return (*transaction)->commit();
}

Status ObservationStore::detachPhoto(const std::string& observationId, const std::string& sha256) {
    auto statement = m_workspace.database().cached(
        "DELETE FROM visit_observation_photos WHERE observation = ? AND sha256 = ? AND observation IN "
        "(SELECT id FROM visit_observations WHERE origin = 'local')");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, observationId).bind(2, sha256);
    return (*statement)->run();
}

Status ObservationStore::loadPhotos(Observation& observation) {
    auto statement = m_workspace.database().cached(
        "SELECT p.sha256, p.mime, l.file_name, p.exif_date, p.bytes FROM visit_observation_photos l "
        "JOIN visit_photos p ON p.sha256 = l.sha256 WHERE l.observation = ? ORDER BY l.position, l.sha256");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, observation.id);
    while (true) {
        auto row = (*statement)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        observation.photos.push_back({(*statement)->text(0), (*statement)->text(1), (*statement)->text(2),
                                      (*statement)->text(3), (*statement)->integer(4)});
    }
    (*statement)->reset();
    return Ok{};
}

Result<std::vector<Observation>> ObservationStore::list() {
    auto statement = m_workspace.database().prepare(
        std::string("SELECT ") + kColumns + " FROM visit_observations ORDER BY visit_date, observed_at, id");
    if (!statement) return fail(statement.error());
    std::vector<Observation> observations;
    while (true) {
        auto row = (*statement)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        observations.push_back(readRow(**statement));
    }
    for (Observation& observation : observations)
        if (auto status = loadPhotos(observation); !status) return fail(status.error());
    return observations;
}

Result<std::optional<Observation>> ObservationStore::find(const std::string& id) {
    auto statement = m_workspace.database().prepare(std::string("SELECT ") + kColumns +
                                                    " FROM visit_observations WHERE id = ?");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, id);
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    if (!*row) return std::optional<Observation>();
    Observation observation = readRow(**statement);
    (*statement)->reset();
    if (auto status = loadPhotos(observation); !status) return fail(status.error());
    return std::optional<Observation>(std::move(observation));
}

Result<std::string> ObservationStore::photoBytes(const std::string& sha256) {
    auto statement = m_workspace.database().prepare("SELECT data FROM visit_photos WHERE sha256 = ?");
    if (!statement) return fail(statement.error());
    (*statement)->bind(1, sha256);
    auto row = (*statement)->next();
    if (!row) return fail(row.error());
    if (!*row) return fail("no photo " + sha256 + " in the workspace");
    return (*statement)->text(0);
}

Status ObservationStore::insertReport(const FieldReportRecord& report) {
    auto statement = m_workspace.database().cached(
        "INSERT INTO visit_reports(id, direction, path, inspector, created_at, signer, signer_trusted, at, "
        "observations, not_in_ledger) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "path = excluded.path, at = excluded.at");
    if (!statement) return fail(statement.error());
    (*statement)
        ->bind(1, report.id)
        .bind(2, report.direction)
        .bind(3, report.path)
        .bind(4, report.inspector)
        .bind(5, report.createdAt)
        .bind(6, report.signer)
        .bind(8, report.at.empty() ? utcNowRfc3339() : report.at)
        .bind(9, report.observations)
        .bind(10, joinJson(report.notInLedger));
    if (report.signerTrusted)
        (*statement)->bind(7, std::int64_t{*report.signerTrusted ? 1 : 0});
    else
        (*statement)->bindNull(7);
    return (*statement)->run();
}

Status ObservationStore::noteExportedReport(const FieldReportRecord& report) {
    return insertReport(report);
}

Result<std::optional<FieldReportRecord>> ObservationStore::report(const std::string& reportId) {
    auto all = reports();
    if (!all) return fail(all.error());
    for (FieldReportRecord& record : *all)
        if (record.id == reportId) return std::optional<FieldReportRecord>(std::move(record));
    return std::optional<FieldReportRecord>();
}

Result<std::vector<FieldReportRecord>> ObservationStore::reports() {
    auto statement = m_workspace.database().prepare("SELECT id, direction, path, inspector, created_at, "
                                                    "signer, signer_trusted, at, observations, not_in_ledger "
                                                    "FROM visit_reports ORDER BY at, id");
    if (!statement) return fail(statement.error());
    std::vector<FieldReportRecord> records;
    while (true) {
        auto row = (*statement)->next();
        if (!row) return fail(row.error());
        if (!*row) break;
        const sql::Statement& s = **statement;
        FieldReportRecord record;
        record.id = s.text(0);
        record.direction = s.text(1);
        record.path = s.text(2);
        record.inspector = s.text(3);
        record.createdAt = s.text(4);
        record.signer = s.text(5);
        record.at = s.text(7);
        if (!s.isNull(6)) record.signerTrusted = s.integer(6) != 0;
        record.observations = s.integer(8);
        if (auto list = json::parse(s.text(9)); list && list->isArray())
            for (const json::Value& item : list->asArray())
                if (item.isString()) record.notInLedger.push_back(item.asString());
        records.push_back(std::move(record));
    }
    return records;
}

Status ObservationStore::addImported(const FieldReportRecord& report,
                                     const std::vector<Observation>& observations,
                                     const std::vector<PhotoFile>& photos, std::size_t& added,
                                     std::size_t& skipped) {
    added = skipped = 0;
    auto transaction = sql::Transaction::begin(m_workspace.database());
    if (!transaction) return fail(transaction.error());
    const std::string now = utcNowRfc3339();
    for (const Observation& observation : observations) {
        auto existing = find(observation.id);
        if (!existing) return fail(existing.error());
        if (*existing) {
            ++skipped;
            continue;
        }
        if (auto status = insertObservation(observation, now); !status) return status;
        int position = 0;
        for (const VisitPhoto& cited : observation.photos)
            for (const PhotoFile& photo : photos)
                if (photo.info.sha256 == cited.sha256) {
                    PhotoFile named = photo;
                    named.info.fileName = cited.fileName;
                    if (auto status = insertPhoto(observation.id, named, position++, now); !status)
                        return status;
                    break;
                }
        ++added;
    }
    if (auto status = insertReport(report); !status) return status;
    return (*transaction)->commit();
}

} // namespace lj
