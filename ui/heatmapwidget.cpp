#include "heatmapwidget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace Density {

namespace {

//! Viridis (matplotlib, sampled at 11 even steps), reversed so that the lowest value is the
//! lightest colour: a quiet hour reads as "nearly nothing" and busy hours stand out as dark,
//! on light and dark backgrounds alike. Viridis is perceptually uniform and readable with the
//! common colour-vision deficiencies, and contains no grey, so it never meets "no data".
constexpr std::array<QRgb, 11> ScaleStops = {
    0xfde725, 0xbddf26, 0x7ad151, 0x44bf70, 0x22a884, 0x21918c,
    0x2a788e, 0x355f8d, 0x414487, 0x482475, 0x440154,
};

constexpr std::array<int, 6> HourLabelSteps = {1, 2, 3, 4, 6, 12};

QColor blend(const QColor &a, const QColor &b, qreal t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

//! Everything the painter and the hit test need, derived from one size so the two agree.
struct HeatmapWidget::Geometry {
    QSizeF size;
    qreal line = 0;   //!< font line height: every distance scales with the font
    qreal margin = 0; //!< around the whole picture
    qreal pad = 0;    //!< between neighbouring items
    QRectF grid;      //!< all 7 x 24 cells, gaps included
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal gap = 0;
    int hourStep = 1;
    //! The legend flows into as many rows as the width needs (a narrow dock, a wall screen).
    enum class LegendPart { Scale, Unit, NoData, TimeZone };
    struct LegendItem {
        LegendPart part;
        QRectF rect;
    };
    QList<LegendItem> legend;
    qreal barWidth = 0;
    QString minText;
    QString maxText;
};

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Typical week heatmap"));
    updateAccessibleDescription();
}

void HeatmapWidget::setGrid(const HeatmapGrid &grid) {
    if (grid == m_grid)
        return;
    m_grid = grid;
    updateGeometry(); //!< a new unit or scale changes the legend's width
    updateAccessibleDescription();
    update();
}

void HeatmapWidget::updateAccessibleDescription() {
    // A screen reader cannot see 168 coloured cells: it reads their summary instead.
    std::optional<Cell> busiest, quietest;
    int empty = 0;
    for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
        for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour) {
            const std::optional<double> value = m_grid.value(day, hour);
            if (!value) {
                ++empty;
                continue;
            }
            if (!busiest || *value > *m_grid.value(busiest->day, busiest->hour))
                busiest = Cell{day, hour};
            if (!quietest || *value < *m_grid.value(quietest->day, quietest->hour))
                quietest = Cell{day, hour};
        }
    }
    if (!busiest) {
        setAccessibleDescription(tr("No data in this range."));
        return;
    }
    QStringList lines{tr("Busiest hour: %1").arg(cellToolTip(busiest->day, busiest->hour)),
                      tr("Quietest hour: %1").arg(cellToolTip(quietest->day, quietest->hour))};
    if (empty > 0)
        lines.append(tr("%n hour(s) of the week without data", nullptr, empty));
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void HeatmapWidget::setCurrentDateTime(const QDateTime &now) {
    const std::optional<Cell> before = currentCell();
    m_now = now;
    if (currentCell() != before)
        update();
}

std::optional<HeatmapWidget::Cell> HeatmapWidget::currentCell() const {
    if (!m_now.isValid())
        return std::nullopt;
    QDateTime local = m_now;
    if (!m_grid.timeZone().isEmpty()) {
        const QTimeZone zone(m_grid.timeZone().toUtf8());
        if (zone.isValid())
            local = m_now.toTimeZone(zone);
    }
    return Cell{HeatmapGrid::fromQtDayOfWeek(local.date().dayOfWeek()), local.time().hour()};
}

// ---- Text ------------------------------------------------------------------------------------

bool HeatmapWidget::uses12HourClock() const {
    //! The locale's own short time format decides: "h:mm AP" (en_US) vs "HH:mm" (de, en_GB).
    return locale()
        .timeFormat(QLocale::ShortFormat)
        .contains(QLatin1Char('a'), Qt::CaseInsensitive);
}

QString HeatmapWidget::hourLabel(int hour) const {
    //! Axis labels stay short ("9 AM", "09:00") so more of them fit.
    return locale().toString(QTime(hour % 24, 0),
                             uses12HourClock() ? QStringLiteral("h AP") : QStringLiteral("HH:mm"));
}

