#include "datacompletenessmodel.h"

#include "api/densityclient.h"
#include "models/spacetreemodel.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Density {

namespace {

const QString FloorType = QStringLiteral("floor");

//! Rounding 99.96 % up would print "100 %" next to "sensors offline"; values below 1 are cut
//! to one decimal instead, so only complete data ever reads 100 %.
constexpr double CompleteAt = 1.0 - 1e-9;

void collectFloors(const SpaceTreeModel &tree, const QModelIndex &index, QList<Space> &out,
                   QSet<QString> &seen) {
    const Space *space = tree.space(index);
    if (!space)
        return;
    if (space->spaceType == FloorType) {
        if (!seen.contains(space->id)) {
            seen.insert(space->id);
            out.append(*space);
        }
        return; // floors do not nest
    }
    for (int row = 0; row < tree.rowCount(index); ++row)
        collectFloors(tree, tree.index(row, 0, index), out, seen);
}

} // namespace

DataCompletenessModel::DataCompletenessModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QList<Space> DataCompletenessModel::floorsOf(const SpaceTreeModel &tree,
                                             const QList<Space> &selection) {
    QList<Space> floors;
    QSet<QString> seen;
    for (const Space &selected : selection) {
        QModelIndex index = tree.indexOf(selected.id);
        if (!index.isValid())
            continue;
        // A room or space resolves to the floor it is on.
        QModelIndex up = index;
        while (up.isValid() && tree.space(up)->spaceType != FloorType)
            up = up.parent();
        collectFloors(tree, up.isValid() ? up : index, floors, seen);
    }
    return floors;
}

void DataCompletenessModel::setTimeZone(const QTimeZone &zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_windows.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, int(m_windows.size()));
}

void DataCompletenessModel::load(DensityClient *client, const QList<Space> &floors,
                                 const TimeRange &range, const QDateTime &now) {
    cancelLoad();
    QStringList ids;
    for (const Space &floor : floors)
        ids.append(floor.id);
    if (ids.isEmpty() || !client) {
        // An empty list would ask for every floor of the organization.
        setResult(floors, {}, now);
        return;
    }
    const int generation = ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    RequestHandle call = client->dataStatus(
        range, ids, this,
        [this, generation, floors, now](const Result<QList<DataStatusWindow>> &result) {
            if (generation != m_generation)
                return;
            m_call = RequestHandle();
            m_loading = false;
            Q_EMIT loadingChanged(false);
            if (!result) {
                Q_EMIT loadFailed(result.error().message());
                return;
            }
            setResult(floors, result.value(), now);
        });
    // A call can fail before it starts (no token, bad base URL) and answer synchronously.
    if (!m_loading || generation != m_generation)
        return;
    m_call = call;
    m_call.onProgress(this, [this, generation](int done, int total) {
        if (generation == m_generation)
            Q_EMIT progressChanged(done, total);
    });
}

void DataCompletenessModel::cancelLoad() {
    if (!m_loading)
        return;
    ++m_generation;
    m_call.abort();
    m_call = RequestHandle();
    m_loading = false;
    Q_EMIT loadingChanged(false);
}

void DataCompletenessModel::clear() {
    setResult({}, {}, m_now);
}

void DataCompletenessModel::setResult(const QList<Space> &floors,
                                      const QList<DataStatusWindow> &windows,
                                      const QDateTime &now) {
    beginResetModel();
    m_floors = floors;
    m_now = now;
    m_windows.clear();
    for (const DataStatusWindow &window : windows)
        m_windows.append(TimeRange{window.start, window.end, TimestampStyle::Utc});
    m_cells.clear();
    m_applicable.clear();
    for (const Space &floor : std::as_const(m_floors)) {
        QList<Cell> row;
        bool anyValue = false;
        for (int w = 0; w < windows.size(); ++w) {
            const auto &byFloor = windows.at(w).completionByFloor;
            const auto found = byFloor.constFind(floor.id);
            Cell cell;
            if (found != byFloor.cend())
                cell.fraction = std::clamp(found.value(), 0.0, 1.0);
            anyValue = anyValue || cell.fraction.has_value();
            row.append(cell);
        }
        // The endpoint reports only floors with Open Area sensors: a floor missing from every
        // window has none. One missing from some windows only is a gap in the answer.
        const bool applicable = anyValue;
        for (int w = 0; w < row.size(); ++w)
            row[w].reason = applicable ? reasonFor(floor, m_windows.at(w), row.at(w).fraction)
                                       : Reason::NotApplicable;
        m_cells.append(row);
        m_applicable.append(applicable || windows.isEmpty());
    }
    endResetModel();
}

