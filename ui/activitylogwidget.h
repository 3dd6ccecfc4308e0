#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Density {

class ActivityLog;
class ActivityLogModel;

//! The activity log viewer: a filter box, an outcome filter (all, or failed and partly applied
//! only), the table newest first, "Export CSV…" for what the filters show, and where the log
//! file lives. New changes appear at the top while it is open.
class ActivityLogWidget : public QWidget {
    Q_OBJECT
public:
    explicit ActivityLogWidget(ActivityLog *log, QWidget *parent = nullptr);

    //! Returns the path to write, or an empty string for "cancelled". Tests inject one instead
    //! of the file dialog.
    using FileNameProvider = std::function<QString(const QString &suggestedPath)>;
    void setFileNameProvider(FileNameProvider provider) { m_fileNames = std::move(provider); }
    //! The export time written into the file and the date in the suggested name.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    ActivityLogModel *model() const { return m_model; }
    //! Rows left after the filters.
    int visibleRowCount() const;
    //! The CSV of the rows the filters leave, in the order shown.
    QByteArray exportCsv() const;
    //! "activity-log-2026-11-25.csv" in the Documents folder, then in the last folder used.
    QString suggestedPath() const;

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setFailedOnly(bool failedOnly);
    //! Asks for a file name and writes exportCsv() there; true when a file was written.
    bool exportCsvAs();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void updateSummary();
    void fitColumns();
    void showDetails();
    void showStatus(const QString &text, bool problem);
    QString filterDescription() const;

    QPointer<ActivityLog> m_log;
    ActivityLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    FileNameProvider m_fileNames;
    std::function<QDateTime()> m_clock;
    QString m_directory;
};

} // namespace Density
