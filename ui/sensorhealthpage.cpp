#include "sensorhealthpage.h"

#include "analytics/healthtimeline.h"
#include "api/densityclient.h"
#include "api/windowing.h"
#include "appicons.h"
#include "apptheme.h"
#include "healthtimelinewidget.h"
#include "models/doorwaymodel.h"
#include "models/sensorhealthfilterproxymodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Density {

namespace {

//! Button ids in the group: the HealthStatus value, or AllId (not -1: QButtonGroup reads -1 as
//! "assign one").
constexpr int AllId = 100;
//! Range presets, in days back from now; 0 = custom dates.
constexpr int Presets[] = {7, 30, 90};
constexpr int CustomDays = 0;

int idOf(std::optional<HealthStatus> status) {
    return status ? int(*status) : AllId;
}

//! The health column's state icon beside the word (DecorationRole), added here because the
//! model is core and knows nothing of QtGui icons. It follows the application's palette at
//! each call, so a theme switch needs no reset.
class HealthIconProxyModel : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::DecorationRole && index.column() == SensorHealthModel::StatusColumn) {
            const QVariant status = index.data(SensorHealthModel::HealthStatusRole);
            return AppIcons::health(status.isValid() ? HealthStatus(status.toInt())
                                                     : HealthStatus::Unknown);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

//! Offline, degraded and unknown must look different from each other and from healthy
//! (ARCHITECTURE.md §3), and not by colour alone: weight and slant differ too.
class HealthStatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = HealthStatus(index.data(SensorHealthModel::HealthStatusRole).toInt());
        // The variant for the view's palette, which is what the cell is painted on.
        if (option->features.testFlag(QStyleOptionViewItem::HasDecoration))
            option->icon = AppIcons::health(status, option->palette);
        QColor colour;
        switch (status) {
        case HealthStatus::Healthy:
            return;
        case HealthStatus::Offline:
            // From the view's palette: 4.5:1 on light and dark rows alike.
            colour = AppTheme::errorTextColour(option->palette);
            option->font.setBold(true);
            break;
        case HealthStatus::Degraded:
            colour = AppTheme::warningTextColour(option->palette);
            option->font.setBold(true);
            break;
        case HealthStatus::Unknown:
            colour = option->palette.color(QPalette::PlaceholderText);
            option->font.setItalic(true);
            break;
        }
        option->palette.setColor(QPalette::Text, colour);
    }
};

void setUpTable(QTableView *table) {
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

} // namespace

