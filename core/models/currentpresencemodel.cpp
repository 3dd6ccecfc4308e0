#include "currentpresencemodel.h"

#include "api/densityclient.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>

namespace Density {

CurrentPresenceModel::CurrentPresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

CurrentPresenceModel::~CurrentPresenceModel() {
    // No loadingChanged() from a destructor: the receiver is often the parent being destroyed.
    const QSignalBlocker quiet(this);
    abortAll();
}

void CurrentPresenceModel::setClient(DensityClient *client) {
    if (client == m_client)
        return;
    abortAll();
    m_client = client;
}

void CurrentPresenceModel::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

void CurrentPresenceModel::load(const QList<Space> &spaces) {
    QStringList ids;
    for (const Space &space : spaces)
        ids.append(space.id);
    QStringList current;
    for (const Row &row : std::as_const(m_rows))
        current.append(row.space.id);
    if (ids != current) {
        beginResetModel();
        m_rows.clear();
        for (const Space &space : spaces)
            m_rows.append(Row{space, {}, {}, {}, {}});
        m_source = PresenceSource::None;
        m_error.clear();
        endResetModel();
    }
    start();
}

void CurrentPresenceModel::reload() {
    start();
}

void CurrentPresenceModel::clear() {
    abortAll();
    beginResetModel();
    m_rows.clear();
    m_source = PresenceSource::None;
    m_error.clear();
    endResetModel();
}

void CurrentPresenceModel::abortAll() {
    ++m_generation; // answers already queued for the old generation are dropped
    for (RequestHandle &call : m_calls)
        call.abort();
    m_calls.clear();
    const bool wasLoading = m_pending > 0;
    m_pending = 0;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void CurrentPresenceModel::start() {
    abortAll();
    if (m_rows.isEmpty() || !m_client)
        return;
    const quint64 generation = m_generation;
    m_problems.clear();
    QStringList ids;
    QStringList shortTermIds; // short-term presence exists only for OA spaces and floors
    for (const Row &row : std::as_const(m_rows)) {
        ids.append(row.space.id);
        if (row.space.spaceType == QLatin1String("floor") ||
            row.space.countingMode.valueOr(QString()) == QLatin1String("oa"))
            shortTermIds.append(row.space.id);
    }
    m_pending = shortTermIds.isEmpty() ? 2 : 3;
    Q_EMIT loadingChanged(true);

    m_calls.append(m_client->presenceHealth(
        ids, this, [this, generation](const Result<HealthPresenceBySpace> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok() && isNotOffered(result.error())) {
                startDeprecatedPresence(generation);
                return;
            }
            for (Row &row : m_rows) {
                row.plainPresence.reset();
                row.presence.reset();
                if (result.ok() && result.value().contains(row.space.id))
                    row.presence = result.value().value(row.space.id);
            }
            m_source = result.ok() ? PresenceSource::HealthAware : PresenceSource::None;
            partDone(generation, result.ok() ? QString() : result.error().message());
        }));
    m_calls.append(m_client->currentOccupancy(
        ids, this, [this, generation](const Result<CurrentCounts> &result) {
            if (generation != m_generation)
                return;
            for (Row &row : m_rows) {
                row.count.reset();
                if (result.ok() && result.value().contains(row.space.id))
                    row.count = result.value().value(row.space.id);
            }
            partDone(generation, result.ok() ? QString() : result.error().message());
        }));
    if (!shortTermIds.isEmpty()) {
        m_calls.append(m_client->shortTermPresence(
            LookbackMinutes, shortTermIds, this,
            [this, generation](const Result<ShortTermPresenceBySpace> &result) {
                if (generation != m_generation)
                    return;
                for (Row &row : m_rows) {
                    row.lastHour.reset();
                    if (result.ok() && result.value().contains(row.space.id))
                        row.lastHour = result.value().value(row.space.id);
                }
                // The last hour is a detail: its failure leaves "—" in that column only.
                partDone(generation, QString());
            }));
    }
}

void CurrentPresenceModel::startDeprecatedPresence(quint64 generation) {
    QStringList ids;
    for (const Row &row : std::as_const(m_rows))
        ids.append(row.space.id);
    m_calls.append(
        m_client->presence(ids, this, [this, generation](const Result<PresenceBySpace> &result) {
            if (generation != m_generation)
                return;
            for (Row &row : m_rows) {
                row.presence.reset();
                row.plainPresence.reset();
                if (result.ok() && result.value().contains(row.space.id))
                    row.plainPresence = result.value().value(row.space.id);
            }
            m_source = result.ok() ? PresenceSource::Deprecated : PresenceSource::None;
            partDone(generation, result.ok() ? QString() : result.error().message());
        }));
}

void CurrentPresenceModel::partDone(quint64 generation, const QString &problem) {
    if (generation != m_generation || m_pending <= 0)
        return;
    if (!problem.isEmpty())
        m_problems.append(problem);
    if (--m_pending > 0)
        return;
    m_calls.clear();
    m_loadedAt = m_now();
    m_error = m_problems.value(0);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT loadingChanged(false);
    if (m_error.isEmpty())
        Q_EMIT loaded();
    else
        Q_EMIT failed(m_error);
}

bool CurrentPresenceModel::isNotOffered(const ApiError &error) {
    const int status = error.kind() == ApiError::Kind::Http ? error.httpStatus() : 0;
    return status == 404 || status == 405 || status == 501;
}

QString CurrentPresenceModel::peopleText(const CurrentCount &count) {
    const bool capped = count.isCapped.valueOr(false);
    if (capped) {
        const qint64 limit = count.cappedCountLimit.valueOr(count.count);
        return tr("%1+ people").arg(QLocale().toString(limit));
    }
    // Not "%n person(s)": no English translation is installed, so the numerus form would be
    // shown literally.
    const QString number = QLocale().toString(count.count);
    return count.count == 1 ? tr("%1 person").arg(number) : tr("%1 people").arg(number);
}

const CurrentPresenceModel::Row *CurrentPresenceModel::row(int index) const {
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

QString CurrentPresenceModel::spaceIdAt(int index) const {
    const Row *r = row(index);
    return r ? r->space.id : QString();
}

int CurrentPresenceModel::rowOf(const QString &spaceId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).space.id == spaceId)
            return i;
    }
    return -1;
}

