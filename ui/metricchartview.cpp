#include "metricchartview.h"

#include "apptheme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace Density {

namespace {

//! Room for one x label; decides how many ticks fit.
constexpr int PixelsPerTick = 80;
//! Pixels between two "3+" labels, so they never run into each other.
constexpr double LabelSpacing = 34;
//! A resize changes decimation only once the width moved this much (drags stay cheap).
constexpr double RelayoutShare = 0.1;

//! 1, 2, 2.5 or 5 times a power of ten, giving about five ticks up to `maximum`.
double niceStep(double maximum) {
    const double raw = std::max(maximum, 1e-6) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
    return nice * magnitude;
}

//! A solid pastel band (made for white) as a tint of the same hue on a dark background: as far
//! above the background's lightness as the pastel is below white, so it stays as quiet.
QColor bandOn(const QColor &colour, const QPalette &palette) {
    if (colour.alpha() < 255 || !AppTheme::isDark(palette))
        return colour; // translucent shades work on either background
    const QColor hsl = colour.toHsl();
    const float base = palette.color(QPalette::Base).lightnessF();
    const float lightness = std::min(1.0f, base + (1.0f - hsl.lightnessF()) * 1.2f);
    return QColor::fromHslF(hsl.hslHueF(), std::min(1.0f, hsl.hslSaturationF() * 0.6f), lightness);
}

QLineSeries *lineWith(const QList<QPointF> &points, QObject *parent) {
    auto *line = new QLineSeries(parent);
    line->replace(points); // once: the whole run in one call
    return line;
}

} // namespace