SensorHealthPage::SensorHealthPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_model(new SensorHealthModel(this))
    , m_proxy(new SensorHealthFilterProxyModel(this))
    , m_doorways(new DoorwayModel(this))
    , m_doorwayProxy(new QSortFilterProxyModel(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_summary(new QLabel(this))
    , m_filters(new QButtonGroup(this)) {
    // Names come from the tree at display time, so a renamed space reads right after the next
    // portfolio load without refetching sensors.
    const auto names = [this](const QString &id) {
        const Space *space = m_spaces ? m_spaces->spaceById(id) : nullptr;
        return space ? space->name : QString();
    };
    m_model->setNameLookup(names);
    // Row for row the same as m_model, so m_proxy->mapToSource() rows still index m_model.
    auto *withIcons = new HealthIconProxyModel(this);
    withIcons->setSourceModel(m_model);
    m_proxy->setSourceModel(withIcons);
    m_doorways->setNameLookup(names);
    m_doorways->setHealthLookup([this](const QString &serial) -> std::optional<HealthStatus> {
        const auto found = m_healthBySerial.constFind(serial);
        if (found == m_healthBySerial.cend())
            return std::nullopt;
        return *found;
    });
    m_doorwayProxy->setSourceModel(m_doorways);
    m_doorwayProxy->setSortRole(DoorwayModel::SortRole);
    m_doorwayProxy->setFilterKeyColumn(-1);
    m_doorwayProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // The summary gets its own wrapping line: long translations must not widen the page.
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildSensorsTab(), tr("Sensors"));
    m_tabs->addTab(buildDoorwaysTab(), tr("Doorways"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    // A refresh keeps the sensors the user picked (by serial number), so the timeline survives
    // Refresh and shows a sensor that just went offline.
    connect(m_model, &SensorHealthModel::modelAboutToBeReset, this, [this] {
        m_keptSerials = selectedSerials();
        const QModelIndex current = m_table->currentIndex();
        m_keptCurrent =
            current.isValid() ? current.data(SensorHealthModel::SerialRole).toString() : QString();
    });
    connect(m_model, &SensorHealthModel::modelReset, this, [this] {
        restoreSelection();
        m_healthBySerial.clear();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (const SensorHealth *health = m_model->health(row))
                m_healthBySerial.insert(health->serialNumber, health->status);
        }
        m_doorways->healthChanged();
        updateSummary();
        // A reset drops the selection without selectionChanged: the timeline follows here.
        loadTimeline();
        m_table->resizeColumnsToContents();
    });
    connect(m_model, &SensorHealthModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            Q_EMIT progressChanged(0, 0, tr("Loading sensors and their health…"));
        else
            reportIdle();
    });
    connect(m_model, &SensorHealthModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT failed(tr("Sensor health could not be loaded: %1").arg(message));
    });
    connect(m_doorways, &DoorwayModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT failed(tr("Doorways could not be loaded: %1").arg(message));
    });
    connect(m_doorways, &DoorwayModel::modelReset, this, [this] {
        m_tabs->setTabText(1, tr("Doorways (%1)").arg(m_doorways->rowCount()));
        m_doorwayTable->resizeColumnsToContents();
    });
    updateRangeControls();
    updateSummary();
    loadTimeline();
}