HealthStatus CurrentPresenceModel::health(const Row &r) const {
    if (r.presence)
        return r.presence->health;
    if (r.count)
        return r.count->health;
    return HealthStatus::Unknown;
}

Availability CurrentPresenceModel::availability(int index) const {
    const Row *r = row(index);
    if (!r || health(*r) != HealthStatus::Healthy)
        return Availability::Unknown;
    if (r->presence) {
        if (!r->presence->presence.hasValue())
            return Availability::Unknown;
        return r->presence->presence.value() ? Availability::Occupied : Availability::Available;
    }
    // Deprecated presence answers false for an offline sensor too; only a healthy count of the
    // same space (health() read it above) lets "false" mean available.
    if (r->plainPresence)
        return *r->plainPresence ? Availability::Occupied : Availability::Available;
    if (r->count)
        return r->count->count > 0 ? Availability::Occupied : Availability::Available;
    return Availability::Unknown;
}

QString CurrentPresenceModel::stateText(int index) const {
    const Row *r = row(index);
    if (!r)
        return {};
    switch (availability(index)) {
    case Availability::Occupied:
        return tr("Occupied");
    case Availability::Available:
        return tr("Available");
    case Availability::Unknown:
        break;
    }
    if (isLoading() && !r->presence && !r->plainPresence && !r->count)
        return tr("Unknown: loading");
    if (!r->presence && !r->plainPresence && !r->count)
        return tr("Unknown: no live data");
    switch (health(*r)) {
    case HealthStatus::Offline:
        return tr("Unknown: sensor offline");
    case HealthStatus::Degraded:
        return tr("Unknown: sensor degraded");
    case HealthStatus::Unknown:
        return r->plainPresence ? tr("Unknown: sensor health not reported")
                                : tr("Unknown: sensor health unknown");
    case HealthStatus::Healthy:
        break;
    }
    return tr("Unknown: no reading");
}

