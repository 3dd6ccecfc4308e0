#pragma once

#include "admin/activitylog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Density {

//! The activity log as a table, newest first: one row per admin change made from this app.
//! Rows arrive live: every ActivityLog::recorded() inserts a row at the top, so a form's apply
//! shows up while the log is open. The outcome is spelled out and carries a symbol, so it never
//! depends on colour alone.
class ActivityLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ConnectionColumn,
        ActionColumn,
        TargetColumn,
        BeforeColumn,
        AfterColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, //!< int(ActivityEntry::Outcome)
        WhenRole,                       //!< QDateTime (UTC)
        FullTextRole,                   //!< the cell's text unshortened (line breaks kept)
    };

    explicit ActivityLogModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! The entry shown in `row` (0 = newest); nullptr when out of range.
    const ActivityEntry *entry(int row) const;
    //! Re-reads the file, e.g. after another instance of the app wrote to it.
    void reload();
    ActivityLog *log() const { return m_log; }

    //! "✓ Applied", "◐ Partly applied", "✗ Failed".
    static QString outcomeLabel(ActivityEntry::Outcome outcome);
    //! When in local time, as the table shows it ("2026-11-25 16:05:09").
    static QString localTime(const QDateTime &when);

private:
    void prepend(const ActivityEntry &entry);

    QPointer<ActivityLog> m_log;
    QList<ActivityEntry> m_entries; //!< newest first
};

} // namespace Density