QWidget *SensorHealthPage::buildSensorsTab() {
    auto *tab = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    const std::pair<std::optional<HealthStatus>, QString> filters[] = {
        {HealthStatus::Offline, tr("Offline")},
        {HealthStatus::Degraded, tr("Degraded")},
        {HealthStatus::Unknown, tr("Unknown")},
        {std::nullopt, tr("All")},
    };
    for (const auto &[status, text] : filters) {
        auto *button = new QPushButton(text, tab);
        button->setCheckable(true);
        m_filters->addButton(button, idOf(status));
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    m_filters->setExclusive(true);
    m_filters->button(AllId)->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) {
        setStatusFilter(id == AllId ? std::nullopt : std::optional(HealthStatus(id)));
    });

    m_table = new QTableView(tab);
    m_table->setAccessibleName(tr("Sensors"));
    m_table->setModel(m_proxy);
    setUpTable(m_table);
    m_table->sortByColumn(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(SensorHealthModel::StatusColumn,
                                      new HealthStatusDelegate(m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SensorHealthPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SensorHealthPage::loadTimeline);

    // The range: presets, or any dates. The dates always show the range in force, so picking
    // one switches to "Custom dates" from what is shown.
    m_rangeChoice = new QComboBox(tab);
    // Long translations must not set the page's minimum width; the popup shows them whole.
    m_rangeChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rangeChoice->setMinimumContentsLength(12);
    for (int days : Presets)
        m_rangeChoice->addItem(tr("Last %1 days").arg(days), days);
    m_rangeChoice->addItem(tr("Custom dates"), CustomDays);
    m_from = new QDateEdit(tab);
    m_to = new QDateEdit(tab);
    m_from->setAccessibleName(tr("History from"));
    m_to->setAccessibleName(tr("History until"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    connect(m_rangeChoice, &QComboBox::activated, this, [this](int index) {
        const int days = m_rangeChoice->itemData(index).toInt();
        if (days == CustomDays)
            setHistoryDates(m_from->date(), m_to->date());
        else
            setHistoryDays(days);
    });
    const auto datesEdited = [this] { setHistoryDates(m_from->date(), m_to->date()); };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);

    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Health history:"), tab);
    rangeLabel->setBuddy(m_rangeChoice);
    rangeLabel->setWordWrap(true);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_rangeChoice);
    rangeRow->addWidget(m_from);
    //: Between the two dates of the history range.
    rangeRow->addWidget(new QLabel(tr("to"), tab));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);

    m_timeline = new HealthTimelineWidget(tab);
    connect(m_timeline, &HealthTimelineWidget::rowClicked, this, [this](int row) {
        // Clicking a row shows that sensor in the details pane; the selection stays.
        const QString serial = m_timeline->rows().value(row).label;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex index = m_proxy->index(r, 0);
            if (index.data(SensorHealthModel::SerialRole).toString() == serial) {
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                m_table->scrollTo(index);
                return;
            }
        }
    });
    auto *timelineScroll = new QScrollArea(tab);
    timelineScroll->setAccessibleName(tr("Health history of the selected sensors"));
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    timelineScroll->setWidget(m_timeline);
    auto *timelinePanel = new QWidget(tab);
    auto *timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(rangeRow);
    timelineLayout->addWidget(timelineScroll, 1);

    m_details = new QLabel(tab);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(6);
    auto *detailsScroll = new QScrollArea(tab);
    detailsScroll->setAccessibleName(tr("Sensor details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);

    auto *bottom = new QSplitter(Qt::Horizontal, tab);
    bottom->addWidget(timelinePanel);
    bottom->addWidget(detailsScroll);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({700, 260});

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 240});

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *SensorHealthPage::buildDoorwaysTab() {
    auto *tab = new QWidget(this);
    m_doorwayFilter = new QLineEdit(tab);
    m_doorwayFilter->setAccessibleName(tr("Filter doorways"));
    m_doorwayFilter->setPlaceholderText(tr("Filter by doorway, sensor or space"));
    m_doorwayFilter->setClearButtonEnabled(true);
    connect(m_doorwayFilter, &QLineEdit::textChanged, m_doorwayProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_doorwayTable = new QTableView(tab);
    m_doorwayTable->setAccessibleName(tr("Doorways"));
    m_doorwayTable->setModel(m_doorwayProxy);
    setUpTable(m_doorwayTable);
    m_doorwayTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_doorwayTable->sortByColumn(DoorwayModel::NameColumn, Qt::AscendingOrder);
    auto *note = new QLabel(tr("Each doorway is one entry point watched by an entry sensor; "
                               "hover the linked spaces for the sensor's placement."),
                            tab);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_doorwayFilter);
    layout->addWidget(m_doorwayTable, 1);
    layout->addWidget(note);
    return tab;
}

void SensorHealthPage::setSelection(const QList<Space> &spaces) {
    QStringList ids;
    for (const Space &space : spaces)
        ids.append(space.id);
    if (ids == m_spaceIds && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    m_selection = spaces;
    m_spaceIds = ids;
    load(false);
}

void SensorHealthPage::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    updateRangeControls();
}

void SensorHealthPage::reload() {
    load(true);
}

void SensorHealthPage::load(bool refetchDoorways) {
    updateDoorwayScope();
    // An empty filter would ask for the whole portfolio; without a selection there is nothing
    // to show rather than everything.
    if (m_spaceIds.isEmpty() || !m_spaces || !m_spaces->client()) {
        m_model->cancelLoad();
        m_model->setSensors({}, {});
        return;
    }
    m_model->load(m_spaces->client(), m_spaceIds);
    // Doorways take no filter: one list, narrowed here to the selection; Refresh refetches it,
    // and so does a new connection (its client differs).
    DensityClient *client = m_spaces->client();
    if (!m_doorways->isLoading() &&
        (refetchDoorways || !m_doorways->isLoaded() || m_doorwayClient != client)) {
        m_doorwayClient = client;
        m_doorways->load(client);
    }
}