QString HeatmapWidget::hourText(int hour) const {
    return locale().toString(QTime(hour % 24, 0), uses12HourClock() ? QStringLiteral("h:mm AP")
                                                                    : QStringLiteral("HH:mm"));
}

QString HeatmapWidget::valueText(double value) const {
    //! One decimal shows the difference between 4.2 and 4.6 people; above 100 it is noise.
    return locale().toString(value, 'f', std::abs(value) < 100.0 ? 1 : 0);
}

QString HeatmapWidget::timeZoneText() const {
    if (m_grid.timeZone().isEmpty())
        return tr("Hours in local time (time zone unknown)");
    return tr("Hours in local time, %1").arg(m_grid.timeZone());
}

QColor HeatmapWidget::mutedTextColor() const {
    //! Between text and background, so it follows light and dark palettes (PlaceholderText is
    //! left unset by several styles).
    return blend(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.35);
}

QString HeatmapWidget::cellToolTip(int day, int hour) const {
    if (day < 0 || day >= HeatmapGrid::DayCount || hour < 0 || hour >= HeatmapGrid::HourCount)
        return QString();
    const QString dayName = locale().dayName(HeatmapGrid::toQtDayOfWeek(day), QLocale::ShortFormat);
    const QString when = tr("%1 %2–%3", "weekday, hour start, hour end")
                             .arg(dayName, hourText(hour), hourText(hour + 1));
    const std::optional<double> value = m_grid.value(day, hour);
    if (!value)
        return tr("%1: no data").arg(when);
    QString text =
        m_grid.unit().isEmpty()
            ? tr("%1: %2", "time, value").arg(when, valueText(*value))
            : tr("%1: %2 %3", "time, value, unit").arg(when, valueText(*value), m_grid.unit());
    const int samples = m_grid.sampleCount(day, hour);
    if (samples > 0)
        text += QLatin1Char(' ') + tr("(%n week(s))", "weeks merged into this cell", samples);
    return text;
}

// ---- Colours ---------------------------------------------------------------------------------

QColor HeatmapWidget::scaleColor(double fraction) {
    const double t = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    const double position = t * double(ScaleStops.size() - 1);
    const auto index = std::min(std::size_t(position), ScaleStops.size() - 2);
    return blend(QColor(ScaleStops[index]), QColor(ScaleStops[index + 1]),
                 position - double(index));
}

QColor HeatmapWidget::noDataColor() {
    return QColor(0xa6, 0xa6, 0xa6);
}

QColor HeatmapWidget::noDataHatchColor() {
    return QColor(0x80, 0x80, 0x80);
}

// ---- Geometry --------------------------------------------------------------------------------

