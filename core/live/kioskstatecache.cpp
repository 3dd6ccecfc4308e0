#include "kioskstatecache.h"

#include "api/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Density {

namespace {

QString availabilityName(Availability availability) {
    switch (availability) {
    case Availability::Available:
        return QStringLiteral("available");
    case Availability::Occupied:
        return QStringLiteral("occupied");
    case Availability::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Availability availabilityFromName(const QString &name) {
    if (name == QLatin1String("available"))
        return Availability::Available;
    if (name == QLatin1String("occupied"))
        return Availability::Occupied;
    return Availability::Unknown;
}

} // namespace

QJsonObject KioskSnapshot::toJson() const {
    QJsonArray spaceArray;
    for (const SpaceState &space : spaces) {
        spaceArray.append(
            QJsonObject{{QLatin1String("id"), space.id},
                        {QLatin1String("name"), space.name},
                        {QLatin1String("function"), space.function},
                        {QLatin1String("availability"), availabilityName(space.availability)}});
    }
    QJsonArray hours;
    for (int hour : busiestHours)
        hours.append(hour);
    return {{QLatin1String("version"), 1},
            {QLatin1String("floor_id"), floorId},
            {QLatin1String("floor_name"), floorName},
            {QLatin1String("time_zone"), timeZone},
            {QLatin1String("last_updated"), lastUpdated.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("busiest_hours"), hours},
            {QLatin1String("busiest_hours_date"), busiestHoursDate.toString(Qt::ISODate)},
            {QLatin1String("spaces"), spaceArray}};
}

std::optional<KioskSnapshot> KioskSnapshot::fromJson(const QJsonObject &json) {
    if (json.value(QLatin1String("version")).toInt() != 1 ||
        !json.value(QLatin1String("spaces")).isArray())
        return std::nullopt;
    KioskSnapshot snapshot;
    snapshot.floorId = json.value(QLatin1String("floor_id")).toString();
    snapshot.floorName = json.value(QLatin1String("floor_name")).toString();
    snapshot.timeZone = json.value(QLatin1String("time_zone")).toString();
    snapshot.lastUpdated = QDateTime::fromString(
        json.value(QLatin1String("last_updated")).toString(), Qt::ISODateWithMs);
    snapshot.busiestHoursDate =
        QDate::fromString(json.value(QLatin1String("busiest_hours_date")).toString(), Qt::ISODate);
    const QJsonArray hours = json.value(QLatin1String("busiest_hours")).toArray();
    for (const QJsonValue &hour : hours) {
        const int h = hour.toInt(-1);
        if (h >= 0 && h < 24)
            snapshot.busiestHours.append(h);
    }
    const QJsonArray spaces = json.value(QLatin1String("spaces")).toArray();
    for (const QJsonValue &value : spaces) {
        const QJsonObject object = value.toObject();
        SpaceState space;
        space.id = object.value(QLatin1String("id")).toString();
        if (space.id.isEmpty())
            continue;
        space.name = object.value(QLatin1String("name")).toString();
        space.function = object.value(QLatin1String("function")).toString();
        space.availability =
            availabilityFromName(object.value(QLatin1String("availability")).toString());
        snapshot.spaces.append(space);
    }
    return snapshot;
}

KioskStateCache::KioskStateCache(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(5000);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_pending) {
            write(*m_pending);
            m_pending.reset();
            m_throttle.start(); // the next write waits a full interval again
        }
    });
}

KioskStateCache::~KioskStateCache() {
    if (m_pending)
        write(*m_pending);
}

QString KioskStateCache::defaultPath(const QString &floorId) {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/kiosk-%1.json").arg(floorId);
}

std::optional<KioskSnapshot> KioskStateCache::load() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcLive) << "kiosk cache" << m_path << "unreadable:" << error.errorString();
        return std::nullopt;
    }
    return KioskSnapshot::fromJson(document.object());
}

void KioskStateCache::save(const KioskSnapshot &snapshot) {
    if (m_throttle.isActive()) {
        m_pending = snapshot;
        return;
    }
    write(snapshot);
    m_throttle.start();
}

void KioskStateCache::flush() {
    if (m_pending) {
        write(*m_pending);
        m_pending.reset();
    }
}

bool KioskStateCache::write(const KioskSnapshot &snapshot) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        qCWarning(lcLive) << "kiosk cache" << m_path << "not written:" << file.errorString();
        return false;
    }
    ++m_writes;
    Q_EMIT written();
    return true;
}

} // namespace Density