void SensorHealthPage::cancel() {
    const bool timelineRunning = m_timelineCall.isRunning();
    // An aborted call is deleted later; forget it now so isLoading() is false at once.
    m_timelineCall.abort();
    m_timelineCall = {};
    ++m_timelineGeneration;
    m_doorways->cancelLoad();
    m_model->cancelLoad();
    if (timelineRunning) {
        m_timeline->setMessage(tr("Loading the health history was cancelled."));
        updateDetails();
        reportIdle();
    }
}

bool SensorHealthPage::isLoading() const {
    return m_model->isLoading() || m_timelineCall.isRunning();
}

void SensorHealthPage::reportIdle() {
    if (!isLoading())
        Q_EMIT finished();
}

void SensorHealthPage::setStatusFilter(std::optional<HealthStatus> status) {
    m_proxy->setStatusFilter(status);
    if (QAbstractButton *button = m_filters->button(idOf(status)))
        button->setChecked(true);
    updateDetails();
}

std::optional<HealthStatus> SensorHealthPage::statusFilter() const {
    return m_proxy->statusFilter();
}

QAbstractButton *SensorHealthPage::filterButton(std::optional<HealthStatus> status) const {
    return m_filters->button(idOf(status));
}

void SensorHealthPage::setHistoryDays(int days) {
    m_historyDays = std::max(1, days);
    updateRangeControls();
    loadTimeline();
}

void SensorHealthPage::setHistoryDates(const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid())
        return;
    m_historyDays = CustomDays;
    m_customFrom = std::min(from, to);
    m_customTo = std::max(from, to);
    updateRangeControls();
    loadTimeline();
}

TimeRange SensorHealthPage::historyRange() const {
    QDateTime now = m_clock().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    TimeRange range;
    if (m_historyDays != CustomDays) {
        range.end = now;
        range.start = now.addDays(-m_historyDays);
        return range;
    }
    // Whole local days, the last one up to now at most.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    range.start = QDateTime(m_customFrom, QTime(0, 0), zone).toUTC();
    range.end = std::min(QDateTime(m_customTo.addDays(1), QTime(0, 0), zone).toUTC(), now);
    if (range.start > range.end)
        range.start = range.end;
    return range;
}

void SensorHealthPage::updateRangeControls() {
    int index = m_rangeChoice->findData(m_historyDays);
    if (index < 0) {
        // Any other number of days gets its own entry, just before "Custom dates".
        for (int i = m_rangeChoice->count() - 1; i >= 0; --i) {
            const int days = m_rangeChoice->itemData(i).toInt();
            if (days != CustomDays &&
                std::find(std::begin(Presets), std::end(Presets), days) == std::end(Presets))
                m_rangeChoice->removeItem(i);
        }
        m_rangeChoice->insertItem(m_rangeChoice->findData(CustomDays),
                                  tr("Last %1 days").arg(m_historyDays), m_historyDays);
        index = m_rangeChoice->findData(m_historyDays);
    }
    m_rangeChoice->setCurrentIndex(index);
    const TimeRange range = historyRange();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.start.toTimeZone(zone).date());
    // An end at local midnight belongs to the day before.
    m_to->setDate(range.end.toTimeZone(zone).addMSecs(-1).date());
}

