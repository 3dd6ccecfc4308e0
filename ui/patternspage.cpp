#include "patternspage.h"

#include "analytics/heatmapadapter.h"
#include "analytics/rollup.h"
#include "analytics/timebasis.h"
#include "api/densityclient.h"
#include "api/windowing.h"
#include "export/csvformat.h"
#include "export/exportfilename.h"
#include "export/exportprovenance.h"
#include "heatmapwidget.h"
#include "models/spacetreemodel.h"
#include "visibleloader.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace Density {
namespace {

constexpr WeekHourMetric Metrics[] = {WeekHourMetric::OccupancyAvg, WeekHourMetric::OccupancyMax,
                                      WeekHourMetric::UtilizationAvg,
                                      WeekHourMetric::TimeUsedShare};

//! The local days a range covers (its ends read in `zone`).
LocalDays daysOf(const TimeRange &range, const QTimeZone &zone) {
    return {range.start.toTimeZone(zone).date(), range.end.toTimeZone(zone).date()};
}

} // namespace

PatternsPage::PatternsPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_title(new QLabel(this))
    , m_metricCombo(new QComboBox(this))
    , m_basis(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_heatmap(new HeatmapWidget(this))
    , m_loader(new VisibleLoader(
          this, [this] { start(false); }, [this] { supersedeWhileHidden(); }))
    , m_minuteTimer(new QTimer(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_basis, m_notice, m_message}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_basis->setTextFormat(Qt::PlainText);
    m_notice->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("patternsNotice"));
    m_notice->setStyleSheet(
        QStringLiteral("#patternsNotice { background: rgba(214, 160, 36, 0.14); "
                       "border: 1px solid rgba(214, 160, 36, 0.55); border-radius: 4px; "
                       "padding: 4px 6px; }"));

    for (WeekHourMetric metric : Metrics)
        m_metricCombo->addItem(HeatmapAdapter::metricName(metric), int(metric));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricCombo);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(metricLabel, 0, Qt::AlignTop);
    titleRow->addWidget(m_metricCombo, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_basis);
    layout->addWidget(m_notice);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_heatmap, 1);

    m_minuteTimer->setSingleShot(true);
    connect(m_minuteTimer, &QTimer::timeout, this, &PatternsPage::updateNow);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(WeekHourMetric(m_metricCombo->currentData().toInt())); });

    showMessage(tr("Select a space in the Spaces panel to see its typical week."));
    updateTexts();
    updateNow();
}

PatternsPage::~PatternsPage() {
    abortRunning();
}

void PatternsPage::setClient(DensityClient *client) {
    if (client == m_client)
        return;
    abortRunning();
    m_client = client;
    m_loaded = false;
    scheduleLoad();
}

void PatternsPage::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    updateNow();
}

PatternsPage::Source PatternsPage::sourceOf(WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
    case WeekHourMetric::OccupancyMax:
        return Source::Occupancy;
    case WeekHourMetric::UtilizationAvg:
        return Source::Utilization;
    case WeekHourMetric::TimeUsedShare:
        return Source::TimeUsed;
    }
    return Source::Occupancy;
}

bool PatternsPage::Plan::sameData(const Plan &other) const {
    return space.id == other.space.id && range.start == other.range.start &&
           range.end == other.range.end && zone == other.zone && source == other.source;
}

void PatternsPage::setSelection(const QList<Space> &spaces) {
    m_selection = spaces;
    scheduleLoad();
}

void PatternsPage::setQuery(const AnalyticsSelection &query) {
    m_query = query;
    m_hasQuery = true;
    scheduleLoad();
}

