#include "healthtimelinewidget.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QToolTip>

#include <cmath>

namespace Density {

namespace {

constexpr int Margin = 8;
constexpr int Gap = 8;
constexpr int Swatch = 14;

struct Look {
    QColor fill;
    Qt::BrushStyle pattern = Qt::NoBrush; //!< drawn over the fill, so no status is colour-only
    QColor patternColour;
};

Look lookOf(HealthStatus status, bool noData, const QPalette &palette) {
    if (noData)
        return {palette.color(QPalette::Base), Qt::FDiagPattern,
                palette.color(QPalette::PlaceholderText)};
    switch (status) {
    case HealthStatus::Healthy:
        return {QColor(0x43, 0xa0, 0x47), Qt::NoBrush, {}};
    case HealthStatus::Degraded:
        return {QColor(0xf5, 0xa6, 0x23), Qt::HorPattern, QColor(0x80, 0x4a, 0x00)};
    case HealthStatus::Offline:
        return {QColor(0xc6, 0x28, 0x28), Qt::DiagCrossPattern, QColor(0xff, 0xff, 0xff)};
    case HealthStatus::Unknown:
        break;
    }
    return {QColor(0xb0, 0xb0, 0xb0), Qt::Dense6Pattern, QColor(0x42, 0x42, 0x42)};
}

void fillBand(QPainter &painter, const QRectF &rect, const Look &look) {
    painter.fillRect(rect, look.fill);
    if (look.pattern != Qt::NoBrush) {
        QBrush brush(look.patternColour, look.pattern);
        // Patterns align to the device, so neighbouring rows line up; that is intended.
        painter.fillRect(rect, brush);
    }
}

QString plainStatusText(HealthStatus status) {
    switch (status) {
    case HealthStatus::Healthy:
        return HealthTimelineWidget::tr("Healthy");
    case HealthStatus::Degraded:
        return HealthTimelineWidget::tr("Degraded");
    case HealthStatus::Offline:
        return HealthTimelineWidget::tr("Offline");
    case HealthStatus::Unknown:
        break;
    }
    return HealthTimelineWidget::tr("Unknown");
}

struct LegendItem {
    HealthStatus status;
    bool noData;
    QString text;
    bool startMarker = false; //!< the "already in force at the start" arrow, not a band
};

//! A small arrow left of a row's band: the first status began before the range did.
void drawStartMarker(QPainter &painter, const QPointF &tip, double size, const QColor &colour) {
    const QPainter::RenderHints hints = painter.renderHints();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(size, -size));
    arrow.lineTo(tip + QPointF(size, size));
    arrow.closeSubpath();
    painter.fillPath(arrow, colour);
    painter.setRenderHints(hints, true);
    painter.setRenderHint(QPainter::Antialiasing, hints.testFlag(QPainter::Antialiasing));
}

QList<LegendItem> legendItems() {
    return {{HealthStatus::Healthy, false, plainStatusText(HealthStatus::Healthy)},
            {HealthStatus::Degraded, false,
             HealthTimelineWidget::tr("Degraded (striped: online, not sending)")},
            {HealthStatus::Offline, false, HealthTimelineWidget::tr("Offline (cross-hatched)")},
            {HealthStatus::Unknown, false,
             HealthTimelineWidget::tr("Unknown (dotted: reported as unknown)")},
            {HealthStatus::Unknown, true,
             HealthTimelineWidget::tr("Unknown: no history before the first change")},
            {HealthStatus::Unknown, false,
             HealthTimelineWidget::tr("Status already in force when the range starts"), true}};
}

//! Lays the legend out in lines within `width`; returns the rectangles of each item (swatch
//! plus text) relative to the legend's top-left, and the total height.
QList<QRect> legendLayout(const QFontMetrics &fm, int width, int *height) {
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    const int lineHeight = std::max(fm.height(), Swatch) + 4;
    for (const LegendItem &item : legendItems()) {
        const int w = Swatch + 6 + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRect(x, y, w, lineHeight));
        x += w + 18;
    }
    *height = y + lineHeight;
    return rects;
}

} // namespace

HealthTimelineWidget::HealthTimelineWidget(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Health history"));
    updateAccessibleDescription();
}

void HealthTimelineWidget::setRange(const TimeRange &range) {
    m_range = range;
    update();
}