QString CurrentPresenceModel::countText(int index) const {
    const Row *r = row(index);
    if (!r || !r->count)
        return QStringLiteral("\u2014");
    // A count from an unhealthy sensor is not a count of people now.
    if (r->count->health != HealthStatus::Healthy)
        return QStringLiteral("\u2014");
    return peopleText(*r->count);
}

QString CurrentPresenceModel::lastHourText(const Row &r) const {
    if (!r.lastHour || r.lastHour->isEmpty())
        return QStringLiteral("\u2014");
    int occupied = 0;
    for (const PresencePoint &point : std::as_const(*r.lastHour))
        occupied += point.presence ? 1 : 0;
    return tr("%1 of %2 min").arg(occupied).arg(r.lastHour->size());
}

QString CurrentPresenceModel::asOfText(const Row &r) const {
    QString stamp;
    if (r.presence)
        stamp = r.presence->timestamp;
    else if (r.count)
        stamp = r.count->timestamp;
    const QDateTime utc = parseApiTimestamp(stamp);
    if (!utc.isValid())
        return QStringLiteral("\u2014");
    // The space's own clock (ARCHITECTURE §3); UTC, said so, when it has no zone.
    const QTimeZone zone(r.space.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    const QDateTime now = zone.isValid() ? m_now().toTimeZone(zone) : m_now().toUTC();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    QString text = local.date() == now.date()
                       ? time
                       : tr("%1, %2").arg(QLocale().toString(local.date(), tr("d MMM")), time);
    if (!zone.isValid())
        text = tr("%1 UTC").arg(text);
    return text;
}

int CurrentPresenceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CurrentPresenceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurrentPresenceModel::data(const QModelIndex &index, int role) const {
    const Row *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case SpaceIdRole:
        return r->space.id;
    case AvailabilityRole:
        return int(availability(index.row()));
    case HealthRole:
        return int(health(*r));
    case ReadingAtRole:
        return parseApiTimestamp(r->presence ? r->presence->timestamp
                                             : (r->count ? r->count->timestamp : QString()));
    case Qt::ToolTipRole:
        if (index.column() == CountColumn && r->count && r->count->health != HealthStatus::Healthy)
            return tr("The sensor is %1; its last count was %2.")
                .arg(healthStatusToString(r->count->health), peopleText(*r->count));
        if (index.column() == LastHourColumn)
            return tr("Minutes of the last hour in which a sensor saw someone (short-term "
                      "presence; open-area spaces and floors only).");
        if (index.column() == AsOfColumn)
            return tr("When the sensor's reading was taken, in the space's time zone.");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SpaceColumn:
        return r->space.name.isEmpty() ? r->space.id : r->space.name;
    case StateColumn:
        return stateText(index.row());
    case CountColumn:
        return countText(index.row());
    case LastHourColumn:
        return lastHourText(*r);
    case AsOfColumn:
        return asOfText(*r);
    default:
        return {};
    }
}

QVariant CurrentPresenceModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AsOfColumn)
        // The API does not document what the timestamp marks; the simulator and the live
        // streams send the start of the current state, so "As of" would overstate freshness.
        return tr("The time the API gives with the reading, usually when the current state "
                  "began");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpaceColumn:
        return tr("Space");
    case StateColumn:
        return tr("State");
    case CountColumn:
        return tr("Count");
    case LastHourColumn:
        return tr("Occupied, last hour");
    case AsOfColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace Density
