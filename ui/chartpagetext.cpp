#include "chartpagetext.h"

#include "analytics/timebasis.h"

#include <QCoreApplication>

namespace Density::ChartPageText {

namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::ChartPageText)
};

} // namespace

QString header(const ChartDataSource::Request &request, const QLocale &locale) {
    if (request.groups.isEmpty())
        return {};
    const ChartDataSource::Group &first = request.groups.first();
    const QString range =
        TimeBasis::rangeAndResolutionText(first.range, request.resolution, first.zone, locale);
    QString zones;
    if (request.groups.size() == 1) {
        const QString zone = TimeBasis::timeZoneText(first.zone, false);
        //: %1 an IANA time zone such as America/New_York.
        zones = first.zoneFallback           ? TimeBasis::timeZoneText(QTimeZone::utc(), true)
                : first.spaceIds.size() == 1 ? Tr::tr("%1 (the space's own)").arg(zone)
                                             : Tr::tr("%1 (the spaces' own)").arg(zone);
    } else {
        QStringList names;
        bool fallback = false;
        for (const ChartDataSource::Group &group : request.groups) {
            if (group.zoneFallback)
                fallback = true;
            else
                names.append(TimeBasis::timeZoneText(group.zone, false));
        }
        zones = fallback ? Tr::tr("each space's own (%1; UTC where none is set)")
                               .arg(names.join(Tr::tr(", ")))
                         : Tr::tr("each space's own (%1)").arg(names.join(Tr::tr(", ")));
    }
    //: The time basis over a chart, two lines: %1 range and resolution, %2 operating hours,
    //: %3 time zone.
    return Tr::tr("%1\nOperating hours: %2 · Time zone: %3")
        .arg(range, TimeBasis::operatingHoursText(request.operatingHours, locale), zones);
}

QString bucketTime(const ChartBucket &bucket, TimeResolution resolution, const QLocale &locale) {
    const QDateTime from = MetricChartBuilder::wallTime(bucket.x0);
    const QDateTime to = MetricChartBuilder::wallTime(bucket.x1);
    const auto time = [&locale](const QDateTime &at) {
        return locale.toString(at.time(), QLocale::ShortFormat);
    };
    //: Date pattern (QDate::toString) of a bucket's day in a tooltip.
    const QString dayPattern = Tr::tr("ddd d MMM yyyy");
    switch (resolution) {
    case TimeResolution::Weekday:
        //: %1 a weekday name: the bucket holds every such day of the range.
        return Tr::tr("Every %1").arg(locale.dayName(int(bucket.x0) + 1, QLocale::LongFormat));
    case TimeResolution::HourOfDay:
        return Tr::tr("%1–%2, every day")
            .arg(locale.toString(QTime(int(bucket.x0) % 24, 0), QLocale::ShortFormat),
                 locale.toString(QTime(int(bucket.x1) % 24, 0), QLocale::ShortFormat));
    case TimeResolution::Day:
        return locale.toString(from.date(), dayPattern);
    case TimeResolution::Week:
        return Tr::tr("Week from %1").arg(locale.toString(from.date(), dayPattern));
    case TimeResolution::Month:
        //: Date pattern of a month bucket.
        return locale.toString(from.date(), Tr::tr("MMMM yyyy"));
    case TimeResolution::Year:
        return QString::number(from.date().year());
    case TimeResolution::Total:
        //: A whole range: %1 first day, %2 last day.
        return Tr::tr("%1 – %2").arg(locale.toString(from.date(), dayPattern),
                                     locale.toString(to.addSecs(-1).date(), dayPattern));
    default:
        //: A bucket within one day: %1 day, %2 start time, %3 end time.
        return Tr::tr("%1, %2–%3")
            .arg(locale.toString(from.date(), dayPattern), time(from), time(to));
    }
}

QString legendEntry(Swatch swatch, const QColor &colour, const QString &text) {
    QString glyph;
    switch (swatch) {
    case Swatch::Solid:
        glyph = QStringLiteral("&#9632;"); // ■
        break;
    case Swatch::Line:
        glyph = QStringLiteral("&#9473;&#9473;"); // ━━
        break;
    case Swatch::Dashed:
        glyph = QStringLiteral("&#9549;&#9549;"); // ╍╍
        break;
    case Swatch::Hatched:
        glyph = QStringLiteral("&#9638;"); // ▦
        break;
    case Swatch::Marker:
        glyph = QStringLiteral("&#9650;"); // ▲
        break;
    }
    // Non-breaking inside an entry, so a wrapped legend never splits a swatch from its text.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(colour.name(), glyph, escaped);
}

QString number(double value, int decimals, const QLocale &locale) {
    return locale.toString(value, 'f', decimals);
}

QString percent(double ratio, const QLocale &locale) {
    //: A percentage, %1 the number.
    return Tr::tr("%1%").arg(locale.toString(ratio * 100.0, 'f', 0));
}

} // namespace Density::ChartPageText
