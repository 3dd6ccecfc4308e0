#pragma once

#include "admin/activitylog.h"
#include "api/apierror.h"
#include "api/pendingcall.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Density {

class DensityClient;

//! The shape every admin form shares (ARCHITECTURE.md §4, after Quaternion's dialog):
//! load() fetches the current values, validate() checks them as the user types and puts a
//! message next to the field, apply() sends the change while the status line shows progress.
//! A failed apply keeps everything the user typed and shows the ApiError sentence inline; a
//! successful one emits applied() so the owner refreshes the models the change affects.
//!
//! Subclasses add their fields with addField(), call fieldEdited() from each field's change
//! signal, and finish their asynchronous load() / apply() with one of the finish calls below.
class AdminForm : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Applying };

    explicit AdminForm(QWidget *parent = nullptr);

    //! The connection to load from and apply to (not owned).
    void setClient(DensityClient *client);
    DensityClient *client() const;
    //! Where applies are recorded (not owned; none: not recorded), and the connection's name
    //! the entries carry.
    void setActivityLog(ActivityLog *log, const QString &connection);

    //! Loads the current values (discarding edits); the fields are disabled meanwhile.
    void reload();
    //! Validates, then applies when nothing blocks. Returns false (and sends nothing) when a
    //! field has an error or a load or apply is still running.
    bool submit();
    //! Aborts a running load or apply; an apply aborted mid-way may have been applied in part,
    //! which the status line says.
    void cancel();

    State state() const { return m_state; }
    bool hasUnappliedEdits() const { return m_dirty; }
    bool hasErrors() const;
    //! The message shown next to `field` (error or warning), empty when none.
    QString fieldMessage(const QWidget *field) const;
    bool fieldHasError(const QWidget *field) const;
    QString statusText() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *reloadButton() const { return m_reload; }

Q_SIGNALS:
    void stateChanged(Density::AdminForm::State state);
    void loaded();
    //! After a successful apply: refresh what the change affects.
    void applied();
    //! An apply failed, wholly or in part; `sentence` is what the status line shows.
    void failed(const QString &sentence);

protected:
    //! Start the requests for the current values; finish with loadSucceeded() / loadFailed().
    virtual void load() = 0;
    //! Check every field with setFieldError() / setFieldWarning(); messages were cleared just
    //! before. Runs on every edit and before apply().
    virtual void validate() = 0;
    //! Send the change; finish with applySucceeded(), applyFailed() or applyPartlyFailed().
    virtual void apply() = 0;

    //! A labelled row; `field` gets a message line under it for validate()'s findings.
    void addField(const QString &label, QWidget *field);
    //! Rows that are not fields (a hint, a list); spans both columns.
    void addRow(QWidget *widget);
    QFormLayout *formLayout() const { return m_form; }

    void setFieldError(QWidget *field, const QString &message);
    //! Shown like an error but does not block apply (e.g. "capacity 0 hides utilization").
    void setFieldWarning(QWidget *field, const QString &message);
    //! Call from every field's change signal: marks the form edited and validates again.
    void fieldEdited();

    void loadSucceeded();
    void loadFailed(const ApiError &error);
    void applySucceeded(const QString &summary);
    void applyFailed(const ApiError &error);
    //! A multi-step apply that stopped part-way: says exactly what was applied and what not.
    void applyPartlyFailed(const QStringList &applied, const QStringList &notApplied,
                           const ApiError &error);
    //! Status line text while idle (e.g. "Changes apply to Desk 2-001 only").
    void setStatus(const QString &text);
    //! Call at the start of apply(): what the activity log records for this apply. The base
    //! adds the outcome (applied, partly applied, failed with the reason) when it finishes.
    void describeChange(const QString &action, const QString &target, const QString &before,
                        const QString &after);
    //! A call whose abort cancel() should trigger.
    void track(const RequestHandle &handle) { m_running = handle; }

    //! Picks the message colours again for a new palette (a theme change).
    void changeEvent(QEvent *event) override;

    //! Suppresses fieldEdited() while load code fills the fields.
    bool isFilling() const { return m_filling; }
    void setFilling(bool filling) { m_filling = filling; }

private:
    struct FieldMessage {
        QLabel *label = nullptr;
        bool isError = false;
    };
    void setState(State state);
    void runValidation();
    void showStatus(const QString &text, bool isError);
    void setFieldMessage(QWidget *field, const QString &message, bool isError);
    void recordOutcome(ActivityEntry::Outcome outcome, const QString &detail);

    QPointer<DensityClient> m_client;
    QPointer<ActivityLog> m_log;
    QString m_connection;
    std::optional<ActivityEntry> m_change; //!< described by the running apply
    State m_state = State::Idle;
    bool m_dirty = false;
    bool m_filling = false;
    RequestHandle m_running;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_status;
    bool m_statusIsError = false;
    QProgressBar *m_busy;
    QPushButton *m_apply;
    QPushButton *m_reload;
    QHash<const QWidget *, FieldMessage> m_messages;
};

} // namespace Density
