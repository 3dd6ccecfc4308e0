#include "simtime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Density::Sim {

std::optional<SimTimestamp> SimTimestamp::parse(const QString &text, Error *error) {
    const auto fail = [error](Error e) -> std::optional<SimTimestamp> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(Error::Missing);

    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression full(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    if (dateOnly.match(text).hasMatch())
        return fail(Error::DateOnly);
    const QRegularExpressionMatch m = full.match(text);
    if (!m.hasMatch())
        return fail(Error::Unparsable);

    SimTimestamp ts;
    ts.text = text;
    ts.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.capturedLength(7) > 1)
        ms = int(m.captured(7).mid(1).left(3).leftJustified(3, u'0').toInt());
    ts.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!ts.date.isValid() || !ts.time.isValid())
        return fail(Error::Unparsable);
    const QString zone = m.captured(8);
    if (!zone.isEmpty()) {
        ts.hasOffset = true;
        if (zone != "Z"_L1) {
            const int hours = zone.mid(1, 2).toInt();
            const int minutes = zone.mid(4, 2).toInt();
            if (hours > 18 || minutes > 59)
                return fail(Error::Unparsable);
            ts.offsetSeconds = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
    }
    if (error)
        *error = Error::None;
    return ts;
}

qint64 SimTimestamp::toMSecsNaive() const {
    const qint64 wall =
        (date.toJulianDay() - kJulianDayOfEpoch) * kDayMs + time.msecsSinceStartOfDay();
    return wall - (hasOffset ? qint64(offsetSeconds) * 1000 : 0);
}

qint64 SimTimestamp::toMSecs(const QTimeZone &zone) const {
    if (hasOffset || !zone.isValid())
        return toMSecsNaive();
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

namespace {

void appendTwo(QString &out, int value) {
    out.append(QChar(u'0' + value / 10));
    out.append(QChar(u'0' + value % 10));
}

QString formatWall(qint64 wallMs) {
    const qint64 days = floorDiv(wallMs, kDayMs);
    const qint64 msOfDay = wallMs - days * kDayMs;
    const QDate date = QDate::fromJulianDay(days + kJulianDayOfEpoch);
    const int seconds = int(msOfDay / 1000);
    QString out;
    out.reserve(25);
    const int year = date.year();
    appendTwo(out, year / 100);
    appendTwo(out, year % 100);
    out.append(u'-');
    appendTwo(out, date.month());
    out.append(u'-');
    appendTwo(out, date.day());
    out.append(u'T');
    appendTwo(out, seconds / 3600);
    out.append(u':');
    appendTwo(out, (seconds / 60) % 60);
    out.append(u':');
    appendTwo(out, seconds % 60);
    return out;
}

} // namespace

QString formatWithOffset(qint64 msecs, int offsetSeconds) {
    QString out = formatWall(msecs + qint64(offsetSeconds) * 1000);
    const int absolute = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    out.append(offsetSeconds < 0 ? u'-' : u'+');
    appendTwo(out, absolute / 3600);
    out.append(u':');
    appendTwo(out, (absolute / 60) % 60);
    return out;
}

QString formatUtc(qint64 msecs) {
    QString out = formatWall(msecs);
    out.append(u'Z');
    return out;
}

} // namespace Density::Sim