DataCompletenessModel::Reason
DataCompletenessModel::reasonFor(const Space &floor, const TimeRange &window,
                                 const std::optional<double> &fraction) const {
    if (!fraction)
        return Reason::NoValue;
    if (*fraction >= CompleteAt)
        return Reason::Complete;
    // Planning first: a floor that is not live yet is incomplete whatever the window's age.
    // So is a window that began before the floor went live.
    if (floor.status.compare(QLatin1String("planning"), Qt::CaseInsensitive) == 0)
        return Reason::Planning;
    const QDateTime goLive = QDateTime::fromString(floor.goLiveDateUtc, Qt::ISODate);
    if (goLive.isValid() && window.start < goLive)
        return Reason::Planning;
    if (m_now.isValid() && window.end > m_now.addSecs(-ProcessingLagSeconds))
        return Reason::Processing;
    return Reason::Offline;
}

TimeRange DataCompletenessModel::window(int index) const {
    return m_windows.value(index);
}

std::optional<double> DataCompletenessModel::fraction(int row, int window) const {
    if (row < 0 || row >= m_cells.size() || window < 0 || window >= m_windows.size())
        return std::nullopt;
    return m_cells.at(row).at(window).fraction;
}

DataCompletenessModel::Reason DataCompletenessModel::reason(int row, int window) const {
    if (row < 0 || row >= m_cells.size() || window < 0 || window >= m_windows.size())
        return Reason::NoValue;
    return m_cells.at(row).at(window).reason;
}

bool DataCompletenessModel::isApplicable(int row) const {
    return m_applicable.value(row, false);
}

int DataCompletenessModel::count(Reason reason) const {
    int n = 0;
    for (const QList<Cell> &row : m_cells) {
        for (const Cell &cell : row)
            n += cell.reason == reason ? 1 : 0;
    }
    return n;
}

QString DataCompletenessModel::summary() const {
    if (m_floors.isEmpty())
        return tr("No floors in this selection.");
    int complete = 0;
    int planning = 0;
    int processing = 0;
    int offline = 0;
    int notApplicable = 0;
    for (int row = 0; row < m_cells.size(); ++row) {
        if (!isApplicable(row) || m_cells.at(row).isEmpty()) {
            notApplicable += isApplicable(row) ? 0 : 1;
            continue;
        }
        // A floor counts under its most serious window: a gap anywhere is worth a look.
        bool anyOffline = false;
        bool anyPlanning = false;
        bool anyProcessing = false;
        for (const Cell &cell : m_cells.at(row)) {
            anyOffline =
                anyOffline || cell.reason == Reason::Offline || cell.reason == Reason::NoValue;
            anyPlanning = anyPlanning || cell.reason == Reason::Planning;
            anyProcessing = anyProcessing || cell.reason == Reason::Processing;
        }
        if (anyPlanning)
            ++planning;
        else if (anyOffline)
            ++offline;
        else if (anyProcessing)
            ++processing;
        else
            ++complete;
    }
    QStringList parts;
    if (complete > 0)
        parts.append(tr("%n complete", nullptr, complete));
    if (offline > 0)
        parts.append(tr("%n with gaps (sensors offline or missing data)", nullptr, offline));
    if (processing > 0)
        parts.append(tr("%n still processing", nullptr, processing));
    if (planning > 0)
        parts.append(tr("%n in planning", nullptr, planning));
    if (notApplicable > 0)
        parts.append(tr("%n without open-area sensors", nullptr, notApplicable));
    const int floors = int(m_floors.size());
    //: %1 is a list such as "2 complete, 1 still processing".
    return (floors == 1 ? tr("1 floor: %1") : tr("%n floors: %1", nullptr, floors))
        .arg(parts.join(tr(", ")));
}

QString DataCompletenessModel::percentText(double fraction) {
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const QLocale locale;
    if (clamped >= CompleteAt)
        return tr("%1 %").arg(locale.toString(100));
    const double percent = std::floor(clamped * 1000.0) / 10.0;
    //: A completeness percentage; %1 is the number ("82.4").
    return tr("%1 %").arg(locale.toString(percent, 'f', 1));
}

