#include "sensorhealthpage.h"

#include "models/sensorhealthfilterproxymodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
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

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
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
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 120});

    auto *layout = new QVBoxLayout(this);
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
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const Sensor *sensor = current.isValid() ? m_model->sensor(current.row()) : nullptr;
    if (!sensor) {
        m_details->setText(tr("Select a sensor to see its network addresses."));
        return;
    }
    const QStringList lines = SensorHealthModel::addressLines(*sensor);
    const QString addresses =
        lines.isEmpty() ? tr("No network addresses reported.") : lines.join(QLatin1Char('\n'));
    m_details->setText(tr("Sensor %1\n%2").arg(sensor->serialNumber, addresses));
}

} // namespace Density