void PatternsPage::setMetric(WeekHourMetric metric) {
    const int index = m_metricCombo->findData(int(metric));
    if (index >= 0 && index != m_metricCombo->currentIndex()) {
        m_metricCombo->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    if (metric == m_metric)
        return;
    m_metric = metric;
    scheduleLoad();
}

void PatternsPage::reload() {
    if (!isVisible()) {
        abortRunning();
        m_loaded = false;
        m_loader->markStale();
        return;
    }
    start(true);
}

void PatternsPage::cancel() {
    if (!m_request.isRunning())
        return;
    abortRunning();
    m_cancelled = true;
    showMessage(tr("Loading was cancelled. Refresh (F5) loads the typical week again."));
    updateTexts();
    Q_EMIT finished();
}

std::optional<TimeRange> PatternsPage::range() const {
    return m_plan ? std::optional(m_plan->range) : std::nullopt;
}

bool PatternsPage::usesDefaultRange() const {
    return m_plan && m_plan->defaultRange;
}

void PatternsPage::showEvent(QShowEvent *event) {
    AnalyticsPage::showEvent(event);
    updateNow();
    // The loader starts a stale load; a running one reports again, since the window shows only
    // the visible page's progress.
    if (!m_loader->isStale() && m_request.isRunning())
        Q_EMIT progressChanged(m_progress.first, m_progress.second, QString());
}

void PatternsPage::changeEvent(QEvent *event) {
    AnalyticsPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        for (int i = 0; i < m_metricCombo->count(); ++i)
            m_metricCombo->setItemText(
                i, HeatmapAdapter::metricName(WeekHourMetric(m_metricCombo->itemData(i).toInt())));
        if (m_loaded)
            rebuild();
        updateTexts();
    }
}

std::optional<PatternsPage::Plan> PatternsPage::makePlan() const {
    if (m_selection.isEmpty())
        return std::nullopt;
    Plan plan;
    plan.space = m_selection.first();
    plan.selectedCount = int(m_selection.size());
    plan.source = sourceOf(m_metric);
    plan.zone =
        plan.space.timeZone.isEmpty() ? QTimeZone() : QTimeZone(plan.space.timeZone.toUtf8());
    if (!plan.zone.isValid()) {
        plan.zone = QTimeZone::utc();
        plan.zoneFallback = true;
    }
    const QDateTime now = m_clock();
    const AnalyticsSelection query = m_hasQuery ? m_query : AnalyticsSelection();
    plan.queryRangeName = DateRanges::presetName(query.preset);
    const LocalDays days = DateRanges::presetDays(query.preset, now, plan.zone, query.customDays);
    if (!days.isValid())
        return std::nullopt;
    std::optional<TimeRange> range;
    if (days.count() < 7) {
        //! One day says nothing about a week: take whole weeks, starting on the locale's first
        //! day of the week like the heatmap's rows, that have ended before this one began.
        const QDate today = now.toTimeZone(plan.zone).date();
        const int firstDay = locale().firstDayOfWeek();
        const QDate weekStart = today.addDays(-((today.dayOfWeek() - firstDay + 7) % 7));
        range = DateRanges::rangeForDays(
            {weekStart.addDays(-7 * DefaultWeeks), weekStart.addDays(-1)}, plan.zone);
        plan.defaultRange = true;
    } else {
        range = DateRanges::rangeForDays(days, plan.zone);
    }
    if (!range)
        return std::nullopt;
    plan.range = *range;
    return plan;
}

void PatternsPage::scheduleLoad() {
    m_loader->schedule();
}

void PatternsPage::supersedeWhileHidden() {
    // A change of metric or display keeps the data; another space or range does not.
    const std::optional<Plan> next = makePlan();
    if (!next || !m_plan || !next->sameData(*m_plan))
        abortRunning();
}

void PatternsPage::abortRunning() {
    if (!m_request.isRunning())
        return;
    ++m_generation; // an answer already queued is dropped
    m_request.abort();
    m_request = RequestHandle();
}