MetricChartView::MetricChartView(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_axisX(new QCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_overlay(new QLabel(this))
    , m_relayout(new QTimer(this)) {
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_axisX->setGridLineVisible(true);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    AppTheme::styleChart(m_chart, palette());
    setMouseTracking(true);

    m_overlay->setWordWrap(true);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setTextFormat(Qt::PlainText);
    m_overlay->setAutoFillBackground(true);
    m_overlay->setFrameShape(QFrame::StyledPanel);
    m_overlay->setMargin(10);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->hide();

    m_relayout->setSingleShot(true);
    m_relayout->setInterval(120);
    connect(m_relayout, &QTimer::timeout, this, [this] {
        const int width = currentPlotWidth();
        if (std::abs(width - m_decimatedWidth) > RelayoutShare * m_decimatedWidth)
            rebuild();
        placeOverlay();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeOverlay(); });
}

void MetricChartView::setContent(const ChartContent &content) {
    m_content = content;
    rebuild();
}

void MetricChartView::setToolTipProvider(std::function<QString(double)> provider) {
    m_toolTip = std::move(provider);
}

int MetricChartView::currentPlotWidth() const {
    const int plot = int(m_chart->plotArea().width());
    if (plot > 40)
        return plot;
    // Not laid out yet: the view's width less room for the y axis.
    return std::max(200, width() - 80);
}

void MetricChartView::relayoutNow() {
    m_relayout->stop();
    rebuild();
}

void MetricChartView::relayoutIfResized() {
    if (m_relayout->isActive())
        relayoutNow();
}

void MetricChartView::rebuild() {
    m_chart->removeAllSeries();
    m_byKey.clear();

    // The axes stay (recreating them leaves their old labels in the scene until the event
    // loop runs, which an immediate export would show); only their contents change.
    const int width = currentPlotWidth();
    m_decimatedWidth = width;
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    m_axisX->setStartValue(m_content.axis.xMin());
    m_axisX->setRange(m_content.axis.xMin(), m_content.axis.xMax());
    bool centred = false;
    const QList<AxisTick> ticks =
        MetricChartBuilder::ticks(m_content.axis, m_content.resolution, m_content.locale,
                                  std::max(2, width / PixelsPerTick), &centred);
    m_axisX->setLabelsPosition(centred ? QCategoryAxis::AxisLabelsPositionCenter
                                       : QCategoryAxis::AxisLabelsPositionOnValue);
    for (const AxisTick &tick : ticks)
        m_axisX->append(tick.label, tick.x);

    // Ticks from 0 at a round step; the axis starts a little below 0 so that a line of zero
    // use is drawn above the axis line, not hidden in it (and never mistaken for a gap).
    const double step = niceStep(m_content.yMax);
    const double top = std::ceil(m_content.yMax / step - 1e-9) * step;
    m_axisY->setRange(-top * 0.03, top);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(step);
    int decimals = 0; // as many as the step needs: 0.25 has two
    while (decimals < 3 && std::abs(step * std::pow(10, decimals) -
                                    std::round(step * std::pow(10, decimals))) > 1e-6)
        ++decimals;
    m_axisY->setLabelFormat(QStringLiteral("%.%1f").arg(decimals) + m_content.yUnit);
    m_axisY->setTitleText(m_content.yTitle);

    for (const ChartBandSpec &band : std::as_const(m_content.bands))
        addBand(band);
    for (const ChartSeriesSpec &spec : std::as_const(m_content.series))
        addSpec(spec, width);

    // Over an empty plot the overlay is the message; over drawn lines it keeps to the top.
    m_overlayAtTop = std::any_of(m_content.series.begin(), m_content.series.end(),
                                 [](const ChartSeriesSpec &spec) { return !spec.runs.isEmpty(); });
    m_overlay->setText(m_content.overlay);
    m_overlay->setVisible(!m_content.overlay.isEmpty());
    AppTheme::styleChart(m_chart, palette());
    placeOverlay();
}

void MetricChartView::attach(QAbstractSeries *series, const QString &key) {
    m_chart->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    m_byKey.insert(key, series);
}

void MetricChartView::addBand(const ChartBandSpec &band) {
    // Strips are one area whose upper edge is a comb: up at each range's start, down at its end.
    const double top = m_axisY->max();
    const double bottom = m_axisY->min();
    QList<QPointF> upper;
    QList<QPointF> lower;
    if (band.yBand) {
        const double high = std::min(band.yBand->second, top);
        upper = {{m_content.axis.xMin(), high}, {m_content.axis.xMax(), high}};
        const double low = band.yBand->first <= 0 ? bottom : band.yBand->first;
        lower = {{m_content.axis.xMin(), low}, {m_content.axis.xMax(), low}};
    } else {
        if (band.xRanges.isEmpty())
            return;
        for (const auto &[from, to] : band.xRanges) {
            upper.append({from, bottom});
            upper.append({from, top});
            upper.append({to, top});
            upper.append({to, bottom});
        }
        lower = {{upper.first().x(), bottom}, {upper.last().x(), bottom}};
    }
    auto *area = new QAreaSeries;
    area->setUpperSeries(lineWith(upper, area));
    area->setLowerSeries(lineWith(lower, area));
    area->setName(band.name);
    area->setPen(Qt::NoPen);
    area->setBrush(QBrush(bandOn(band.colour, palette()), band.brush));
    attach(area, band.key);
}

void MetricChartView::addSpec(const ChartSeriesSpec &spec, int width) {
    if (spec.kind == ChartSeriesSpec::Kind::Markers) {
        if (spec.runs.isEmpty())
            return;
        auto *markers = new QScatterSeries;
        markers->replace(MetricChartBuilder::thin(spec.runs.first(), m_content.axis.xMin(),
                                                  m_content.axis.xMax(), std::max(8, width / 12)));
        markers->setName(spec.name);
        markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        markers->setMarkerSize(9);
        markers->setColor(spec.colour);
        markers->setBorderColor(spec.colour.darker(140));
        attach(markers, spec.key);
        if (spec.pointLabel.isEmpty())
            return;
        // Labels on their own series, spaced so that none overlaps the next; the markers,
        // tooltips and cards say "3+" for every capped bucket regardless.
        const double pixelsPerX =
            width / std::max(1e-9, m_content.axis.xMax() - m_content.axis.xMin());
        QList<QPointF> labelled;
        for (const QPointF &p : markers->points()) {
            if (labelled.isEmpty() || (p.x() - labelled.last().x()) * pixelsPerX >= LabelSpacing)
                labelled.append(p);
        }
        auto *labels = new QScatterSeries;
        labels->replace(labelled);
        labels->setName(spec.name);
        labels->setColor(Qt::transparent);
        labels->setBorderColor(Qt::transparent);
        labels->setMarkerSize(9);
        labels->setPointLabelsFormat(spec.pointLabel);
        labels->setPointLabelsVisible(true);
        // Darker than the markers on a light chart, lighter on a dark one: readable on both.
        labels->setPointLabelsColor(AppTheme::isDark(palette()) ? spec.colour.lighter(150)
                                                                : spec.colour.darker(160));
        attach(labels, spec.key);
        return;
    }
    const ChartRuns runs = MetricChartBuilder::decimate(spec.runs, m_content.axis.xMin(),
                                                        m_content.axis.xMax(), width);
    QPen pen(spec.colour, spec.width, spec.penStyle);
    pen.setCapStyle(Qt::FlatCap);
    for (const QList<QPointF> &run : runs) {
        if (spec.kind == ChartSeriesSpec::Kind::Area) {
            auto *area = new QAreaSeries;
            area->setUpperSeries(lineWith(run, area));
            area->setLowerSeries(lineWith({{run.first().x(), 0}, {run.last().x(), 0}}, area));
            area->setName(spec.name);
            QColor fill = spec.colour;
            fill.setAlpha(70);
            area->setBrush(fill);
            area->setPen(pen);
            attach(area, spec.key);
            continue;
        }
        QLineSeries *line = lineWith(run, nullptr);
        line->setName(spec.name);
        line->setPen(pen);
        attach(line, spec.key);
    }
}

QList<QXYSeries *> MetricChartView::seriesFor(const QString &key) const {
    QList<QXYSeries *> out;
    const QList<QAbstractSeries *> all = m_byKey.values(key);
    for (auto it = all.rbegin(); it != all.rend(); ++it) { // insertion order
        if (auto *xy = qobject_cast<QXYSeries *>(*it))
            out.append(xy);
    }
    return out;
}

QList<QAreaSeries *> MetricChartView::areasFor(const QString &key) const {
    QList<QAreaSeries *> out;
    const QList<QAbstractSeries *> all = m_byKey.values(key);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (auto *area = qobject_cast<QAreaSeries *>(*it))
            out.append(area);
    }
    return out;
}

int MetricChartView::drawnPointCount(const QString &key) const {
    int count = 0;
    for (QXYSeries *series : seriesFor(key))
        count += series->count();
    for (QAreaSeries *area : areasFor(key))
        count += area->upperSeries()->count();
    return count;
}

QString MetricChartView::overlayText() const {
    return m_overlay->isHidden() ? QString() : m_overlay->text();
}

QString MetricChartView::toolTipAt(double x) const {
    return m_toolTip ? m_toolTip(x) : QString();
}

void MetricChartView::placeOverlay() {
    if (m_overlay->isHidden())
        return;
    const QRect plot = mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
    const int width = std::min(plot.width() - 24, m_overlayAtTop ? 420 : 520);
    m_overlay->setFixedWidth(std::max(120, width));
    const int height = m_overlay->heightForWidth(m_overlay->width());
    m_overlay->setFixedHeight(std::max(height, m_overlay->minimumSizeHint().height()));
    const QPoint topLeft =
        m_overlayAtTop ? QPoint(plot.center().x() - m_overlay->width() / 2, plot.top() + 8)
                       : plot.center() - QPoint(m_overlay->width() / 2, m_overlay->height() / 2);
    m_overlay->move(topLeft);
    m_overlay->raise();
}

void MetricChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_relayout->start();
}

void MetricChartView::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    // The point labels take their shade from the palette too: rebuild, which styles the chart.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event) {
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = m_chart->mapFromScene(scenePos);
    QString text;
    if (m_chart->plotArea().contains(chartPos))
        text = toolTipAt(m_chart->mapToValue(chartPos).x());
    if (text.isEmpty()) {
        if (!m_shownToolTip.isEmpty())
            QToolTip::hideText();
    } else if (text != m_shownToolTip) {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    m_shownToolTip = text;
}

} // namespace Density
