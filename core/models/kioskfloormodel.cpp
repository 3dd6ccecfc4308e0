#include "kioskfloormodel.h"

#include "analytics/weekhour.h"
#include "api/densityclient.h"
#include "api/logging.h"
#include "model/space.h"
#include "models/spacetreemodel.h"

#include <QSet>
#include <algorithm>

namespace Density {

namespace {

//! The pattern behind "busiest hours today": the same weekday over the last four weeks.
constexpr int PatternDays = 28;

} // namespace

bool KioskFloorModel::Row::operator==(const Row &other) const {
    return id == other.id && name == other.name && function == other.function &&
           availability == other.availability && lastKnown == other.lastKnown;
}

KioskFloorModel::KioskFloorModel(DensityClient *client, QString floorId, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_floorId(std::move(floorId))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_cachePath(KioskStateCache::defaultPath(m_floorId))
    , m_zone(QTimeZone::utc()) {
    connect(&m_watchdog, &KioskWatchdog::restartRequested, this, &KioskFloorModel::restartPipeline);
    m_failedRetry.setSingleShot(true);
    connect(&m_failedRetry, &QTimer::timeout, this, &KioskFloorModel::restartPipeline);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &KioskFloorModel::refreshBusiestHours);
    m_busiestRetry.setSingleShot(true);
    connect(&m_busiestRetry, &QTimer::timeout, this, &KioskFloorModel::refreshBusiestHours);
}

KioskFloorModel::~KioskFloorModel() {
    m_spacesCall.abort();
    m_busiestCall.abort();
}

void KioskFloorModel::setFailedRetry(int baseMs, int maxMs) {
    m_failedBaseMs = std::max(1, baseMs);
    m_failedMaxMs = std::max(m_failedBaseMs, maxMs);
}

void KioskFloorModel::setBusiestRetry(int baseMs, int maxMs) {
    m_busiestBaseMs = std::max(1, baseMs);
    m_busiestMaxMs = std::max(m_busiestBaseMs, maxMs);
}

void KioskFloorModel::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
    m_watchdog.setClock(m_now);
}

void KioskFloorModel::setCachePath(const QString &path) {
    m_cachePath = path;
}

void KioskFloorModel::setCacheThrottleMs(int milliseconds) {
    m_cacheThrottleMs = milliseconds;
}

void KioskFloorModel::start() {
    if (m_started)
        return;
    m_started = true;
    if (!m_cachePath.isEmpty()) {
        m_cache = std::make_unique<KioskStateCache>(m_cachePath);
        m_cache->setThrottleMs(m_cacheThrottleMs);
        if (const auto cached = m_cache->load(); cached && cached->floorId == m_floorId)
            applySnapshot(*cached);
    }
    if (m_client) {
        m_spacesCall = m_client->spaces(this, [this](const Result<QList<Space>> &result) {
            if (result)
                onSpaces(result.value());
            else
                qCWarning(lcLive) << "kiosk: spaces not loaded:" << result.error().message();
            refreshBusiestHours();
        });
    }
    createFeed();
    m_watchdog.start();
}

void KioskFloorModel::applySnapshot(const KioskSnapshot &snapshot) {
    m_fromCache = true;
    m_floorName = snapshot.floorName;
    m_zoneId = snapshot.timeZone;
    const QTimeZone zone(snapshot.timeZone.toUtf8());
    m_zoneFallback = !zone.isValid();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_lastUpdated = snapshot.lastUpdated;
    // The cache is the state of an earlier moment: offline since the data was last good.
    m_offlineSince = snapshot.lastUpdated.isValid() ? snapshot.lastUpdated : m_now();
    m_busiest = snapshot.busiestHours;
    m_busiestDate = snapshot.busiestHoursDate;
    for (const auto &space : snapshot.spaces) {
        m_names.insert(space.id, space.name);
        m_functions.insert(space.id, space.function);
        m_lastKnown.insert(space.id, space.availability);
    }
    recompute();
    Q_EMIT offlineChanged(true);
    Q_EMIT busiestHoursChanged();
}