void PatternsPage::start(bool force) {
    m_loader->started();
    const std::optional<Plan> plan = makePlan();
    DensityClient *api = client();
    if (!plan || !api) {
        abortRunning();
        m_plan = plan;
        m_loaded = false;
        m_series.clear();
        if (m_selection.isEmpty())
            showMessage(tr("Select a space in the Spaces panel to see its typical week."));
        else if (!api)
            showMessage(tr("Not connected. Open the demo portfolio or connect to an account."));
        else
            showMessage(tr("The last day of the range must not be before the first."));
        updateTexts();
        return;
    }
    if (!force && m_plan && plan->sameData(*m_plan) && (m_loaded || m_request.isRunning())) {
        m_plan = plan; // the same data; names and counts may have changed
        if (m_loaded)
            rebuild();
        updateTexts();
        return;
    }

    abortRunning();
    m_plan = plan;
    m_loaded = false;
    m_cancelled = false;
    m_series.clear();
    m_rollupNote.clear();
    m_anyCapped = false;
    m_matrix = WeekHourMatrix();
    m_heatmap->setGrid(HeatmapGrid());
    //! Utilization of a room without a usable capacity is "no capacity set", never a week of
    //! 0 % (the API's answer for capacity 0); there is nothing to fetch.
    if (plan->source == Source::Utilization && plan->space.childrenIds.isEmpty() &&
        !plan->space.hasUsableCapacity()) {
        showMessage(tr("%1 has no capacity set, so its utilization cannot be computed. Choose "
                       "another metric, or set the space's capacity.")
                        .arg(plan->space.name));
        updateTexts();
        return;
    }

    showMessage(tr("Loading the typical week…"));
    updateTexts();
    AnalyticsQuery query;
    query.range = plan->range;
    query.spaceIds = {plan->space.id};
    query.resolution = TimeResolution::Hour;
    // No operating hours: the heatmap shows every hour of the week (see the class comment).
    const int generation = ++m_generation;
    const Plan loading = *plan;
    Handler<MetricsBySpace> done = [this, generation, loading](const Result<MetricsBySpace> &r) {
        if (generation != m_generation)
            return;
        m_request = RequestHandle();
        if (!r) {
            showMessage(tr("The typical week could not be loaded."));
            updateTexts();
            Q_EMIT failed(r.error().message());
            return;
        }
        onLoaded(loading, r.value());
        Q_EMIT finished();
    };
    m_progress = {0, int(Windowing::forResolution(query.range, query.resolution).size())};
    Q_EMIT progressChanged(m_progress.first, m_progress.second, QString());
    switch (plan->source) {
    case Source::Occupancy:
        m_request = api->occupancy(query, this, std::move(done));
        break;
    case Source::Utilization:
        m_request = api->utilization(query, this, std::move(done));
        break;
    case Source::TimeUsed:
        m_request = api->timeUsed(query, this, std::move(done));
        break;
    }
    m_request.onProgress(this, [this, generation](int partsDone, int total) {
        if (generation != m_generation)
            return;
        m_progress = {partsDone, total};
        Q_EMIT progressChanged(partsDone, total, QString());
    });
}

DensityClient *PatternsPage::client() const {
    if (m_client)
        return m_client;
    return m_spaces ? m_spaces->client() : nullptr;
}

QList<Space> PatternsPage::hierarchyOf(const Space &space) const {
    //! The space and its descendants: enough for the roll-up to see which rows nest.
    QList<Space> out{space};
    if (!m_spaces)
        return out;
    QStringList pending = space.childrenIds;
    while (!pending.isEmpty()) {
        if (const Space *child = m_spaces->spaceById(pending.takeFirst())) {
            out.append(*child);
            pending.append(child->childrenIds);
        }
    }
    return out;
}

void PatternsPage::onLoaded(const Plan &plan, const MetricsBySpace &rows) {
    m_loaded = true;
    m_noCapacity = false;
    if (Rollups::needsRollup(plan.space.id, rows)) {
        const Rollup rollup = Rollups::rollUp(plan.space.id, rows, hierarchyOf(plan.space));
        m_series = rollup.series;
        m_rollupNote = rollup.note();
        m_noCapacity = rollup.utilizationBasis == Rollup::UtilizationBasis::None;
    } else {
        m_series = rows.value(plan.space.id);
        m_noCapacity = !plan.space.hasUsableCapacity();
    }
    m_anyCapped = std::any_of(m_series.cbegin(), m_series.cend(), [](const MetricBucket &b) {
        return b.isCapped.hasValue() && b.isCapped.value();
    });
    rebuild();
}

void PatternsPage::rebuild() {
    if (!m_plan || !m_loaded)
        return;
    if (sourceOf(m_metric) != m_plan->source) {
        scheduleLoad();
        return;
    }
    if (sourceOf(m_metric) == Source::Utilization && m_noCapacity) {
        m_matrix = WeekHourMatrix();
        m_heatmap->setGrid(HeatmapGrid());
        showMessage(tr("%1 has no capacity set, so its utilization cannot be computed. Choose "
                       "another metric, or set the space's capacity.")
                        .arg(m_plan->space.name));
        updateTexts();
        return;
    }
    WeekHourOptions options;
    options.metric = m_metric;
    options.now = m_clock();
    m_matrix = WeekHours::build(m_series, m_plan->zone, options);
    HeatmapGrid grid =
        HeatmapAdapter::toGrid(m_matrix, m_metric, QString::fromUtf8(m_plan->zone.id()));
    grid.setWeekStartsMonday(locale().firstDayOfWeek() != Qt::Sunday);
    m_heatmap->setGrid(grid);
    m_message->hide();
    m_heatmap->show();
    updateNow();
    updateTexts();
}

