#include "activitylog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Density {
namespace {

ActivityEntry::Outcome outcomeFromKey(const QString &key) {
    if (key == QLatin1String("applied"))
        return ActivityEntry::Outcome::Applied;
    if (key == QLatin1String("partly-applied"))
        return ActivityEntry::Outcome::PartlyApplied;
    return ActivityEntry::Outcome::Failed;
}

} // namespace

QString ActivityEntry::outcomeKey(Outcome outcome) {
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::PartlyApplied:
        return QStringLiteral("partly-applied");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString ActivityEntry::outcomeText(Outcome outcome) {
    switch (outcome) {
    case Outcome::Applied:
        return QCoreApplication::translate("Density::ActivityLog", "Applied");
    case Outcome::PartlyApplied:
        return QCoreApplication::translate("Density::ActivityLog", "Partly applied");
    case Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("Density::ActivityLog", "Failed");
}

ActivityLog::ActivityLog(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath)) {}

QString ActivityLog::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/activity-log.jsonl");
}

bool ActivityLog::record(ActivityEntry entry) {
    if (!entry.when.isValid())
        entry.when = QDateTime::currentDateTimeUtc();
    const QJsonObject object{
        {QStringLiteral("when"), entry.when.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("connection"), entry.connection},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("target"), entry.target},
        {QStringLiteral("before"), entry.before},
        {QStringLiteral("after"), entry.after},
        {QStringLiteral("outcome"), ActivityEntry::outcomeKey(entry.outcome)},
        {QStringLiteral("detail"), entry.detail},
    };
    bool written = false;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        written = file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n') > 0 &&
                  file.flush();
    }
    m_lastError = written ? QString()
                          : tr("The activity log %1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
    Q_EMIT recorded(entry);
    return written;
}

QList<ActivityEntry> ActivityLog::entries() const {
    QList<ActivityEntry> result;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        if (object.isEmpty())
            continue; // a line cut short by a crash
        ActivityEntry entry;
        entry.when =
            QDateTime::fromString(object.value(QLatin1String("when")).toString(), Qt::ISODate);
        entry.connection = object.value(QLatin1String("connection")).toString();
        entry.action = object.value(QLatin1String("action")).toString();
        entry.target = object.value(QLatin1String("target")).toString();
        entry.before = object.value(QLatin1String("before")).toString();
        entry.after = object.value(QLatin1String("after")).toString();
        entry.outcome = outcomeFromKey(object.value(QLatin1String("outcome")).toString());
        entry.detail = object.value(QLatin1String("detail")).toString();
        result.append(entry);
    }
    return result;
}

} // namespace Density
