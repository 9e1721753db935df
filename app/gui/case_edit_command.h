#pragma once
// An undoable edit of a case (title, notes, findings): each direction is a CaseStore call, so an
// undo is itself a new, audited change (the audit log is append-only and never rewinds).
#include "util/result.h"

#include <QUndoCommand>
#include <functional>

namespace lj::gui {

class CaseEditCommand : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    using Done = std::function<void(const Status&)>;

    CaseEditCommand(const QString& text, Step redo, Step undo, Done done)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_done(std::move(done)) {}

    void redo() override {
        const Status status = m_redo();
        if (!status && m_first) setObsolete(true); // a refused first change is not kept on the stack
        m_first = false;
        m_done(status);
    }
    void undo() override { m_done(m_undo()); }

private:
    Step m_redo, m_undo;
    Done m_done;
    bool m_first = true;
};

} // namespace lj::gui