void PatternsPage::showMessage(const QString &message) {
    m_message->setText(message);
    m_message->show();
    m_heatmap->hide();
}

void PatternsPage::updateNow() {
    const QDateTime now = m_clock();
    m_heatmap->setCurrentDateTime(now);
    //! Next tick on the next full minute, so the marker moves on the hour, not up to a
    //! minute late.
    const int intoMinute = now.time().second() * 1000 + now.time().msec();
    m_minuteTimer->start(60000 - intoMinute);
}

QStringList PatternsPage::notes() const {
    QStringList notes;
    if (!m_plan)
        return notes;
    if (m_plan->defaultRange)
        notes.append(tr("The selected range (%1) is shorter than a week, so the last %n full "
                        "weeks are used.",
                        "", DefaultWeeks)
                         .arg(m_plan->queryRangeName));
    if (m_plan->selectedCount > 1)
        notes.append(tr("%n spaces are selected; a typical week shows one space at a time: the "
                        "first, %1.",
                        "", m_plan->selectedCount)
                         .arg(m_plan->space.name));
    if (m_plan->zoneFallback)
        notes.append(tr("%1 has no time zone set: the hours are in UTC, not local time.")
                         .arg(m_plan->space.name));
    if (m_loaded && !m_rollupNote.isEmpty())
        notes.append(m_rollupNote);
    if (m_loaded && m_anyCapped && m_metric == WeekHourMetric::OccupancyMax)
        notes.append(tr("Some peaks reached the sensor's counting limit (\"3+\"): those hours "
                        "had at least the number shown."));
    if (m_cancelled)
        notes.append(tr("Loading was cancelled."));
    return notes;
}

void PatternsPage::updateTexts() {
    if (!m_plan) {
        m_title->setText(tr("Typical week"));
        m_basisText = tr("Occupancy by weekday and hour in the space's local time, merged over "
                         "the weeks of the range.");
        m_basis->setText(m_basisText);
        m_notice->hide();
        return;
    }
    m_title->setText(tr("Typical week: %1").arg(m_plan->space.name));
    const LocalDays days = daysOf(m_plan->range, m_plan->zone);
    //! English singulars spelled out: no English translation resolves "%n week(s)" here.
    const int count = int(days.count());
    const QString span = count == 7       ? tr("one week")
                         : count % 7 == 0 ? tr("%n weeks", "", count / 7)
                         : count == 1     ? tr("one day")
                                          : tr("%n days", "", count);
    const QString zone =
        m_plan->zoneFallback
            ? TimeBasis::timeZoneText(m_plan->zone, true)
            : tr("%1 (the space's time zone)").arg(QString::fromUtf8(m_plan->zone.id()));
    QStringList basis;
    //: %1 metric ("Average occupancy"), %2 "8 weeks", %3 date range.
    basis.append(tr("%1 by weekday and hour, averaged over %2: %3.")
                     .arg(HeatmapAdapter::metricName(m_metric), span,
                          TimeBasis::rangeText(m_plan->range, m_plan->zone, locale())));
    basis.append(tr("Hours are local time in %1. Hourly data; the operating hours are not "
                    "applied, so every hour of the week is shown.")
                     .arg(zone));
    basis.append(tr("Colours run from the 5th to the 95th percentile of the cells; hatched grey "
                    "is no data."));
    m_basisText = basis.join(QLatin1Char(' '));
    // The hint is for the screen only; an exported picture has nothing to hover.
    m_basis->setText(m_basisText + QLatin1Char(' ') +
                     tr("Hover a cell for its value and how many weeks it merges."));
    const QStringList notices = notes();
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
}

QString PatternsPage::titleText() const {
    return m_title->text();
}

QString PatternsPage::basisText() const {
    return m_basis->text();
}

QString PatternsPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString PatternsPage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PatternsPage::canExport() const {
    return m_plan && m_loaded && !m_request.isRunning() && !m_heatmap->grid().isEmpty();
}

