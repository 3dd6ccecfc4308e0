#include "activitylogwidget.h"

#include "admin/activitylog.h"
#include "analyticspage.h" // complete type for ExportController's QPointer
#include "export/activitylogcsv.h"
#include "export/exportfilename.h"
#include "exportcontroller.h"
#include "models/activitylogmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Density {
namespace {

//! Text (every word, in any column, case-insensitive) and outcome filters together.
class ActivityLogFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text) {
        m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }
    void setFailedOnly(bool failedOnly) {
        m_failedOnly = failedOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        const QAbstractItemModel *source = sourceModel();
        if (m_failedOnly) {
            const int outcome =
                source->index(row, 0, parent).data(ActivityLogModel::OutcomeRole).toInt();
            if (outcome == int(ActivityEntry::Outcome::Applied))
                return false;
        }
        if (m_words.isEmpty())
            return true;
        QString haystack;
        for (int column = 0; column < source->columnCount(parent); ++column)
            haystack +=
                source->index(row, column, parent).data(ActivityLogModel::FullTextRole).toString() +
                QLatin1Char('\n');
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
    bool m_failedOnly = false;
};

} // namespace

ActivityLogWidget::ActivityLogWidget(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActivityLogModel(log, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    auto *proxy = new ActivityLogFilter(this);
    proxy->setSourceModel(m_model);
    m_proxy = proxy;

    auto *intro = new QLabel(
        tr("Admin changes made from this app on this computer: when, what, the values before "
           "and after, and the outcome. Newest first; point at a cell to read all of it."),
        this);
    intro->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, target, values or detail"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("activityOutcomeFilter"));
    m_outcome->addItem(tr("All outcomes"));
    m_outcome->addItem(tr("Failed or partly applied only"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity log"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActivityLogModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityLogModel::OutcomeColumn, QHeaderView::ResizeToContents);
    //! Shown second (the model keeps the documented order, as does the CSV): whether a change
    //! went through is what people scan for, and it must not scroll out of sight.
    header->moveSection(header->visualIndex(ActivityLogModel::OutcomeColumn), 1);
    fitColumns();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("activityEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    //! The selected entry in full, wrapped: the cells are one line each.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("activityDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->hide();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("activityCount"));
    m_count->setWordWrap(true);

    m_export = new QPushButton(tr("Export CSV\u2026"), this);
    m_export->setObjectName(QStringLiteral("activityExportButton"));
    m_export->setToolTip(tr("Save the entries the filters show as a CSV file."));

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_export);

    //! A read-only line edit rather than a label: a long path scrolls instead of widening the
    //! window, and it can be selected and copied.
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("activityLogPath"));
    m_path->setReadOnly(true);
    m_path->setFrame(false);
    m_path->setText(m_log ? QDir::toNativeSeparators(m_log->filePath()) : QString());
    m_path->setCursorPosition(0);
    m_path->setToolTip(m_path->text());
    m_path->setAccessibleName(tr("Log file"));
    QPalette pathPalette = m_path->palette();
    pathPalette.setColor(QPalette::Base, pathPalette.color(QPalette::Window));
    m_path->setPalette(pathPalette);
    auto *pathLabel = new QLabel(tr("Log file (kept on this computer only):"), this);
    pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addLayout(countRow);
    layout->addLayout(pathRow);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, &ActivityLogWidget::setFilterText);
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFailedOnly(index == 1); });
    connect(m_export, &QPushButton::clicked, this, &ActivityLogWidget::exportCsvAs);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityLogWidget::showDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityLogWidget::showDetails);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityLogWidget::showDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityLogWidget::showDetails);
    //! The source's signals too: an entry the filters hide changes "N of M" without any
    //! signal from the proxy. The proxy connected first, so it is up to date by then.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityLogWidget::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogWidget::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->rowCount() == 1)
            fitColumns();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityLogWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityLogWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityLogWidget::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityLogWidget::updateSummary);
    if (m_log) {
        connect(m_log, &ActivityLog::recorded, this, [this] {
            if (m_log && !m_log->lastError().isEmpty())
                showStatus(m_log->lastError(), true);
        });
    }
    updateSummary();
}

void ActivityLogWidget::fitColumns() {
    //! Each column as wide as its content, within bounds: ids and values stay readable, one
    //! long detail cannot push the others off screen (the tooltip has the rest).
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = ActivityLogModel::ConnectionColumn; column < ActivityLogModel::ColumnCount;
         ++column) {
        if (column == ActivityLogModel::OutcomeColumn)
            continue;
        const int widest =
            column == ActivityLogModel::ConnectionColumn ? 14 * em
            : column == ActivityLogModel::DetailColumn   ? 40 * em
            : column == ActivityLogModel::BeforeColumn || column == ActivityLogModel::AfterColumn
                ? 16 * em
                : 18 * em;
        header->resizeSection(column, qBound(8 * em, header->sectionSize(column), widest));
    }
}