QString DataCompletenessModel::reasonText(Reason reason) {
    switch (reason) {
    case Reason::Complete:
        return tr("Complete");
    case Reason::Planning:
        return tr("Floor in planning");
    case Reason::Processing:
        return tr("Still processing");
    case Reason::Offline:
        return tr("Sensors offline or missing data");
    case Reason::NoValue:
        return tr("No value returned");
    case Reason::NotApplicable:
        break;
    }
    return tr("Not applicable");
}

QString DataCompletenessModel::reasonExplanation(Reason reason) {
    switch (reason) {
    case Reason::Complete:
        return tr("All expected open-area data for this window has arrived and been processed.");
    case Reason::Planning:
        return tr("Likely cause: the floor is still in planning (or went live only after this "
                  "window began), so its sensors were not live for all of it and less data is "
                  "expected.");
    case Reason::Processing:
        return tr("Likely cause: part of this window is less than about 8 hours old (or has not "
                  "happened yet); Density is still processing it. Check again later.");
    case Reason::Offline:
        return tr("Likely cause: sensors were offline or data is missing for part of this "
                  "window. The Sensor health page shows which sensors are offline.");
    case Reason::NoValue:
        return tr("The data-status answer had no value for this floor in this window, though it "
                  "had one in others.");
    case Reason::NotApplicable:
        break;
    }
    return notApplicableText();
}

QString DataCompletenessModel::reasonKey(Reason reason) {
    switch (reason) {
    case Reason::Complete:
        return QStringLiteral("complete");
    case Reason::Planning:
        return QStringLiteral("planning");
    case Reason::Processing:
        return QStringLiteral("processing");
    case Reason::Offline:
        return QStringLiteral("offline_or_missing");
    case Reason::NoValue:
        return QStringLiteral("no_value");
    case Reason::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

QString DataCompletenessModel::notApplicableText() {
    return tr("No open-area sensors on this floor — completeness does not apply");
}

QString DataCompletenessModel::windowText(int index) const {
    if (index < 0 || index >= m_windows.size())
        return QString();
    const QLocale locale;
    //: Date format of a data-status window's ends in the column headers (QDate::toString).
    const QString format = tr("d MMM");
    const TimeRange &w = m_windows.at(index);
    const QDate first = w.start.toTimeZone(m_zone).date();
    const QDate last = w.end.toTimeZone(m_zone).date();
    if (first == last)
        return locale.toString(first, format);
    //: A window of days, "1 Nov – 10 Nov".
    return tr("%1 – %2").arg(locale.toString(first, format), locale.toString(last, format));
}

int DataCompletenessModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_floors.size());
}

int DataCompletenessModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 1 + int(m_windows.size());
}

QVariant DataCompletenessModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Space &floor = m_floors.at(row);
    if (role == FloorIdRole)
        return floor.id;
    if (index.column() == FloorColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return floor.name.isEmpty() ? floor.id : floor.name;
        case Qt::ToolTipRole:
            return floor.id;
        default:
            return {};
        }
    }
    const int w = index.column() - 1;
    const Cell &cell = m_cells.at(row).at(w);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.reason == Reason::NotApplicable)
            return w == 0 ? notApplicableText() : QString();
        return cell.fraction ? percentText(*cell.fraction) : tr("—");
    case Qt::ToolTipRole:
        if (cell.reason == Reason::NotApplicable)
            return tr("Density reports data completeness only for floors with open-area "
                      "sensors; the answer leaves this floor out.");
        return tr("%1, %2: %3").arg(floor.name, windowText(w), reasonExplanation(cell.reason));
    case Qt::TextAlignmentRole:
        return cell.reason == Reason::NotApplicable
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case FractionRole:
        return cell.fraction ? QVariant(*cell.fraction) : QVariant();
    case ReasonRole:
        return int(cell.reason);
    case ReasonTextRole:
        return reasonText(cell.reason);
    case WindowStartRole:
        return m_windows.at(w).start;
    case WindowEndRole:
        return m_windows.at(w).end;
    default:
        return {};
    }
}

QVariant DataCompletenessModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == FloorColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Floor")) : QVariant();
    const int w = section - 1;
    if (w < 0 || w >= m_windows.size())
        return {};
    if (role == Qt::DisplayRole)
        return windowText(w);
    if (role == Qt::ToolTipRole)
        return tr("Data-status window %1 of %2 (the API answers at most 10 days at a time)")
            .arg(w + 1)
            .arg(m_windows.size());
    return {};
}

} // namespace Density