HeatmapWidget::Geometry HeatmapWidget::geometryFor(const QSizeF &size) const {
    Geometry g;
    g.size = size;
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetricsF metrics(font());
    const QFontMetricsF boldMetrics(boldFont);
    g.line = metrics.height();
    g.margin = std::round(g.line * 0.5);
    g.pad = std::round(g.line * 0.5);

    qreal dayWidth = 0;
    for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
        const QString name =
            locale().dayName(HeatmapGrid::toQtDayOfWeek(day), QLocale::ShortFormat);
        dayWidth = std::max(dayWidth, boldMetrics.horizontalAdvance(name));
    }

    const auto [low, high] = m_grid.effectiveScale();
    g.minText = m_grid.clampsBelow() ? tr("≤ %1").arg(valueText(low)) : valueText(low);
    g.maxText = m_grid.clampsAbove() ? tr("≥ %1").arg(valueText(high)) : valueText(high);
    const qreal gridLeft = g.margin + dayWidth + g.pad;
    const qreal available = std::max<qreal>(0, size.width() - gridLeft - g.margin);
    g.barWidth = std::clamp(available * 0.3, g.line * 4, g.line * 14);

    // Legend items left to right, wrapping; heights are known before the grid's is.
    const qreal legendRow = std::round(g.line * 1.6);
    QList<std::pair<Geometry::LegendPart, qreal>> parts;
    parts.append({Geometry::LegendPart::Scale, metrics.horizontalAdvance(g.minText) + g.barWidth +
                                                   metrics.horizontalAdvance(g.maxText) + g.pad +
                                                   2});
    if (!m_grid.unit().isEmpty())
        parts.append({Geometry::LegendPart::Unit,
                      std::min(available, metrics.horizontalAdvance(m_grid.unit()) + 1)});
    parts.append({Geometry::LegendPart::NoData,
                  g.line * 1.3 + g.pad * 0.5 + metrics.horizontalAdvance(tr("no data")) + 1});
    parts.append({Geometry::LegendPart::TimeZone,
                  std::min(available, metrics.horizontalAdvance(timeZoneText()) + 1)});
    qreal x = 0;
    int row = 0;
    for (const auto &[part, width] : parts) {
        const qreal spacing = x == 0 ? 0 : (part == Geometry::LegendPart::Unit ? g.pad : g.pad * 2);
        if (x > 0 && x + spacing + width > available) {
            ++row;
            x = 0;
        } else {
            x += spacing;
        }
        g.legend.append({part, QRectF(gridLeft + x, row * legendRow, width, legendRow)});
        x += width;
    }
    //! The time zone caption is a footnote: flush right when it shares a row.
    Geometry::LegendItem &zone = g.legend.last();
    if (g.legend.size() > 1 && g.legend.at(g.legend.size() - 2).rect.top() == zone.rect.top())
        zone.rect.moveRight(gridLeft + available);

    const qreal nowBand = std::round(g.line * 1.5);
    const qreal hourBand = std::round(g.line * 1.5);
    const qreal legendHeight = legendRow * (row + 1);
    const qreal gridTop = g.margin + nowBand;
    const qreal gridHeight =
        std::max<qreal>(0, size.height() - gridTop - hourBand - legendHeight - g.margin);
    g.grid = QRectF(gridLeft, gridTop, available, gridHeight);
    g.cellWidth = g.grid.width() / HeatmapGrid::HourCount;
    g.cellHeight = g.grid.height() / HeatmapGrid::DayCount;
    g.gap = std::clamp(std::min(g.cellWidth, g.cellHeight) * 0.08, 1.0, 3.0);
    for (Geometry::LegendItem &item : g.legend)
        item.rect.translate(0, g.grid.bottom() + hourBand);

    qreal hourWidth = 0;
    for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour)
        hourWidth = std::max(hourWidth, metrics.horizontalAdvance(hourLabel(hour)));
    g.hourStep = HourLabelSteps.back();
    for (int step : HourLabelSteps) {
        if (step * g.cellWidth >= hourWidth + g.pad) {
            g.hourStep = step;
            break;
        }
    }
    return g;
}

QRectF HeatmapWidget::cellRect(int day, int hour, const QSizeF &size) const {
    return cellRect(geometryFor(size), day, hour);
}

QRectF HeatmapWidget::cellRect(const Geometry &g, int day, int hour) const {
    const int row = m_grid.rowForDay(day);
    return QRectF(g.grid.left() + hour * g.cellWidth + g.gap / 2,
                  g.grid.top() + row * g.cellHeight + g.gap / 2, g.cellWidth - g.gap,
                  g.cellHeight - g.gap);
}

std::optional<HeatmapWidget::Cell> HeatmapWidget::cellAt(const QPointF &position,
                                                         const QSizeF &size) const {
    const Geometry g = geometryFor(size);
    if (!g.grid.contains(position) || g.cellWidth <= 0 || g.cellHeight <= 0)
        return std::nullopt;
    const int hour = std::clamp(int((position.x() - g.grid.left()) / g.cellWidth), 0,
                                HeatmapGrid::HourCount - 1);
    const int row =
        std::clamp(int((position.y() - g.grid.top()) / g.cellHeight), 0, HeatmapGrid::DayCount - 1);
    return Cell{m_grid.dayForRow(row), hour};
}

QSize HeatmapWidget::sizeForCells(qreal cellWidthInLines, qreal cellHeightInLines) const {
    //! The layout around the grid (labels, legend) depends on the width (the legend may wrap),
    //! so measure it at the width the cells need.
    const qreal line = QFontMetricsF(font()).height();
    const qreal tall = 10000;
    const Geometry wide = geometryFor(QSizeF(tall, tall));
    const qreal width =
        wide.grid.left() + HeatmapGrid::HourCount * line * cellWidthInLines + wide.margin;
    const Geometry g = geometryFor(QSizeF(width, tall));
    const qreal height = tall - g.grid.height() + HeatmapGrid::DayCount * line * cellHeightInLines;
    return QSize(int(std::ceil(width)), int(std::ceil(height)));
}