void SensorHealthPage::restoreSelection() {
    const QStringList serials = std::exchange(m_keptSerials, {});
    const QString current = std::exchange(m_keptCurrent, {});
    if (serials.isEmpty() && current.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex currentIndex;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const QString serial = index.data(SensorHealthModel::SerialRole).toString();
        if (serials.contains(serial))
            selection.select(index, index);
        if (serial == current)
            currentIndex = index;
    }
    // Quietly: the reset handler loads the timeline once for the restored selection.
    QItemSelectionModel *model = m_table->selectionModel();
    const QSignalBlocker blocker(model);
    if (currentIndex.isValid())
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

QStringList SensorHealthPage::selectedSerials() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows(SensorHealthModel::SerialColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList serials;
    for (const QModelIndex &index : rows)
        serials.append(index.data(SensorHealthModel::SerialRole).toString());
    return serials;
}

void SensorHealthPage::loadTimeline() {
    // A newer selection or range supersedes the history still loading for the previous one.
    const bool wasRunning = m_timelineCall.isRunning();
    m_timelineCall.abort();
    m_timelineCall = {};
    const int generation = ++m_timelineGeneration;
    m_history.clear();
    const TimeRange range = historyRange();
    m_loadedRange = range;
    m_timeline->setRange(range);
    m_timeline->setRows({});

    QStringList serials = selectedSerials();
    DensityClient *client = m_spaces ? m_spaces->client() : nullptr;
    if (serials.isEmpty() || !client || range.start >= range.end) {
        if (range.start >= range.end)
            m_timeline->setMessage(tr("The chosen range lies in the future: there is no history "
                                      "for it yet."));
        else
            m_timeline->setMessage(tr("Select one or more sensors in the table (Ctrl or Shift "
                                      "for several) to see their health over time."));
        updateDetails();
        if (wasRunning)
            reportIdle();
        return;
    }
    if (serials.size() > MaxTimelineSensors)
        serials = serials.mid(0, MaxTimelineSensors);

    const int windows =
        int(Windowing::split(range, Windowing::HealthHistoryMaxSeconds, true).size());
    const QString loading =
        serials.size() == 1 ? tr("Loading the health history of 1 sensor…")
                            : tr("Loading the health history of %1 sensors…").arg(serials.size());
    m_timeline->setMessage(loading);
    SensorFilter filter;
    filter.serialNumbers = serials;
    m_timelineCall = client->sensorHealthHistory(
        range, filter, this,
        [this, generation,
         serials](const Result<QMap<QString, QList<SensorHealthChange>>> &result) {
            if (generation != m_timelineGeneration)
                return; // an older selection or range: never shown in the newer view
            m_timelineCall = {};
            if (!result) {
                m_timeline->setMessage(
                    tr("Health history could not be loaded: %1").arg(result.error().message()));
                updateDetails();
                reportIdle();
                Q_EMIT failed(
                    tr("Health history could not be loaded: %1").arg(result.error().message()));
                return;
            }
            QMap<QString, QList<SensorHealthChange>> history;
            for (const QString &serial : serials)
                history.insert(serial, result.value().value(serial));
            finishTimeline(history);
        });
    updateDetails();
    Q_EMIT progressChanged(0, windows, tr("Loading health history: window 1 of %1").arg(windows));
    m_timelineCall.onProgress(this, [this, generation, loading](int done, int total) {
        if (generation != m_timelineGeneration)
            return;
        const QString text =
            tr("Loading health history: window %1 of %2").arg(std::min(done + 1, total)).arg(total);
        m_timeline->setMessage(loading + QLatin1Char('\n') + text);
        Q_EMIT progressChanged(done, total, text);
    });
}

void SensorHealthPage::finishTimeline(const QMap<QString, QList<SensorHealthChange>> &history) {
    m_history = history;
    QList<HealthTimelineWidget::Row> rows;
    // Table order, not the map's.
    for (const QString &serial : selectedSerials().mid(0, MaxTimelineSensors)) {
        if (!history.contains(serial))
            continue;
        rows.append({serial, HealthTimeline::segments(history.value(serial), m_loadedRange)});
    }
    const int selected = int(selectedSerials().size());
    m_timeline->setMessage(selected > MaxTimelineSensors
                               ? tr("Showing the first %1 of %2 selected sensors.")
                                     .arg(MaxTimelineSensors)
                                     .arg(selected)
                               : QString());
    m_timeline->setRows(rows);
    updateDetails();
    reportIdle();
}

QString SensorHealthPage::summaryText() const {
    return m_summary->text();
}

QString SensorHealthPage::detailsText() const {
    return m_details->text();
}

QString SensorHealthPage::timelineMessage() const {
    return m_timeline->message();
}

void SensorHealthPage::updateSummary() {
    if (m_spaceIds.isEmpty()) {
        m_summary->setText(tr("Select a building or floor to see its sensors."));
        return;
    }
    m_summary->setText(m_model->summary());
}

QString SensorHealthPage::rangeText() const {
    if (m_historyDays != CustomDays)
        return tr("the last %1 days").arg(m_historyDays);
    const QLocale here = locale();
    //: A date range, e.g. "1 Nov 2026 to 15 Nov 2026".
    return tr("%1 to %2")
        .arg(here.toString(m_customFrom, QLocale::ShortFormat),
             here.toString(m_customTo, QLocale::ShortFormat));
}

QString SensorHealthPage::historyText(const QString &serial) const {
    if (!m_history.contains(serial)) {
        if (m_timelineCall.isRunning() && selectedSerials().contains(serial))
            return tr("Loading health history…");
        return QString();
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QList<HealthSegment> segments =
        HealthTimeline::segments(m_history.value(serial), m_loadedRange);
    QStringList lines;
    for (const HealthSegment &segment : segments) {
        const QString when = HealthTimelineWidget::timeText(segment.start, zone);
        QString line = tr("%1  %2").arg(when, HealthTimelineWidget::statusText(segment));
        if (segment.atRangeStart)
            line += QLatin1Char(' ') + tr("(at the start of the range)");
        lines.append(line);
    }
    //: %1 e.g. "the last 30 days", %2 time zone.
    const QString heading =
        tr("Health in %1 (local time, %2):").arg(rangeText(), QString::fromUtf8(zone.id()));
    if (segments.size() <= 1)
        lines.append(tr("No health changes in %1.").arg(rangeText()));
    return heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void SensorHealthPage::updateDetails() {
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const Sensor *sensor = current.isValid() ? m_model->sensor(current.row()) : nullptr;
    if (!sensor) {
        m_details->setText(tr("Select a sensor to see its network addresses and health history."));
        return;
    }
    const QStringList addresses = SensorHealthModel::addressLines(*sensor);
    QString text = tr("Sensor %1").arg(sensor->serialNumber) + QLatin1Char('\n');
    text += addresses.isEmpty() ? tr("No network addresses reported.")
                                : addresses.join(QLatin1Char('\n'));
    const QString history = historyText(sensor->serialNumber);
    if (!history.isEmpty())
        text += QLatin1String("\n\n") + history;
    m_details->setText(text);
}

void SensorHealthPage::updateDoorwayScope() {
    // A root of the tree (the portfolio's campus) means every doorway; otherwise those linking
    // a space in the selected buildings or floors.
    if (m_spaceIds.isEmpty() || !m_spaces) {
        m_doorways->setScope(QSet<QString>());
        return;
    }
    QSet<QString> scope;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &index) {
        if (const Space *space = m_spaces->space(index))
            scope.insert(space->id);
        for (int row = 0; row < m_spaces->rowCount(index); ++row)
            walk(m_spaces->index(row, 0, index));
    };
    for (const QString &id : m_spaceIds) {
        const QModelIndex index = m_spaces->indexOf(id);
        if (!index.isValid()) {
            scope.insert(id);
            continue;
        }
        if (!index.parent().isValid()) {
            m_doorways->setScope(std::nullopt);
            return;
        }
        walk(index);
    }
    m_doorways->setScope(scope);
}

QString SensorHealthPage::selectionName() const {
    QStringList names;
    for (const Space &space : m_selection)
        names.append(space.name.isEmpty() ? space.id : space.name);
    return names.join(QStringLiteral(", "));
}

} // namespace Density