void HealthTimelineWidget::setRows(QList<Row> rows) {
    m_rows = std::move(rows);
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void HealthTimelineWidget::setMessage(const QString &message) {
    m_message = message;
    updateAccessibleDescription();
    update();
}

void HealthTimelineWidget::updateAccessibleDescription() {
    // What the bands show, in words: per sensor, how long it spent in each status, in the
    // order the statuses first appear ("Sensor X: Healthy for 5 days, Offline for 2 hours").
    QStringList lines;
    if (!m_message.isEmpty())
        lines.append(m_message);
    for (const Row &row : std::as_const(m_rows)) {
        QStringList order;
        QHash<QString, qint64> seconds;
        for (const HealthSegment &segment : row.segments) {
            const QString status = statusText(segment);
            if (!seconds.contains(status))
                order.append(status);
            seconds[status] += segment.durationSeconds();
        }
        QStringList parts;
        for (const QString &status : std::as_const(order))
            //: In the health history's summary for screen readers: status, duration
            parts.append(tr("%1 for %2").arg(status, durationText(seconds.value(status))));
        lines.append(tr("Sensor %1: %2").arg(row.label, parts.join(QStringLiteral(", "))));
    }
    if (lines.isEmpty())
        lines.append(tr("No sensors to show."));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void HealthTimelineWidget::setTimeZone(const QTimeZone &zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    update();
}

QString HealthTimelineWidget::statusText(const HealthSegment &segment) {
    if (segment.noData)
        return tr("Unknown (no history before the first change)");
    return plainStatusText(segment.status);
}

QString HealthTimelineWidget::timeText(const QDateTime &at, const QTimeZone &zone) {
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString HealthTimelineWidget::durationText(qint64 seconds) {
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return mins > 0 ? tr("%1 h %2 min").arg(hours).arg(mins) : tr("%1 h").arg(hours);
    if (mins > 0)
        return tr("%1 min").arg(mins);
    return tr("under a minute");
}

HealthTimelineWidget::Geometry HealthTimelineWidget::geometry(const QSize &size) const {
    const QFontMetrics fm(font());
    Geometry g;
    g.rowHeight = std::max(fm.height() + 10, 24);
    int labelWidth = fm.horizontalAdvance(tr("Sensor"));
    for (const Row &row : m_rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(row.label));
    g.labelWidth = std::min(labelWidth + 12, size.width() / 3);
    const int axisHeight = fm.height() + 8;
    const int top = Margin + axisHeight;
    g.plot =
        QRect(Margin + g.labelWidth, top, std::max(10, size.width() - 2 * Margin - g.labelWidth),
              g.rowHeight * int(m_rows.size()));
    g.legendTop = g.plot.bottom() + 1 + Gap;
    return g;
}

int HealthTimelineWidget::naturalHeight() const {
    const Geometry g = geometry(size());
    int legendHeight = 0;
    legendLayout(QFontMetrics(font()), std::max(100, width() - 2 * Margin), &legendHeight);
    if (m_rows.isEmpty())
        return Margin + QFontMetrics(font()).height() * 3 + Gap + legendHeight + Margin;
    return g.legendTop + legendHeight + Margin;
}

QSize HealthTimelineWidget::sizeHint() const {
    return QSize(640, naturalHeight());
}

QSize HealthTimelineWidget::minimumSizeHint() const {
    // Every row and the legend, always: in a scroll area, many sensors scroll rather than squeeze.
    return QSize(240, naturalHeight());
}

void HealthTimelineWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // The legend wraps differently at another width, which changes the height needed.
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

double HealthTimelineWidget::xOf(const QDateTime &at, const QRect &plot) const {
    const double span = double(m_range.start.msecsTo(m_range.end));
    if (span <= 0)
        return plot.left();
    const double t = double(m_range.start.msecsTo(at)) / span;
    return plot.left() + std::clamp(t, 0.0, 1.0) * plot.width();
}

const HealthSegment *HealthTimelineWidget::segmentAt(const QPoint &pos, int *rowOut) const {
    const Geometry g = geometry(size());
    if (m_rows.isEmpty() || !g.plot.contains(pos) || g.rowHeight <= 0)
        return nullptr;
    const int row = (pos.y() - g.plot.top()) / g.rowHeight;
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const double t = double(pos.x() - g.plot.left()) / std::max(1, g.plot.width());
    const QDateTime at =
        m_range.start.addMSecs(qint64(t * double(m_range.start.msecsTo(m_range.end))));
    if (rowOut)
        *rowOut = row;
    return HealthTimeline::segmentAt(m_rows.at(row).segments, at);
}

int HealthTimelineWidget::rowAt(const QPoint &pos) const {
    const Geometry g = geometry(size());
    if (m_rows.isEmpty() || g.rowHeight <= 0 || pos.y() < g.plot.top() ||
        pos.y() > g.plot.bottom() || pos.x() < Margin || pos.x() > g.plot.right())
        return -1;
    const int row = (pos.y() - g.plot.top()) / g.rowHeight;
    return row < m_rows.size() ? row : -1;
}

void HealthTimelineWidget::mousePressEvent(QMouseEvent *event) {
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        Q_EMIT rowClicked(row);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

QString HealthTimelineWidget::toolTipAt(const QPoint &pos) const {
    int row = -1;
    const HealthSegment *segment = segmentAt(pos, &row);
    if (!segment)
        return {};
    const auto when = [this](const QDateTime &at) { return timeText(at, m_zone); };
    QStringList lines{tr("Sensor %1").arg(m_rows.at(row).label), statusText(*segment)};
    //: %1 start, %2 end, %3 time zone.
    lines.append(
        tr("%1 to %2 (local time, %3)")
            .arg(when(segment->start), when(segment->end), QString::fromUtf8(m_zone.id())));
    lines.append(tr("Duration: %1").arg(durationText(segment->durationSeconds())));
    if (segment->atRangeStart && !segment->noData)
        lines.append(tr("Status in force at the start of the range (it may have begun earlier)."));
    if (segment->end == m_range.end)
        lines.append(tr("Still in force at the end of the range."));
    return lines.join(QLatin1Char('\n'));
}

bool HealthTimelineWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void HealthTimelineWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    paint(painter, size());
}

QImage HealthTimelineWidget::renderToImage(qreal devicePixelRatio) const {
    const QSize logical(width(), naturalHeight());
    QImage image(logical * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    paint(painter, logical);
    return image;
}

void HealthTimelineWidget::paint(QPainter &painter, const QSize &size) const {
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font());
    const QFontMetrics fm(font());
    const QPalette pal = palette();
    const Geometry g = geometry(size);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    int legendTop = g.legendTop;
    if (m_rows.isEmpty()) {
        const QRect box(Margin, Margin, size.width() - 2 * Margin, fm.height() * 3);
        painter.setPen(muted);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        legendTop = box.bottom() + 1 + Gap;
    } else {
        // Axis: ticks at local midnights, spaced so their labels never collide.
        const qint64 days = std::max<qint64>(1, m_range.start.daysTo(m_range.end));
        const int labelWidth = fm.horizontalAdvance(QStringLiteral("30 Sep.")) + 16;
        const int maxTicks = std::max(1, g.plot.width() / labelWidth);
        int step = 1;
        for (int candidate : {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
            step = candidate;
            if (days / candidate <= maxTicks)
                break;
        }
        QDate day = m_range.start.toTimeZone(m_zone).date();
        if (step == 7 || step == 14)
            day = day.addDays((8 - day.dayOfWeek()) % 7); // Mondays
        painter.setPen(muted);
        for (; day.isValid(); day = day.addDays(step)) {
            const QDateTime at(day, QTime(0, 0), m_zone);
            if (at < m_range.start)
                continue;
            if (at > m_range.end)
                break;
            const double x = xOf(at, g.plot);
            painter.setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
            painter.drawLine(QPointF(x, g.plot.top() - 3), QPointF(x, g.plot.bottom() + 1));
            painter.setPen(muted);
            const QString label = locale().toString(day, QStringLiteral("d MMM"));
            const int w = fm.horizontalAdvance(label);
            painter.drawText(QPointF(std::min(x - w / 2.0, double(g.plot.right() - w)),
                                     g.plot.top() - 6 - fm.descent()),
                             label);
        }

        for (int row = 0; row < m_rows.size(); ++row) {
            const int top = g.plot.top() + row * g.rowHeight;
            painter.setPen(text);
            const QRect labelRect(Margin, top, g.labelWidth - 8, g.rowHeight);
            painter.drawText(
                labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                fm.elidedText(m_rows.at(row).label, Qt::ElideRight, labelRect.width()));
            const QRectF band(g.plot.left(), top + 3, g.plot.width(), g.rowHeight - 6);
            for (const HealthSegment &segment : m_rows.at(row).segments) {
                const double x1 = xOf(segment.start, g.plot);
                // At least one pixel, so a minutes-long outage over 90 days is still seen.
                const double x2 = std::max(x1 + 1.0, xOf(segment.end, g.plot));
                fillBand(painter, QRectF(x1, band.top(), x2 - x1, band.height()),
                         lookOf(segment.status, segment.noData, pal));
            }
            painter.setPen(pal.color(QPalette::Mid));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(band);
            const QList<HealthSegment> &segments = m_rows.at(row).segments;
            if (!segments.isEmpty() && segments.first().atRangeStart && !segments.first().noData)
                drawStartMarker(painter, QPointF(band.left() - 7, band.center().y()), 5, muted);
        }
    }

    // Legend: a swatch and words for every look.
    int legendHeight = 0;
    const QList<QRect> rects = legendLayout(fm, size.width() - 2 * Margin, &legendHeight);
    const QList<LegendItem> items = legendItems();
    for (int i = 0; i < items.size(); ++i) {
        const QRect r = rects.at(i).translated(Margin, legendTop);
        const QRect swatch(r.left(), r.top() + (r.height() - Swatch) / 2, Swatch, Swatch);
        if (items.at(i).startMarker) {
            drawStartMarker(painter, QPointF(swatch.left() + 3, swatch.center().y() + 0.5), 4,
                            muted);
        } else {
            fillBand(painter, swatch, lookOf(items.at(i).status, items.at(i).noData, pal));
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawRect(swatch);
        }
        painter.setPen(text);
        painter.drawText(QRect(swatch.right() + 6, r.top(), r.width() - Swatch - 6, r.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, items.at(i).text);
    }
}

} // namespace Density