QSize HeatmapWidget::sizeHint() const {
    //! Cells a little wider than a line of text, rows a little taller: a week fits a laptop
    //! screen's content area, and the widget scales up from there (wall displays).
    return sizeForCells(1.9, 1.6);
}

QSize HeatmapWidget::minimumSizeHint() const {
    return sizeForCells(0.6, 1.1);
}

// ---- Painting --------------------------------------------------------------------------------

void HeatmapWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    paintHeatmap(painter, QSizeF(size()));
}

QImage HeatmapWidget::renderToImage(const QSize &size, qreal devicePixelRatio) const {
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    paintHeatmap(painter, QSizeF(size));
    painter.end();
    return image;
}

void HeatmapWidget::paintHeatmap(QPainter &painter, const QSizeF &size) const {
    painter.fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Window));
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Geometry g = geometryFor(size);
    if (g.grid.width() <= 0 || g.grid.height() <= 0)
        return;
    paintCells(painter, g);
    paintDayLabels(painter, g);
    paintHourLabels(painter, g);
    paintNowMarker(painter, g);
    paintLegend(painter, g);
    if (m_grid.isEmpty())
        paintEmptyMessage(painter, g);
}

void HeatmapWidget::paintNoDataPattern(QPainter &painter, const QRectF &rect) {
    //! Drawn lines rather than Qt::BDiagPattern: the brush patterns are fixed device-pixel
    //! bitmaps, too fine on HiDPI screens and invisible once the image is scaled down.
    painter.save();
    painter.fillRect(rect, noDataColor());
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(noDataHatchColor(), 1.0));
    const qreal spacing = std::clamp(std::min(rect.width(), rect.height()) / 4, 4.0, 10.0);
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += spacing)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

void HeatmapWidget::paintCells(QPainter &painter, const Geometry &g) const {
    for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
        for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour) {
            const QRectF rect = cellRect(g, day, hour);
            if (const std::optional<double> fraction = m_grid.fraction(day, hour))
                painter.fillRect(rect, scaleColor(*fraction));
            else
                paintNoDataPattern(painter, rect);
        }
    }
}

void HeatmapWidget::paintDayLabels(QPainter &painter, const Geometry &g) const {
    const std::optional<Cell> now = currentCell();
    painter.save();
    painter.setPen(palette().color(QPalette::WindowText));
    for (int row = 0; row < HeatmapGrid::DayCount; ++row) {
        const int day = m_grid.dayForRow(row);
        //! Today's name in bold: the row is found at a glance even where the cell is dark.
        QFont labelFont = font();
        labelFont.setBold(now && now->day == day);
        painter.setFont(labelFont);
        const QRectF rect(g.margin, g.grid.top() + row * g.cellHeight,
                          g.grid.left() - g.margin - g.pad, g.cellHeight);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
                         locale().dayName(HeatmapGrid::toQtDayOfWeek(day), QLocale::ShortFormat));
    }
    painter.restore();
}

void HeatmapWidget::paintHourLabels(QPainter &painter, const Geometry &g) const {
    //! Labels sit on the boundary where their hour starts (a cell is the hour that follows),
    //! with a tick, as on a clock face, rather than centred on a cell.
    painter.save();
    const qreal tick = std::round(g.line * 0.25);
    for (int hour = 0; hour < HeatmapGrid::HourCount; hour += g.hourStep) {
        const qreal x = g.grid.left() + hour * g.cellWidth;
        painter.setPen(QPen(mutedTextColor(), 1.0));
        painter.drawLine(QPointF(x, g.grid.bottom() + 1), QPointF(x, g.grid.bottom() + tick));
        const QString label = hourLabel(hour);
        const qreal width = QFontMetricsF(font()).horizontalAdvance(label) + 2;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x - width / 2, g.grid.bottom() + tick, width, g.line),
                         Qt::AlignCenter, label);
    }
    painter.restore();
}