QString PatternsPage::exportBaseName() const {
    if (!m_plan)
        return QStringLiteral("patterns");
    QString slug = ExportFileNames::slug(m_plan->space.name);
    if (slug.isEmpty())
        slug = ExportFileNames::slug(m_plan->space.id);
    return slug.isEmpty() ? QStringLiteral("patterns") : QStringLiteral("patterns-") + slug;
}

QImage PatternsPage::exportImage(qreal devicePixelRatio) const {
    if (!canExport())
        return {};
    //! The heatmap alone would not say whose week or which weeks it is once pasted into a
    //! slide: the title, the basis, the notes and when it was made go above it.
    const QSize heatmapSize = m_heatmap->size().expandedTo(m_heatmap->sizeHint());
    //! A copy without the "now" marker: in a slide, "now" is long gone.
    HeatmapWidget still;
    still.setFont(m_heatmap->font());
    still.setPalette(m_heatmap->palette());
    still.setLocale(m_heatmap->locale());
    still.setGrid(m_heatmap->grid());
    const int margin = 12;
    const int textWidth = heatmapSize.width() - 2 * margin;
    const QFont titleFont = m_title->font();
    const QFont basisFont = font();
    QStringList lines{m_basisText};
    lines.append(notes());
    //: %1 date and time of the export, %2 time zone, %3 app version.
    lines.append(
        tr("Exported %1 (%2) with Density Dashboard %3.")
            .arg(locale().toString(m_clock().toTimeZone(m_plan->zone), QLocale::ShortFormat),
                 QString::fromUtf8(m_plan->zone.id()), QStringLiteral(DENSITY_VERSION)));
    const QString basis = lines.join(QLatin1Char('\n'));
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    const QRect titleRect = QFontMetrics(titleFont).boundingRect(
        QRect(margin, margin, textWidth, 10000), flags, m_title->text());
    const QRect basisRect = QFontMetrics(basisFont).boundingRect(
        QRect(margin, titleRect.bottom() + 6, textWidth, 10000), flags, basis);
    const int headerHeight = basisRect.bottom() + margin;

    const QSize logical(heatmapSize.width(), headerHeight + heatmapSize.height());
    QImage image(logical * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(titleFont);
    painter.drawText(titleRect, flags, m_title->text());
    painter.setFont(basisFont);
    painter.drawText(basisRect, flags, basis);
    painter.drawImage(QPoint(0, headerHeight), still.renderToImage(heatmapSize, devicePixelRatio));
    painter.end();
    return image;
}

QByteArray PatternsPage::exportCsv() const {
    if (!canExport())
        return {};
    ExportProvenance provenance;
    provenance.organization = m_organization;
    provenance.range = m_plan->range;
    provenance.resolution = TimeResolution::Hour;
    provenance.operatingHours = std::nullopt; // not applied: every hour is in the table
    provenance.timeZone = m_plan->zoneFallback ? QString() : QString::fromUtf8(m_plan->zone.id());
    provenance.timeZoneIsFallback = m_plan->zoneFallback;
    provenance.exportedAt = m_clock().toUTC(); // "…Z", whatever zone the clock gives
    provenance.notes = notes();
    const HeatmapGrid &grid = m_heatmap->grid();
    const auto [low, high] = grid.effectiveScale();
    provenance.notes.append(
        tr("Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or "
           "the data's range when those are equal).")
            .arg(QLocale::c().toString(low, 'f', 2), QLocale::c().toString(high, 'f', 2),
                 grid.unit()));

    const Space &space = m_plan->space;
    const QList<ExportSpace> spaces{{space.id, space.name, space.capacity, space.timeZone}};
    const QStringList definitions{
        HeatmapAdapter::definition(m_metric) + QLatin1Char(' ') +
            tr("Unit: %1.").arg(HeatmapAdapter::unit(m_metric)),
        tr("Rows are local weekdays, columns local hours (the hour starting at the time shown). "
           "A cell is the mean of that weekday and hour over the weeks of the range; empty means "
           "no data (sensors offline, data not yet arrived, or nothing sent)."),
        tr("Low up_time hours (at most 0.8) are included with the counts they have.")};
    QByteArray out = CsvFormat::byteOrderMark();
    out += ExportProvenances::csvComment(provenance, spaces, definitions).toUtf8();
    out += grid.toCsv();
    return out;
}

} // namespace Density