int ActivityLogWidget::visibleRowCount() const {
    return m_proxy->rowCount();
}

void ActivityLogWidget::setFilterText(const QString &text) {
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    static_cast<ActivityLogFilter *>(m_proxy)->setWords(text);
    updateSummary();
}

void ActivityLogWidget::setFailedOnly(bool failedOnly) {
    if (m_outcome->currentIndex() != (failedOnly ? 1 : 0))
        m_outcome->setCurrentIndex(failedOnly ? 1 : 0);
    static_cast<ActivityLogFilter *>(m_proxy)->setFailedOnly(failedOnly);
    updateSummary();
}

void ActivityLogWidget::showDetails() {
    const QModelIndex current = m_table->currentIndex();
    const ActivityEntry *e =
        current.isValid() ? m_model->entry(m_proxy->mapToSource(current).row()) : nullptr;
    if (!e) {
        m_details->clear();
        m_details->hide();
        return;
    }
    QStringList lines;
    //: %1 action, %2 target, %3 outcome with its symbol.
    lines.append(tr("%1 \u2014 %2: %3")
                     .arg(e->action, e->target, ActivityLogModel::outcomeLabel(e->outcome)));
    if (!e->before.isEmpty())
        lines.append(tr("Before: %1").arg(e->before));
    if (!e->after.isEmpty())
        lines.append(tr("After: %1").arg(e->after));
    if (!e->detail.isEmpty())
        lines.append(e->detail);
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->show();
}

void ActivityLogWidget::updateSummary() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (total == 0) {
        m_empty->setText(tr("No admin changes have been made from this app yet. Changes to "
                            "labels, spaces and users appear here as they are applied."));
    } else if (shown == 0) {
        m_empty->setText(tr("No entries match the filter."));
    }
    m_empty->setVisible(shown == 0);
    m_count->setText(shown == total ? tr("%n entries", nullptr, total)
                                    //: %1 entries shown, %n entries in the log.
                                    : tr("%1 of %n entries shown", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
}

void ActivityLogWidget::showStatus(const QString &text, bool problem) {
    m_status->setText(problem ? tr("\u26a0 %1").arg(text) : text);
    m_status->setVisible(!text.isEmpty());
}

QString ActivityLogWidget::filterDescription() const {
    QStringList parts;
    const QString text = m_filter->text().simplified();
    if (!text.isEmpty())
        //: %1 the words typed into the filter box.
        parts.append(tr("entries containing \u201c%1\u201d").arg(text));
    if (m_outcome->currentIndex() == 1)
        parts.append(tr("failed or partly applied only"));
    return parts.join(QLatin1String("; "));
}

QByteArray ActivityLogWidget::exportCsv() const {
    QList<ActivityEntry> entries;
    entries.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (const ActivityEntry *entry = m_model->entry(source.row()))
            entries.append(*entry);
    }
    ActivityLogCsvInfo info;
    info.logPath = m_log ? m_log->filePath() : QString();
    info.filter = filterDescription();
    info.totalEntries = m_model->rowCount();
    info.exportedAt = m_clock();
    return ActivityLogCsv::csv(entries, info);
}

QString ActivityLogWidget::suggestedPath() const {
    const QString directory =
        m_directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_directory;
    return QDir(directory).filePath(ExportFileNames::suggested(
        QStringLiteral("activity-log"), m_clock().toLocalTime().date(), QStringLiteral("csv")));
}

bool ActivityLogWidget::exportCsvAs() {
    if (visibleRowCount() == 0) {
        showStatus(tr("There are no entries to export."), true);
        return false;
    }
    //! Taken before the dialog: the file holds what was shown when the user asked.
    const QByteArray csv = exportCsv();
    const int rows = visibleRowCount();
    QString path;
    if (m_fileNames) {
        path = m_fileNames(suggestedPath());
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export Activity Log as CSV"), suggestedPath(),
                                            tr("CSV files (*.csv)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1String(".csv");
    }
    if (path.isEmpty())
        return false; // cancelled: nothing to say
    QString error;
    if (!ExportController::writeFile(path, csv, &error)) {
        showStatus(error, true);
        return false;
    }
    m_directory = QFileInfo(path).absolutePath();
    //: %n entries written, %1 the file.
    showStatus(tr("Saved %n entries to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)),
               false);
    Q_EMIT exported(path);
    return true;
}

} // namespace Density