void KioskFloorModel::onSpaces(const QList<Space> &spaces) {
    for (const Space &space : spaces) {
        if (space.id == m_floorId) {
            m_floorName = space.name;
            m_zoneId = space.timeZone;
            const QTimeZone zone(space.timeZone.toUtf8());
            m_zoneFallback = !zone.isValid();
            m_zone = zone.isValid() ? zone : QTimeZone::utc();
        }
        m_names.insert(space.id, space.name);
        m_functions.insert(space.id, space.function.valueOr(QString()));
    }
    recompute();
}

void KioskFloorModel::createFeed() {
    if (!m_client)
        return;
    if (m_feed)
        m_feed->disconnect(this);
    m_feed = std::make_unique<LiveFeed>(m_client, LiveFeed::Kind::FloorPresence, m_floorId);
    m_feed->setTiming(m_timing);
    connect(m_feed.get(), &LiveFeed::stateChanged, this,
            [this](LiveFeed::State state) { onFeedState(state); });
    connect(m_feed.get(), &LiveFeed::frameApplied, this, &KioskFloorModel::onFrame);
    connect(m_feed.get(), &LiveFeed::spacesRemoved, this, &KioskFloorModel::recompute);
    m_feed->start();
}

void KioskFloorModel::restartPipeline() {
    if (!m_started)
        return;
    ++m_restarts;
    m_failedRetry.stop();
    createFeed();
    onFeedState(feedState());
}

LiveFeed::State KioskFloorModel::feedState() const {
    return m_feed ? m_feed->state() : LiveFeed::State::Idle;
}

void KioskFloorModel::onFeedState(LiveFeed::State state) {
    if (state == LiveFeed::State::Live) {
        m_everLive = true;
        m_failedAttempt = 0;
        setOffline(false);
    } else if (m_everLive || m_fromCache || state == LiveFeed::State::Reconnecting ||
               state == LiveFeed::State::Failed) {
        // Connecting after a restart, Reconnecting, Stale, Failed: not live (any more). A cold
        // start without cache is "connecting" until its first attempt fails.
        setOffline(true);
    }
    if (state == LiveFeed::State::Failed && !m_failedRetry.isActive()) {
        // LiveFeed gives up on errors it believes permanent (401/403/404, a bad ws URL); a
        // wall screen cannot ask anyone, so it tries again, ever more slowly.
        const qint64 delay = std::min<qint64>(m_failedMaxMs, qint64(m_failedBaseMs)
                                                                 << std::min(m_failedAttempt, 16));
        ++m_failedAttempt;
        qCWarning(lcLive) << "kiosk feed failed; restarting in" << delay << "ms";
        m_failedRetry.start(int(delay));
    }
    recompute();
    Q_EMIT changed(); // feedState() is part of what a view may show
}

void KioskFloorModel::onFrame() {
    m_watchdog.notifyFrame();
    if (m_feed && m_feed->state() == LiveFeed::State::Live) {
        m_lastUpdated = m_now();
        m_fromCache = false;
        Q_EMIT changed();
    }
    recompute();
    saveCache();
}

void KioskFloorModel::setOffline(bool offline) {
    if (offline == isOffline())
        return;
    m_offlineSince = offline ? m_now() : QDateTime();
    if (!offline)
        m_fromCache = false;
    Q_EMIT offlineChanged(offline);
    Q_EMIT changed();
}

