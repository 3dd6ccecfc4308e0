#include "metricchartpage.h"

#include "analytics/metricrules.h"
#include "api/densityclient.h"
#include "chartpagetext.h"
#include "chartpalette.h"
#include "metricchartview.h"
#include "models/spacetreemodel.h"

#include <QLabel>
#include <QScrollArea>
#include <QShowEvent>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace Density {

namespace {

using ChartPageText::legendEntry;
using ChartPageText::Swatch;

QLabel *textLabel(QWidget *parent, Qt::TextFormat format = Qt::PlainText) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

//! Summary cards scroll beyond this, so the chart keeps its room.
constexpr int MaxCardsHeight = 190;

//! A translucent shade as it looks on white, so the legend swatch matches the chart.
QColor onWhite(const QColor &colour) {
    const double a = std::max(double(colour.alphaF()), 0.35);
    const auto mix = [a](int c) { return int(c * a + 255 * (1 - a)); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

MetricChartPage::MetricChartPage(const SpaceTreeModel *spaces, ChartDataSource *source,
                                 QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_source(source)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_chartBlock(new QWidget(this))
    , m_empty(textLabel(this))
    , m_header(textLabel(m_chartBlock))
    , m_message(textLabel(m_chartBlock))
    , m_view(new MetricChartView(m_chartBlock))
    , m_legend(textLabel(m_chartBlock, Qt::RichText))
    , m_notes(textLabel(m_chartBlock))
    , m_cards(new SummaryCards(this))
    , m_cardsArea(new QScrollArea(this))
    , m_startTimer(new QTimer(this)) {
    m_empty->setText(tr("Select one space, or up to 8 to compare, in the Spaces panel."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_header->font();
    font.setBold(true);
    m_header->setFont(font);
    m_header->setToolTip(tr("The time basis of every number on this page: the range, the "
                            "resolution, the operating hours and the time zone."));
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();
    m_chartBlock->setAutoFillBackground(true);
    m_chartBlock->setBackgroundRole(QPalette::Base);
    m_view->setToolTipProvider([this](double x) { return toolTipAt(x); });
    // Until the first load names it after its metric ("Occupancy chart").
    m_view->setAccessibleName(tr("Chart"));

    auto *block = new QVBoxLayout(m_chartBlock);
    block->setContentsMargins(8, 8, 8, 8);
    block->setSpacing(4);
    block->addWidget(m_header);
    block->addWidget(m_message);
    block->addWidget(m_view, 1);
    block->addWidget(m_legend);
    block->addWidget(m_notes);

    // Eight compared spaces scroll rather than squash the chart.
    m_cardsArea->setWidgetResizable(true);
    m_cardsArea->setFrameShape(QFrame::NoFrame);
    m_cardsArea->setWidget(m_cards);
    m_cardsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardsArea->setAccessibleName(tr("Summary figures"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_chartBlock, 1);
    layout->addWidget(m_cardsArea);

    m_startTimer->setSingleShot(true);
    m_startTimer->setInterval(0);
    connect(m_startTimer, &QTimer::timeout, this, &MetricChartPage::start);
    connect(m_source, &ChartDataSource::progressChanged, this,
            [this](const QString &key, int done, int total) {
                if (key == m_wantedKey)
                    Q_EMIT progressChanged(done, total, QString());
            });
    connect(m_source, &ChartDataSource::loaded, this, [this](const QString &key) {
        if (key != m_wantedKey)
            return;
        apply();
        Q_EMIT finished();
    });
    connect(m_source, &ChartDataSource::failed, this, [this](const QString &key, const QString &e) {
        if (key != m_wantedKey)
            return;
        showMessage(tr("The data could not be loaded: %1").arg(e));
        Q_EMIT finished();
        Q_EMIT failed(e);
    });
    connect(m_source, &ChartDataSource::aborted, this, [this](const QString &key) {
        if (key != m_wantedKey)
            return;
        m_cancelledKey = key;
        showMessage(m_shownKey.isEmpty()
                        ? tr("Loading was cancelled. Refresh (F5) loads the chart.")
                        : tr("Loading was cancelled; the chart still shows the previous query. "
                             "Refresh (F5) loads the new one."));
        Q_EMIT finished();
    });
    if (m_spaces) // a refreshed tree may bring new capacities; Refresh fetches again
        connect(m_spaces, &QAbstractItemModel::modelReset, this, [this] {
            m_source->invalidate();
            m_cancelledKey.clear();
            scheduleLoad();
        });
    start();
}

void MetricChartPage::setClient(DensityClient *client) {
    m_client = client;
    scheduleLoad();
}

void MetricChartPage::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    scheduleLoad();
}

DensityClient *MetricChartPage::client() const {
    if (m_client)
        return m_client;
    return m_spaces ? m_spaces->client() : nullptr;
}

QString MetricChartPage::seriesKey(const QString &spaceId, const QString &line) {
    return spaceId + QLatin1Char('/') + line;
}

bool MetricChartPage::isLoading() const {
    return !m_wantedKey.isEmpty() && m_source->runningKey() == m_wantedKey;
}

bool MetricChartPage::isSettled() const {
    return !m_stale && !m_startTimer->isActive() && !isLoading();
}

void MetricChartPage::setSelection(const QList<Space> &spaces) {
    m_selection = spaces;
    supersede();
    scheduleLoad();
}

void MetricChartPage::setQuery(const AnalyticsSelection &query) {
    if (query == m_query && !m_stale)
        return;
    m_query = query;
    supersede();
    scheduleLoad();
}

void MetricChartPage::reload() {
    m_source->invalidate();
    m_cancelledKey.clear();
    supersede();
    scheduleLoad();
}

void MetricChartPage::cancel() {
    if (isLoading())
        m_source->abort(); // aborted() shows the message and ends the progress
}

void MetricChartPage::supersede() {
    // Nothing of the previous question is shown from now on; if this page is the one waiting
    // for it, the load stops now rather than when the next one starts.
    const bool mine = isLoading() && isVisible();
    m_wantedKey.clear();
    if (mine)
        m_source->abort();
}

void MetricChartPage::scheduleLoad() {
    m_stale = true;
    if (isVisible())
        m_startTimer->start();
}

void MetricChartPage::showEvent(QShowEvent *event) {
    AnalyticsPage::showEvent(event);
    if (m_stale)
        m_startTimer->start();
    else if (isLoading())
        Q_EMIT progressChanged(m_source->done(), m_source->total(), QString());
}

void MetricChartPage::resizeEvent(QResizeEvent *event) {
    AnalyticsPage::resizeEvent(event);
    if (m_cards->rowCount() > 0)
        m_cardsArea->setFixedHeight(std::min(cardsHeight(), MaxCardsHeight));
}

void MetricChartPage::start() {
    m_startTimer->stop();
    if (!isVisible())
        return;
    m_stale = false;
    const bool empty = m_selection.isEmpty();
    m_empty->setVisible(empty);
    m_chartBlock->setVisible(!empty);
    m_cardsArea->setVisible(!empty);
    if (empty) {
        m_data.clear();
        m_shownKey.clear();
        m_wantedKey.clear();
        m_cards->clear();
        return;
    }
    m_now = m_clock();
    const std::optional<ChartDataSource::Request> request =
        ChartDataSource::makeRequest(m_selection, m_query, m_now);
    if (!request) {
        showMessage(tr("The range's last day is before its first; choose another range."));
        return;
    }
    m_request = *request;
    m_header->setText(ChartPageText::header(m_request, locale()));
    DensityClient *connection = client();
    if (!connection) {
        showMessage(tr("Not connected: open the demo portfolio or connect to an account."));
        return;
    }
    m_wantedKey = m_request.key();
    if (m_wantedKey == m_cancelledKey)
        return; // the cancelled message stays until Refresh or another question
    m_source->load(connection, m_request);
}

void MetricChartPage::apply() {
    m_axis = ChartSpaces::axis(m_request);
    m_data =
        ChartSpaces::build(m_selection, m_source->result(), m_request, m_axis, m_now, m_spaces);
    m_shownKey = m_wantedKey;
    m_cancelledKey.clear();
    showMessage(QString());
    rebuildChart();
}

void MetricChartPage::rebuildChart() {
    const TimeResolution resolution = m_request.resolution;
    ChartContent content;
    content.yTitle = yTitle();
    content.yUnit = yUnit();
    content.resolution = resolution;
    content.locale = locale();
    content.axis = m_axis;

    for (const SpaceData &item : std::as_const(m_data))
        addSeries(item, &content);
    double top = 0;
    for (const ChartSeriesSpec &spec : std::as_const(content.series)) {
        for (const QList<QPointF> &run : spec.runs) {
            for (const QPointF &p : run)
                top = std::max(top, p.y());
        }
    }
    content.yMax = top > 0 ? top * 1.1 : 1.0;
    finishContent(&content);

    content.bands.append(ChartSpaces::qualityBands(m_data));
    m_view->setContent(content);

    QStringList legend;
    QStringList notes;
    QStringList rollupNotes; //!< the full sentences, for the tooltip and the CSV
    for (const SpaceData &item : std::as_const(m_data)) {
        legend.append(legendEntry(Swatch::Solid, item.colour, spaceLegendName(item)));
        if (item.rollup.rolledUp) {
            // One short line per space here; what a roll-up means is said once below.
            QString line = tr("%1: rolled up from %n of its spaces", nullptr,
                              int(item.rollup.combinedIds.size()))
                               .arg(item.space.name);
            if (!item.rollup.withoutCapacityIds.isEmpty())
                line += tr(" (%n without a capacity, left out of utilization)", nullptr,
                           int(item.rollup.withoutCapacityIds.size()));
            notes.append(line + tr("."));
            rollupNotes.append(item.space.name + tr(": ") + item.rollup.note());
        } else if (item.series.isEmpty()) {
            notes.append(tr("%1: the API returned no data in this range.").arg(item.space.name));
        }
    }
    if (!rollupNotes.isEmpty())
        notes.append(tr("Rolled up on this computer: occupancy is the sum of the spaces, the peak "
                        "an upper bound (their peaks added up), time used a lower bound (the "
                        "busiest space)."));
    legend.append(legendExtras());
    for (const ChartBandSpec &band : std::as_const(content.bands))
        legend.append(legendEntry(band.brush == Qt::SolidPattern ? Swatch::Solid : Swatch::Hatched,
                                  onWhite(band.colour), band.name));
    if (m_request.groups.size() > 1)
        notes.append(tr("Times are each space's local time, so 09:00 lines up with 09:00."));
    notes.append(tr("A gap in a line is time without data or outside the operating hours; it is "
                    "never drawn as 0."));
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setToolTip(rollupNotes.join(QStringLiteral("\n\n")));
    // A chart is a picture to a screen reader: its name says what it plots, its description
    // the time basis, what each colour stands for and the notes.
    //: Accessible name of a chart, e.g. "Occupancy (people) chart"
    m_view->setAccessibleName(tr("%1 chart").arg(yTitle()));
    m_view->setAccessibleDescription(QStringList{m_header->text(),
                                                 QTextDocumentFragment::fromHtml(m_legend->text())
                                                     .toPlainText()
                                                     .replace(QChar(0x00A0), QLatin1Char(' ')),
                                                 m_notes->text()}
                                         .join(QLatin1Char('\n')));

    QList<SummaryCards::Row> rows;
    for (const SpaceData &item : std::as_const(m_data))
        rows.append({item.space.name, item.colour, figures(item)});
    m_cards->setContent(figureTitles(), rows);
    m_cardsArea->setFixedHeight(std::min(cardsHeight(), MaxCardsHeight));
}

int MetricChartPage::cardsHeight() const {
    // Word-wrapped titles make the cards' height depend on the width they get.
    const int width = m_cardsArea->viewport()->width() > 50 ? m_cardsArea->viewport()->width()
                                                            : std::max(400, this->width() - 16);
    const int height = m_cards->hasHeightForWidth() ? m_cards->heightForWidth(width)
                                                    : m_cards->sizeHint().height();
    return std::max(height, m_cards->minimumSizeHint().height()) + 2;
}

void MetricChartPage::showMessage(const QString &text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString MetricChartPage::toolTipAt(double x) const {
    QString heading;
    QStringList lines;
    for (const SpaceData &item : m_data) {
        const qsizetype index = MetricChartBuilder::bucketAt(item.buckets, x);
        if (index < 0)
            continue;
        const ChartBucket &bucket = item.buckets.at(index);
        if (heading.isEmpty())
            heading = ChartPageText::bucketTime(bucket, m_request.resolution, locale());
        using MetricRules::DataQuality;
        const bool measured = MetricRules::hasData(bucket.quality);
        QString line =
            legendEntry(Swatch::Solid, item.colour, item.space.name) + tr(": ") +
            (measured ? valueText(item, bucket.bucket) : MetricRules::qualityName(bucket.quality))
                .toHtmlEscaped();
        if (bucket.quality != DataQuality::Good)
            line += QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;&nbsp;") +
                    MetricRules::qualityExplanation(bucket.quality, bucket.bucket, locale())
                        .toHtmlEscaped();
        lines.append(line);
    }
    if (heading.isEmpty())
        return {};
    if (m_request.groups.size() > 1)
        heading = tr("%1 (local time)").arg(heading);
    return QStringLiteral("<b>%1</b><br/>%2")
        .arg(heading.toHtmlEscaped(), lines.join(QStringLiteral("<br/>")));
}

QString MetricChartPage::headerText() const {
    return m_header->text();
}

QString MetricChartPage::legendText() const {
    return m_legend->text();
}

QString MetricChartPage::noteText() const {
    return m_notes->text();
}

QString MetricChartPage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace Density
