#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace Density {

//! One admin change made from this app, as the activity log keeps it.
struct ActivityEntry {
    enum class Outcome { Applied, PartlyApplied, Failed };

    QDateTime when;     //!< UTC
    QString connection; //!< the organization or connection it was made in
    QString action;     //!< "Update space", "Create label", "Delete user", ...
    QString target;     //!< what it was about, readable: "Desk 2-001 (spc_…)"
    QString before;     //!< the values before, readable ("capacity: 4; name: Desk 2-001")
    QString after;      //!< the values asked for
    Outcome outcome = Outcome::Applied;
    QString detail; //!< the ApiError sentence, or what part was applied

    static QString outcomeText(Outcome outcome);
    //! The fixed key files and exports use: applied, partly-applied, failed.
    static QString outcomeKey(Outcome outcome);
};

//! The local record of admin changes made from this app: when, what, before and after, and the
//! outcome. One JSON object per line in a file of its own, appended and flushed per entry, so a
//! crash loses at most the change being written and the file can be read with any tool. It
//! never holds a token or secret: entries carry only what the forms describe.
class ActivityLog : public QObject {
    Q_OBJECT
public:
    explicit ActivityLog(QString filePath, QObject *parent = nullptr);

    //! <AppDataLocation>/activity-log.jsonl
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    //! Appends `entry` (its `when` set to now when empty); returns false if the file cannot be
    //! written, and the entry is then still reported through recorded().
    bool record(ActivityEntry entry);
    //! Every entry, oldest first; unreadable lines are skipped.
    QList<ActivityEntry> entries() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void recorded(const Density::ActivityEntry &entry);

private:
    QString m_filePath;
    QString m_lastError;
};

} // namespace Density