void KioskFloorModel::recompute() {
    // Rows: the feed's spaces when it has any, otherwise the cached ones.
    // LivePresenceModel's rule: a reading counts only while the feed is trustworthy (Live)
    // and the reading itself healthy (LiveSpaceUpdate::availability()).
    const QHash<QString, LiveSpaceUpdate> empty;
    const auto &live = m_feed ? m_feed->spaces() : empty;
    const bool trustworthy = m_feed && m_feed->isTrustworthy();
    QStringList ids = live.keys();
    const bool fromFeed = !ids.isEmpty();
    if (!fromFeed)
        ids = m_lastKnown.keys();

    if (fromFeed && trustworthy) {
        // Spaces a live refresh no longer lists are gone, not merely unknown.
        for (auto it = m_lastKnown.begin(); it != m_lastKnown.end();)
            it = live.contains(it.key()) ? std::next(it) : m_lastKnown.erase(it);
    }
    QList<Row> rows;
    rows.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        Row row;
        row.id = id;
        row.name = m_names.value(id, id);
        row.function = m_functions.value(id);
        if (fromFeed) {
            row.availability = trustworthy ? live.value(id).availability() : Availability::Unknown;
            if (row.availability != Availability::Unknown || !m_lastKnown.contains(id))
                m_lastKnown.insert(id, row.availability);
        }
        row.lastKnown = m_lastKnown.value(id, Availability::Unknown);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const Group ga = groupOf(a.function), gb = groupOf(b.function);
        if (ga != gb)
            return ga < gb;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });

    int totals[3] = {0, 0, 0};
    for (const Row &row : std::as_const(rows))
        ++totals[int(row.availability)];
    const bool totalsChanged =
        !std::equal(std::begin(totals), std::end(totals), std::begin(m_totals));
    std::copy(std::begin(totals), std::end(totals), std::begin(m_totals));

    if (rows == m_rows && !totalsChanged)
        return;
    const bool sameIds = rows.size() == m_rows.size() &&
                         std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                    [](const Row &a, const Row &b) { return a.id == b.id; });
    if (sameIds) {
        for (int i = 0; i < rows.size(); ++i) {
            if (!(rows[i] == m_rows[i])) {
                m_rows[i] = rows[i];
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    Q_EMIT changed();
    saveCache();
}

void KioskFloorModel::saveCache() {
    // Only what was seen live is worth keeping; a cache never re-writes itself as news.
    if (m_cache && m_everLive && !m_fromCache && !m_rows.isEmpty())
        m_cache->save(snapshot());
}

qint64 KioskFloorModel::dataAgeSeconds() const {
    return m_lastUpdated.isValid() ? std::max<qint64>(0, m_lastUpdated.secsTo(m_now())) : -1;
}

KioskSnapshot KioskFloorModel::snapshot() const {
    KioskSnapshot snapshot;
    snapshot.floorId = m_floorId;
    snapshot.floorName = m_floorName;
    snapshot.timeZone = m_zoneId;
    snapshot.lastUpdated = m_lastUpdated;
    snapshot.busiestHours = m_busiest;
    snapshot.busiestHoursDate = m_busiestDate;
    for (const Row &row : m_rows)
        snapshot.spaces.append({row.id, row.name, row.function, row.lastKnown});
    return snapshot;
}

// --- busiest hours --------------------------------------------------------------------------

void KioskFloorModel::refreshBusiestHours() {
    if (!m_client)
        return;
    // hour_of_day cannot split by weekday (and its key format is unconfirmed, REFERENCE §4.2),
    // so ask for hourly buckets (the client windows them into 7-day pulls) and keep today's
    // local weekday: the same weekday's pattern over the last four weeks.
    const QDateTime now = m_now().toUTC();
    AnalyticsQuery query;
    query.range.start = QDateTime(now.date().addDays(-PatternDays), QTime(0, 0), Qt::UTC);
    query.range.end = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    query.spaceIds = {m_floorId};
    query.resolution = TimeResolution::Hour;
    m_busiestCall.abort();
    m_busiestCall = m_client->occupancy(query, this, [this](const Result<MetricsBySpace> &result) {
        scheduleMidnight();
        if (!result) {
            const qint64 delay = std::min<qint64>(
                m_busiestMaxMs, qint64(m_busiestBaseMs) << std::min(m_busiestAttempt, 16));
            ++m_busiestAttempt;
            qCWarning(lcLive) << "kiosk: busiest hours not loaded; retrying in" << delay
                              << "ms:" << result.error().message();
            m_busiestRetry.start(int(delay));
            return;
        }
        m_busiestAttempt = 0;
        // A floor can come back as rows for its descendants: sum them per bucket.
        MetricSeries series = result.value().value(m_floorId);
        if (series.isEmpty()) {
            QMap<QString, double> sums;
            for (const MetricSeries &child : result.value()) {
                for (const MetricBucket &bucket : child) {
                    if (bucket.occupancyAvg.hasValue())
                        sums[bucket.key] += bucket.occupancyAvg.value();
                }
            }
            for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                MetricBucket bucket;
                bucket.key = it.key();
                bucket.occupancyAvg = it.value();
                series.append(bucket);
            }
        }
        WeekHourOptions options;
        options.now = m_now();
        const WeekHourMatrix matrix = WeekHours::build(series, m_zone, options);
        const QDate today = m_now().toTimeZone(m_zone).date();
        const int weekday = today.dayOfWeek() % 7; // API numbering: 0 = Sunday
        QList<std::pair<double, int>> hours;
        for (int hour = 0; hour < WeekHourMatrix::Hours; ++hour) {
            const auto &cell = matrix.cell(weekday, hour);
            if (cell.value && *cell.value > 0)
                hours.append({*cell.value, hour});
        }
        std::stable_sort(hours.begin(), hours.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<int> top;
        for (int i = 0; i < std::min<int>(3, int(hours.size())); ++i)
            top.append(hours[i].second);
        m_busiest = top;
        m_busiestDate = today;
        Q_EMIT busiestHoursChanged();
        Q_EMIT changed();
        saveCache();
    });
}

void KioskFloorModel::scheduleMidnight() {
    const QDateTime local = m_now().toTimeZone(m_zone);
    const QDateTime next(local.date().addDays(1), QTime(0, 5), m_zone);
    const qint64 ms = std::clamp<qint64>(m_now().msecsTo(next), 60000, 25LL * 3600 * 1000);
    m_midnight.start(int(ms));
}

QString KioskFloorModel::hourRangeText(int hour) {
    //: A busiest hour on the wall screen, e.g. "14:00–15:00"
    return tr("%1:00–%2:00")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

QStringList KioskFloorModel::busiestHourRanges() const {
    QStringList ranges;
    for (int hour : m_busiest)
        ranges.append(hourRangeText(hour));
    return ranges;
}

// --- rows -----------------------------------------------------------------------------------

KioskFloorModel::Group KioskFloorModel::groupOf(const QString &function) {
    if (function == QLatin1String("meeting_room"))
        return Group::MeetingRooms;
    if (function == QLatin1String("phone_booth"))
        return Group::PhoneBooths;
    if (function == QLatin1String("desk") || function == QLatin1String("open_workstation"))
        return Group::Desks;
    return Group::Others;
}

QString KioskFloorModel::groupText(Group group) {
    switch (group) {
    case Group::MeetingRooms:
        return tr("Meeting rooms");
    case Group::PhoneBooths:
        return tr("Phone booths");
    case Group::Desks:
        return tr("Desks");
    case Group::Others:
        break;
    }
    return tr("Other spaces");
}

QString KioskFloorModel::spaceIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int KioskFloorModel::rowOf(const QString &spaceId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == spaceId)
            return row;
    }
    return -1;
}

Availability KioskFloorModel::availability(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].availability : Availability::Unknown;
}

Availability KioskFloorModel::lastKnownAvailability(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].lastKnown : Availability::Unknown;
}

KioskFloorModel::Group KioskFloorModel::group(int row) const {
    return row >= 0 && row < m_rows.size() ? groupOf(m_rows[row].function) : Group::Others;
}

int KioskFloorModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KioskFloorModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case SpaceIdRole:
        return row.id;
    case FunctionRole:
        return row.function;
    case FunctionTextRole:
        return row.function.isEmpty() ? QString() : SpaceTreeModel::functionText(row.function);
    case GroupRole:
        return int(groupOf(row.function));
    case AvailabilityRole:
        return int(row.availability);
    case LastKnownAvailabilityRole:
        return int(row.lastKnown);
    default:
        return {};
    }
}

QHash<int, QByteArray> KioskFloorModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(SpaceIdRole, "spaceId");
    names.insert(NameRole, "name");
    names.insert(FunctionRole, "function");
    names.insert(FunctionTextRole, "functionText");
    names.insert(GroupRole, "group");
    names.insert(AvailabilityRole, "availability");
    names.insert(LastKnownAvailabilityRole, "lastKnownAvailability");
    return names;
}

} // namespace Density