void HeatmapWidget::paintNowMarker(QPainter &painter, const Geometry &g) const {
    const std::optional<Cell> now = currentCell();
    if (!now)
        return;
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor paper = palette().color(QPalette::Window);
    const QRectF cell = cellRect(g, now->day, now->hour);

    //! A double ring, text colour outside and background colour inside, shows on the
    //! lightest and the darkest cell alike in both palettes.
    painter.save();
    painter.setBrush(Qt::NoBrush);
    const qreal ring = std::clamp(std::min(g.cellWidth, g.cellHeight) * 0.06, 2.0, 4.0);
    painter.setPen(QPen(ink, ring));
    painter.drawRect(
        cell.adjusted(-ring / 2 - 0.5, -ring / 2 - 0.5, ring / 2 + 0.5, ring / 2 + 0.5));
    painter.setPen(QPen(paper, 1.0));
    painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));

    // "now" above the column, with a pointer down to the grid.
    QFont labelFont = font();
    labelFont.setBold(true);
    painter.setFont(labelFont);
    const QString label = tr("now", "marks the current weekday and hour");
    const qreal width = QFontMetricsF(labelFont).horizontalAdvance(label) + 2;
    const qreal centre = cell.center().x();
    const qreal left = std::clamp(centre - width / 2, 0.0, std::max(0.0, g.size.width() - width));
    const qreal pointer = std::round(g.line * 0.3);
    painter.setPen(ink);
    painter.drawText(QRectF(left, g.grid.top() - pointer - g.line - 1, width, g.line),
                     Qt::AlignCenter, label);
    QPainterPath arrow;
    arrow.moveTo(centre - pointer, g.grid.top() - pointer - 1);
    arrow.lineTo(centre + pointer, g.grid.top() - pointer - 1);
    arrow.lineTo(centre, g.grid.top() - 1);
    arrow.closeSubpath();
    painter.fillPath(arrow, ink);
    painter.restore();
}

void HeatmapWidget::paintLegend(QPainter &painter, const Geometry &g) const {
    painter.save();
    const QFontMetricsF metrics(font());
    const QColor ink = palette().color(QPalette::WindowText);
    for (const Geometry::LegendItem &item : g.legend) {
        const QRectF &rect = item.rect;
        const qreal middle = rect.center().y();
        switch (item.part) {
        case Geometry::LegendPart::Scale: {
            painter.setPen(ink);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, g.minText);
            const qreal left = rect.left() + metrics.horizontalAdvance(g.minText) + g.pad / 2;
            const QRectF bar(left, middle - g.line * 0.4, g.barWidth, g.line * 0.8);
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (std::size_t i = 0; i < ScaleStops.size(); ++i)
                gradient.setColorAt(qreal(i) / qreal(ScaleStops.size() - 1), QColor(ScaleStops[i]));
            painter.fillRect(bar, gradient);
            painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, g.maxText);
            break;
        }
        case Geometry::LegendPart::Unit:
            painter.setPen(ink);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(m_grid.unit(), Qt::ElideRight, rect.width()));
            break;
        case Geometry::LegendPart::NoData: {
            const QRectF swatch(rect.left(), middle - g.line * 0.4, g.line * 1.3, g.line * 0.8);
            paintNoDataPattern(painter, swatch);
            painter.setPen(ink);
            painter.drawText(rect.adjusted(swatch.width() + g.pad * 0.5, 0, 0, 0),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("no data"));
            break;
        }
        case Geometry::LegendPart::TimeZone:
            painter.setPen(mutedTextColor());
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(timeZoneText(), Qt::ElideRight, rect.width()));
            break;
        }
    }
    painter.restore();
}

void HeatmapWidget::paintEmptyMessage(QPainter &painter, const Geometry &g) const {
    const QString message = tr("No data for this period");
    const QFontMetricsF metrics(font());
    const QSizeF box(metrics.horizontalAdvance(message) + g.line * 2, g.line * 2);
    QRectF rect(QPointF(0, 0), box);
    rect.moveCenter(g.grid.center());
    painter.save();
    painter.setPen(QPen(mutedTextColor(), 1.0));
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(rect, g.line * 0.3, g.line * 0.3);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect, Qt::AlignCenter, message);
    painter.restore();
}

// ---- Events ----------------------------------------------------------------------------------

bool HeatmapWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Cell> cell = cellAt(help->pos(), QSizeF(size()))) {
            //! Passing the cell's rectangle hides the tip as soon as the pointer leaves it.
            QToolTip::showText(help->globalPos(), cellToolTip(cell->day, cell->hour), this,
                               cellRect(cell->day, cell->hour).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace Density
