#include "sensorhealthpage.h"

#include "api/densityclient.h"
#include "models/sensorhealthfilterproxymodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Density {

namespace {

//! Button ids in the group: the HealthStatus value, or AllId (not -1: QButtonGroup reads -1 as
//! "assign one").
constexpr int AllId = 100;

int idOf(std::optional<HealthStatus> status) {
    return status ? int(*status) : AllId;
}

//! Offline, degraded and unknown must look different from each other and from healthy
//! (ARCHITECTURE.md §3), and not by colour alone: weight and slant differ too.
class HealthStatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = HealthStatus(index.data(SensorHealthModel::HealthStatusRole).toInt());
        QColor colour;
        switch (status) {
        case HealthStatus::Healthy:
            return;
        case HealthStatus::Offline:
            colour = QColor(0xc6, 0x28, 0x28);
            option->font.setBold(true);
            break;
        case HealthStatus::Degraded:
            colour = QColor(0xa8, 0x5d, 0x00);
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

} // namespace

SensorHealthPage::SensorHealthPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_model(new SensorHealthModel(this))
    , m_proxy(new SensorHealthFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_filters(new QButtonGroup(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this)) {
    // Names come from the tree at display time, so a renamed space reads right after the next
    // portfolio load without refetching sensors.
    m_model->setNameLookup([this](const QString &id) {
        const Space *space = m_spaces ? m_spaces->spaceById(id) : nullptr;
        return space ? space->name : QString();
    });
    m_proxy->setSourceModel(m_model);

    // The summary gets its own wrapping line: long translations must not widen the page.
    m_summary->setWordWrap(true);
    auto *filterRow = new QHBoxLayout;
    const std::pair<std::optional<HealthStatus>, QString> filters[] = {
        {HealthStatus::Offline, tr("Offline")},
        {HealthStatus::Degraded, tr("Degraded")},
        {HealthStatus::Unknown, tr("Unknown")},
        {std::nullopt, tr("All")},
    };
    for (const auto &[status, text] : filters) {
        auto *button = new QPushButton(text, this);
        button->setCheckable(true);
        m_filters->addButton(button, idOf(status));
        filterRow->addWidget(button);
    }
    m_filters->setExclusive(true);
    m_filters->button(AllId)->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) {
        setStatusFilter(id == AllId ? std::nullopt : std::optional(HealthStatus(id)));
    });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(SensorHealthModel::StatusColumn,
                                      new HealthStatusDelegate(m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SensorHealthPage::updateDetails);

    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(6);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 180});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    connect(m_model, &SensorHealthModel::modelReset, this, [this] {
        updateSummary();
        updateDetails();
        m_table->resizeColumnsToContents();
    });
    connect(m_model, &SensorHealthModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            Q_EMIT progressChanged(0, 0, tr("Loading sensors and their health…"));
        else
            Q_EMIT finished();
    });
    connect(m_model, &SensorHealthModel::loadFailed, this, [this](const QString &message) {
        Q_EMIT failed(tr("Sensor health could not be loaded: %1").arg(message));
    });
    updateSummary();
    updateDetails();
}

void SensorHealthPage::setSelection(const QList<Space> &spaces) {
    QStringList ids;
    for (const Space &space : spaces)
        ids.append(space.id);
    if (ids == m_spaceIds && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    m_spaceIds = ids;
    reload();
}

void SensorHealthPage::reload() {
    // An empty filter would ask for the whole portfolio; without a selection there is nothing
    // to show rather than everything.
    if (m_spaceIds.isEmpty() || !m_spaces || !m_spaces->client()) {
        m_model->cancelLoad();
        m_model->setSensors({}, {});
        return;
    }
    m_model->load(m_spaces->client(), m_spaceIds);
}

void SensorHealthPage::cancel() {
    m_model->cancelLoad();
}

bool SensorHealthPage::isLoading() const {
    return m_model->isLoading();
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

QString SensorHealthPage::summaryText() const {
    return m_summary->text();
}

QString SensorHealthPage::detailsText() const {
    return m_details->text();
}

void SensorHealthPage::updateSummary() {
    if (m_spaceIds.isEmpty()) {
        m_summary->setText(tr("Select a building or floor to see its sensors."));
        return;
    }
    m_summary->setText(m_model->summary());
}

void SensorHealthPage::updateDetails() {
    // A newer selection supersedes the history still loading for the previous one.
    m_historyCall.abort();
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const Sensor *sensor = current.isValid() ? m_model->sensor(current.row()) : nullptr;
    if (!sensor) {
        m_details->setText(tr("Select a sensor to see its network addresses and health history."));
        return;
    }
    const QString serial = sensor->serialNumber;
    const QStringList addresses = SensorHealthModel::addressLines(*sensor);
    DensityClient *client = m_spaces ? m_spaces->client() : nullptr;
    if (!client) {
        showDetails(serial, addresses, QString());
        return;
    }
    showDetails(serial, addresses, tr("Loading health history…"));
    TimeRange range;
    range.end = QDateTime::currentDateTimeUtc();
    range.end.setTime(QTime(range.end.time().hour(), range.end.time().minute()));
    range.start = range.end.addDays(-HistoryDays);
    SensorFilter filter;
    filter.serialNumbers = {serial};
    m_historyCall = client->sensorHealthHistory(
        range, filter, this,
        [this, serial, addresses](const Result<QMap<QString, QList<SensorHealthChange>>> &result) {
            if (!result) {
                showDetails(
                    serial, addresses,
                    tr("Health history could not be loaded: %1").arg(result.error().message()));
                return;
            }
            const QList<SensorHealthChange> changes = result.value().value(serial);
            QStringList lines;
            std::optional<HealthStatus> previous;
            for (const SensorHealthChange &change : changes) {
                // Each stitched 10-day window restates the status at its start; only real
                // changes belong on the timeline.
                if (previous == change.status)
                    continue;
                previous = change.status;
                const QDateTime at = QDateTime::fromString(change.timestamp, Qt::ISODateWithMs);
                const QString when = at.isValid()
                                         ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : change.timestamp;
                lines.append(tr("%1  %2").arg(when, SensorHealthModel::statusText(change.status)));
            }
            const QString heading =
                tr("Health changes in the last %1 days (UTC):").arg(HistoryDays);
            showDetails(serial, addresses,
                        lines.isEmpty()
                            ? tr("No health changes in the last %1 days.").arg(HistoryDays)
                            : heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        });
}

void SensorHealthPage::showDetails(const QString &serial, const QStringList &addresses,
                                   const QString &history) {
    QString text = tr("Sensor %1").arg(serial) + QLatin1Char('\n');
    text += addresses.isEmpty() ? tr("No network addresses reported.")
                                : addresses.join(QLatin1Char('\n'));
    if (!history.isEmpty())
        text += QLatin1String("\n\n") + history;
    m_details->setText(text);
}

} // namespace Density
