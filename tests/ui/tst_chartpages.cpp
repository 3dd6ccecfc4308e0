// The Occupancy, Utilization and Time used pages against the in-process simulator with the real
// client: charts load for a selection and match the decoded buckets; capacity unset or 0, a
// capped Waffle peak and low up_time render as specified; progress, cancel, supersede, the error
// banner's Retry; CSV and PNG exports. Plus the point building and decimation on their own.
#include "../core/simfixture.h"
#include "testsettings.h"

#include "analytics/bucketkey.h"
#include "analytics/metricrules.h"
#include "models/spacetreemodel.h"
#include "ui/chartpalette.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/metricchartbuilder.h"
#include "ui/metricchartpage.h"
#include "ui/metricchartview.h"
#include "ui/pagetabs.h"
#include "ui/progressbanner.h"
#include "ui/querybar.h"
#include "ui/spacedock.h"
#include "ui/summarycards.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QXYSeries>
#include <cmath>

using namespace Density;
using MetricRules::DataQuality;

namespace {

//! A window on its own simulator, started as the demo is, with the simulator's "now".
struct Shell {
    explicit Shell(Sim::SimOptions options = {})
        : sim(options)
        , window(std::make_unique<MainWindow>(&sim.client)) {
        window->setDemoStarter([this] {
            return MainWindow::DemoServer{sim.server->baseUrl(), QStringLiteral("tok_demo"), {}};
        });
        window->pageTabs()->setClock([this] { return sim.server->now(); });
        window->resize(1400, 900);
    }

    bool start() {
        bool ready = false;
        QObject::connect(window.get(), &MainWindow::ready, [&ready] { ready = true; });
        window->show();
        if (!window->startDemo())
            return false;
        return waitFor([&ready] { return ready; }, 15000);
    }

    MetricChartPage *page(DashboardPage which) const {
        return qobject_cast<MetricChartPage *>(window->pageTabs()->page(which));
    }

    //! Shows `which`, selects `ids` and waits until the page has charted them (or failed).
    MetricChartPage *show(DashboardPage which, const QStringList &ids, int timeoutMs = 15000) {
        window->pageTabs()->setCurrentPage(which);
        window->spaceDock()->selectSpaces(ids);
        MetricChartPage *chart = page(which);
        const bool done = waitFor(
            [&] {
                if (!chart->isSettled())
                    return false;
                QStringList shown;
                for (const MetricChartPage::SpaceData &data : chart->spaceData())
                    shown.append(data.space.id);
                return shown == ids || !chart->messageText().isEmpty();
            },
            timeoutMs);
        return done ? chart : nullptr;
    }

    const Space *findSpace(const std::function<bool(const Space &)> &accept) const {
        const SpaceTreeModel *model = window->spaceModel();
        QList<QModelIndex> pending{QModelIndex()};
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (const Space *space = model->space(index); space && accept(*space))
                    return space;
                pending.append(index);
            }
        }
        return nullptr;
    }

    QList<const Space *> rooms() const {
        QList<const Space *> out;
        findSpace([&out](const Space &s) {
            if (s.spaceType == QLatin1String("space"))
                out.append(&s);
            return false;
        });
        return out;
    }

    //! What the page asks for a space, fetched straight from the client: the default query
    //! (last 7 days, automatic resolution, Mon–Fri 08–18) in the space's own zone.
    MetricsBySpace fetch(const QStringList &ids, const QString &zoneName) {
        const AnalyticsSelection selection = window->pageTabs()->queryBar()->selection();
        const QTimeZone zone(zoneName.toUtf8());
        AnalyticsQuery query;
        query.range = *selection.range(sim.server->now(), zone);
        query.resolution = selection.effectiveResolution(sim.server->now(), zone);
        query.operatingHours = selection.operatingHours;
        query.spaceIds = ids;
        QObject context;
        const Result<MetricsBySpace> result = await<MetricsBySpace>(
            [&](auto done) { return sim.client.allMetrics(query, &context, done); });
        return result ? result.value() : MetricsBySpace();
    }

    //! Rooms of one zone with their buckets for the default query.
    QMap<QString, MetricSeries> roomData(const QString &zoneName) {
        QStringList ids;
        for (const Space *room : rooms()) {
            if (room->timeZone == zoneName && room->childrenIds.isEmpty())
                ids.append(room->id);
        }
        return fetch(ids, zoneName);
    }

    SimFixture sim;
    std::unique_ptr<MainWindow> window;
};

//! A point of a chart series at `x`, if any.
bool hasPointAt(const QList<QXYSeries *> &series, double x) {
    for (QXYSeries *s : series) {
        for (const QPointF &p : s->points()) {
            if (std::abs(p.x() - x) < 1e-6)
                return true;
        }
    }
    return false;
}

QString keyOf(const Space &space, const char *line) {
    return MetricChartPage::seriesKey(space.id, QLatin1String(line));
}

} // namespace

class TestChartPages : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_chartpages"))); }

    void init() { QSettings().clear(); }

    // --- point building and decimation, no widgets ------------------------------------------

    void decimatesAYearOfHourlyData() {
        // 8,760 contiguous hours with a single spike and a single trough.
        MetricSeries series;
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int h = 0; h < 8760; ++h) {
            MetricBucket b;
            b.key = start.addSecs(qint64(h) * 3600).toString(Qt::ISODate);
            b.occupancyAvg = 5.0 + 3.0 * std::sin(h / 24.0 * 6.283);
            b.upTime = 1.0;
            series.append(b);
        }
        series[4321].occupancyAvg = 99.0;
        series[777].occupancyAvg = -1.0;
        const TimeRange range{start, start.addSecs(8760LL * 3600 - 1)};
        const auto [from, to] = MetricChartBuilder::wallRange(range, QTimeZone::utc());
        const ChartTimeAxis axis = ChartTimeAxis::make(from, to, TimeResolution::Hour, {});
        QVERIFY(!axis.isCompressed());
        const QList<ChartBucket> buckets = MetricChartBuilder::place(
            series, TimeResolution::Hour, QTimeZone::utc(), range, {}, axis);
        QCOMPARE(buckets.size(), 8760);
        const ChartRuns runs = MetricChartBuilder::lineRuns(
            buckets, [](const MetricBucket &b) { return std::optional(b.occupancyAvg.value()); });
        QCOMPARE(runs.size(), 1);
        QCOMPARE(MetricChartBuilder::pointCount(runs), 8760);

        QElapsedTimer clock;
        clock.start();
        const int width = 1000;
        const ChartRuns drawn = MetricChartBuilder::decimate(runs, axis.xMin(), axis.xMax(), width);
        qInfo("decimated 8760 -> %d points in %lld ms", MetricChartBuilder::pointCount(drawn),
              clock.elapsed());
        QVERIFY(MetricChartBuilder::pointCount(drawn) <= 2 * width + 4);
        QVERIFY(MetricChartBuilder::pointCount(drawn) >= width);
        bool peak = false;
        bool trough = false;
        for (const QPointF &p : drawn.first()) {
            peak = peak || p.y() == 99.0;
            trough = trough || p.y() == -1.0;
        }
        QVERIFY2(peak, "the global peak survives decimation");
        QVERIFY2(trough, "the global trough survives decimation");
        QCOMPARE(drawn.first().first(), runs.first().first());
        QCOMPARE(drawn.first().last(), runs.first().last());
    }

    void gapsAreNeverZero() {
        // Mon 2 Nov 2026 .. Tue 3 Nov, hourly, Mon–Fri 08–18: nights are cut out of the axis.
        const QDateTime monday(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
        const TimeRange range{monday, monday.addSecs(2 * 86400 - 1)};
        const auto [from, to] = MetricChartBuilder::wallRange(range, QTimeZone::utc());
        const ChartTimeAxis axis =
            ChartTimeAxis::make(from, to, TimeResolution::Hour, OperatingHours());
        QVERIFY(axis.isCompressed());
        QCOMPARE(axis.segments().size(), 2);
        QVERIFY(axis.toX(from + 24 + 8) > axis.toX(from + 18)); // a seam between the days
        QCOMPARE(axis.xMax() - axis.xMin() > 20.0, true);

        MetricSeries series;
        for (int day = 0; day < 2; ++day) {
            for (int h = 8; h < 18; ++h) {
                MetricBucket b;
                b.key = monday.addSecs(qint64(day * 24 + h) * 3600).toString(Qt::ISODate);
                b.occupancyAvg = h == 12 ? 0.0 : 2.0;
                b.occupancyMax = h == 12 ? 0 : 4;
                b.timeUsedRaw = 0;
                b.upTime = 1.0;
                if (day == 0 && h == 10)
                    b.upTime = 0.0; // offline: no data at all
                if (day == 0 && h == 14)
                    b.upTime = 0.5; // low quality: drawn, and shaded
                series.append(b);
            }
        }
        const QList<ChartBucket> buckets = MetricChartBuilder::place(
            series, TimeResolution::Hour, QTimeZone::utc(), range, {}, axis);
        QCOMPARE(buckets.at(2).quality, DataQuality::Offline);
        QCOMPARE(buckets.at(4).quality, DataQuality::ZeroUse);
        QCOMPARE(buckets.at(6).quality, DataQuality::LowQuality);
        const ChartRuns runs = MetricChartBuilder::lineRuns(
            buckets, [](const MetricBucket &b) { return std::optional(b.occupancyAvg.value()); });
        // Monday 08–10, Monday 11–18 (the offline hour splits it), Tuesday: three runs.
        QCOMPARE(runs.size(), 3);
        QCOMPARE(MetricChartBuilder::pointCount(runs), 19);
        for (const QList<QPointF> &run : runs) {
            for (const QPointF &p : run)
                QVERIFY(std::abs(p.x() - buckets.at(2).middle()) > 1e-6);
        }
        // Zero use is a point at 0; low quality stays drawn.
        bool zero = false;
        for (const QPointF &p : runs.at(1))
            zero = zero || (std::abs(p.x() - buckets.at(4).middle()) < 1e-6 && p.y() == 0.0);
        QVERIFY(zero);
        const ChartRanges low = MetricChartBuilder::ranges(
            buckets, [](const ChartBucket &b) { return b.quality == DataQuality::LowQuality; });
        QCOMPARE(low.size(), 1);
        QCOMPARE(low.first().first, buckets.at(6).x0);
        QCOMPARE(MetricChartBuilder::bucketAt(buckets, buckets.at(6).middle()), 6);
        // Tick labels name the two days, centred under each.
        bool centred = false;
        const QList<AxisTick> ticks =
            MetricChartBuilder::ticks(axis, TimeResolution::Hour, QLocale::c(), 10, &centred);
        QVERIFY(centred);
        QCOMPARE(ticks.size(), 2);
        QVERIFY(ticks.first().label.startsWith(QStringLiteral("Mon")));
    }

    void comparedZonesShareTheirLocalDays() {
        // 04:00 UTC: already Friday in Berlin, still Thursday in New York.
        const QDateTime now(QDate(2026, 11, 27), QTime(4, 0), QTimeZone::utc());
        Space berlin;
        berlin.id = QStringLiteral("spc_berlin");
        berlin.timeZone = QStringLiteral("Europe/Berlin");
        Space newYork;
        newYork.id = QStringLiteral("spc_ny");
        newYork.timeZone = QStringLiteral("America/New_York");
        Space nowhere;
        nowhere.id = QStringLiteral("spc_nozone");
        AnalyticsSelection query; // last 7 days, automatic resolution, Mon–Fri 08–18
        const auto request = ChartDataSource::makeRequest({berlin, newYork, nowhere}, query, now);
        QVERIFY(request);
        QCOMPARE(request->groups.size(), 3);
        QCOMPARE(request->resolution, TimeResolution::Hour);
        for (const ChartDataSource::Group &group : request->groups) {
            // The same local days everywhere: Fri 20 .. Thu 26 November.
            QCOMPARE(group.range.start.toTimeZone(group.zone).date(), QDate(2026, 11, 20));
            QCOMPARE(group.range.start.toTimeZone(group.zone).time(), QTime(0, 0));
            QCOMPARE(group.range.end.toTimeZone(group.zone).date(), QDate(2026, 11, 26));
        }
        QVERIFY(!request->groups.at(0).zoneFallback);
        QVERIFY(request->groups.at(2).zoneFallback); // UTC stands in, and says so
        QCOMPARE(request->groups.at(2).spaceIds, QStringList{nowhere.id});
        QVERIFY(request->key() != ChartDataSource::makeRequest({berlin}, query, now)->key());
    }

    // --- the pages against the simulator ------------------------------------------------------

    void selectingLoadsTheChart() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty() &&
                   s.function.valueOr(QString()) == QLatin1String("meeting_room");
        });
        QVERIFY(room);
        ResponseLog log(&shell.sim.client);
        QElapsedTimer clock;
        clock.start();
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {room->id});
        QVERIFY(page);
        qInfo("occupancy chart for one room in %lld ms", clock.elapsed());
        QVERIFY2(page->messageText().isEmpty(), qPrintable(page->messageText()));
        QCOMPARE(page->resolution(), TimeResolution::Hour);
        QCOMPARE(page->spaceData().size(), 1);

        // The buckets are exactly what the client decodes for the same query.
        const MetricSeries expected = shell.fetch({room->id}, room->timeZone).value(room->id);
        const MetricChartPage::SpaceData &data = page->spaceData().first();
        QCOMPARE(data.buckets.size(), expected.size());
        QCOMPARE(data.buckets.size(), 50); // 5 operating days × 10 hours
        QCOMPARE(data.zone.id(), room->timeZone.toUtf8());

        // Series points: every bucket with data, after the decimation rules for this width.
        MetricChartView *view = page->chartView();
        const ChartRuns runs =
            MetricChartBuilder::lineRuns(data.buckets, [](const MetricBucket &b) {
                return b.occupancyAvg.hasValue() ? std::optional(b.occupancyAvg.value())
                                                 : std::nullopt;
            });
        const ChartRuns drawn = MetricChartBuilder::decimate(
            runs, view->content().axis.xMin(), view->content().axis.xMax(), view->plotPixelWidth());
        QCOMPARE(view->drawnPointCount(keyOf(*room, "average")),
                 MetricChartBuilder::pointCount(drawn));
        // Before decimation: a point per bucket with data, a lone bucket a dash of two.
        int expectedPoints = 0;
        int stretch = 0;
        const auto endStretch = [&] {
            expectedPoints += stretch == 1 ? 2 : stretch;
            stretch = 0;
        };
        for (qsizetype i = 0; i < data.buckets.size(); ++i) {
            const ChartBucket &b = data.buckets.at(i);
            if (!MetricRules::hasData(b.quality)) {
                endStretch();
                continue;
            }
            if (stretch > 0 && std::abs(data.buckets.at(i - 1).x1 - b.x0) > 1e-6)
                endStretch();
            ++stretch;
        }
        endStretch();
        QCOMPARE(MetricChartBuilder::pointCount(runs), expectedPoints);
        QVERIFY(view->drawnPointCount(keyOf(*room, "peak")) > 0);
        QCOMPARE(view->seriesFor(keyOf(*room, "average")).size(), drawn.size());

        // The time basis is stated; the cards carry their basis in a tooltip.
        const QString header = page->headerText();
        QVERIFY2(header.contains(room->timeZone) && header.contains(QStringLiteral("hourly")) &&
                     header.contains(QStringLiteral("Operating hours")),
                 qPrintable(header));
        SummaryCards *cards = page->summaryCards();
        QCOMPARE(cards->rowCount(), 1);
        QCOMPARE(cards->titles().size(), 5);
        QVERIFY(cards->toolTipText(0, 0).contains(QStringLiteral("Buckets with data")));
        QVERIFY(page->legendText().contains(
            room->name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))));

        // The other chart pages use the same answer: no second request.
        const int requests = log.count(Endpoint::AllMetrics);
        QVERIFY(requests >= 1);
        MetricChartPage *timeUsed = shell.show(DashboardPage::TimeUsed, {room->id});
        QVERIFY(timeUsed);
        QCOMPARE(log.count(Endpoint::AllMetrics), requests);
        QVERIFY(timeUsed->chartView()->drawnPointCount(keyOf(*room, "hours")) > 0);
        QVERIFY(timeUsed->summaryCards()->valueText(0, 1).endsWith(QStringLiteral(" h")));
    }

    void utilizationWithoutCapacity() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *unset = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.capacity.isNull();
        });
        const Space *zero = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.capacity.hasValue() &&
                   s.capacity.value() == 0;
        });
        const Space *set = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty();
        });
        QVERIFY(unset && zero && set);

        for (const Space *space : {unset, zero}) {
            MetricChartPage *page = shell.show(DashboardPage::Utilization, {space->id});
            QVERIFY(page);
            const QString overlay = page->chartView()->overlayText();
            QVERIFY2(overlay.contains(QStringLiteral("No capacity set")), qPrintable(overlay));
            // No line at all, in particular none at 0%.
            QVERIFY(page->chartView()->seriesFor(keyOf(*space, "average")).isEmpty());
            QVERIFY(page->chartView()->seriesFor(keyOf(*space, "peak")).isEmpty());
            QCOMPARE(page->summaryCards()->valueText(0, 0), QStringLiteral("No capacity set"));
            QCOMPARE(page->summaryCards()->valueText(0, 1), QStringLiteral("No capacity set"));
            QVERIFY(page->legendText().contains(QStringLiteral("No&nbsp;capacity&nbsp;set")));
            QVERIFY(page->toolTipAt(page->spaceData().first().buckets.first().middle())
                        .contains(QStringLiteral("no capacity set")));
            // The bands are there with their names.
            QCOMPARE(page->chartView()->areasFor(QStringLiteral("band/1")).size(), 1);
            QVERIFY(page->legendText().contains(QStringLiteral("60–100%")));
        }
        // Capacity 0 says why it is unusable.
        QVERIFY(shell.page(DashboardPage::Utilization)
                    ->chartView()
                    ->overlayText()
                    .contains(QStringLiteral("capacity is 0")));

        // Compared with a space that has one: its lines are drawn, the other's are not.
        MetricChartPage *page = shell.show(DashboardPage::Utilization, {set->id, zero->id});
        QVERIFY(page);
        QVERIFY(page->chartView()->drawnPointCount(keyOf(*set, "average")) > 0);
        QVERIFY(page->chartView()->seriesFor(keyOf(*zero, "average")).isEmpty());
        QVERIFY(page->chartView()->overlayText().contains(zero->name));
        QVERIFY(page->summaryCards()->valueText(0, 1).endsWith(QLatin1Char('%')));
        QCOMPARE(page->summaryCards()->valueText(1, 1), QStringLiteral("No capacity set"));
    }

    void cappedWafflePeakReadsThreePlus() {
        Shell shell;
        QVERIFY(shell.start());
        // The Waffle room with the most capped buckets in the default query.
        QString best;
        int most = 0;
        QString zone;
        for (const QString &zoneName :
             {QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin")}) {
            const QMap<QString, MetricSeries> rows = shell.roomData(zoneName);
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                int capped = 0;
                for (const MetricBucket &b : it.value())
                    capped += b.isCapped.valueOr(false) ? 1 : 0;
                if (capped > most) {
                    most = capped;
                    best = it.key();
                    zone = zoneName;
                }
            }
        }
        QVERIFY2(most > 0, "the simulator has capped Waffle buckets");
        const Space *room = shell.window->spaceModel()->spaceById(best);
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {best});
        QVERIFY(page);
        const MetricChartPage::SpaceData &data = page->spaceData().first();
        // A marker per capped bucket with data, labelled "3+".
        const QList<QXYSeries *> markers = page->chartView()->seriesFor(keyOf(*room, "capped"));
        QCOMPARE(markers.size(), 2); // the markers, and their labels spaced apart
        QVERIFY(markers.first()->count() > 0);
        QVERIFY(markers.last()->pointLabelsVisible());
        QCOMPARE(markers.last()->pointLabelsFormat(), QStringLiteral("@yPoint+"));
        QVERIFY(markers.last()->count() <= markers.first()->count());
        const ChartBucket *capped = nullptr;
        for (const ChartBucket &b : data.buckets) {
            if (b.bucket.isCapped.valueOr(false) && MetricRules::hasData(b.quality)) {
                capped = &b;
                break;
            }
        }
        QVERIFY(capped);
        QVERIFY(hasPointAt({markers.first()}, capped->middle()));
        const QString tip = page->toolTipAt(capped->middle());
        QVERIFY2(tip.contains(QStringLiteral("peak 3+")), qPrintable(tip));
        QCOMPARE(page->summaryCards()->valueText(0, 0), QStringLiteral("3+"));
        QVERIFY(page->legendText().contains(QStringLiteral("3+")));
    }

    void lowUpTimeIsShadedAndListed() {
        Shell shell;
        QVERIFY(shell.start());
        QString lowId;
        QString offlineId;
        for (const QString &zoneName :
             {QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin")}) {
            const QMap<QString, MetricSeries> rows = shell.roomData(zoneName);
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                for (const MetricBucket &b : it.value()) {
                    const double up = b.upTime.valueOr(1.0);
                    if (lowId.isEmpty() && up > 0 && up <= MetricRules::LowQualityUpTime)
                        lowId = it.key();
                    const std::optional<QDateTime> start = BucketKey::start(b.key);
                    if (offlineId.isEmpty() && up == 0 && start && *start < shell.sim.server->now())
                        offlineId = it.key();
                }
            }
        }
        QVERIFY2(!lowId.isEmpty(), "the simulator has buckets with up_time <= 0.8");
        const Space *room = shell.window->spaceModel()->spaceById(lowId);
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {lowId});
        QVERIFY(page);
        const MetricChartPage::SpaceData &data = page->spaceData().first();
        const ChartBucket *low = nullptr;
        for (const ChartBucket &b : data.buckets) {
            if (b.quality == DataQuality::LowQuality) {
                low = &b;
                break;
            }
        }
        QVERIFY(low);
        // Shaded: one band series whose strips cover the bucket; named in the legend.
        const QString band = QStringLiteral("quality/%1").arg(int(ChartPalette::Shade::LowQuality));
        const QList<QAreaSeries *> areas = page->chartView()->areasFor(band);
        QCOMPARE(areas.size(), 1);
        bool covered = false;
        const QList<QPointF> comb = areas.first()->upperSeries()->points();
        for (qsizetype i = 0; i + 2 < comb.size(); i += 4)
            covered = covered ||
                      (comb.at(i).x() <= low->x0 + 1e-6 && comb.at(i + 2).x() >= low->x1 - 1e-6);
        QVERIFY(covered);
        QVERIFY(page->legendText().contains(QStringLiteral("Low&nbsp;quality")));
        // Still drawn (data with a caveat), and listed in the tooltip with its up_time.
        QVERIFY(hasPointAt(page->chartView()->seriesFor(keyOf(*room, "average")), low->middle()));
        const QString tip = page->toolTipAt(low->middle());
        QVERIFY2(tip.contains(QStringLiteral("Low quality")) && tip.contains(QStringLiteral("80%")),
                 qPrintable(tip));
        QVERIFY(page->summaryCards()->toolTipText(0, 4).contains(QStringLiteral("low quality")));

        // Offline: a gap in the line, hatched differently, and said so.
        QVERIFY2(!offlineId.isEmpty(), "the simulator has offline sensors");
        const Space *dead = shell.window->spaceModel()->spaceById(offlineId);
        page = shell.show(DashboardPage::Occupancy, {offlineId});
        QVERIFY(page);
        const ChartBucket *offline = nullptr;
        for (const ChartBucket &b : page->spaceData().first().buckets) {
            if (b.quality == DataQuality::Offline) {
                offline = &b;
                break;
            }
        }
        QVERIFY(offline);
        QVERIFY(
            !hasPointAt(page->chartView()->seriesFor(keyOf(*dead, "average")), offline->middle()));
        QCOMPARE(page->chartView()
                     ->areasFor(QStringLiteral("quality/%1").arg(int(ChartPalette::Shade::Offline)))
                     .size(),
                 1);
        QVERIFY(page->toolTipAt(offline->middle()).contains(QStringLiteral("offline")));
    }

    void progressAndCancel() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty();
        });
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {room->id});
        QVERIFY(page);
        const qsizetype shownBuckets = page->spaceData().first().buckets.size();

        // A year of hourly data: 53 windows, paced one at a time so progress can be watched.
        shell.sim.client.rateLimiter()->setConfig({20.0, 1, 0.0});
        QList<std::pair<int, int>> reports;
        connect(page, &AnalyticsPage::progressChanged, this,
                [&reports](int done, int total, const QString &) {
                    reports.append({done, total});
                });
        QueryBar *bar = shell.window->pageTabs()->queryBar();
        AnalyticsSelection year = bar->selection();
        year.preset = DateRangePreset::Custom;
        year.customDays = {QDate(2025, 11, 1), QDate(2026, 10, 31)};
        year.resolution = TimeResolution::Hour;
        bar->setSelection(year);
        Q_EMIT bar->queryChanged();
        ProgressBanner *banner = shell.window->progressBanner();
        QVERIFY(waitFor([&] { return !reports.isEmpty() && reports.last().first >= 2; }));
        QCOMPARE(reports.last().second, 53);
        QVERIFY(banner->isVisible());
        QVERIFY2(QRegularExpression(QStringLiteral("window \\d+ of 53"))
                     .match(banner->text())
                     .hasMatch(),
                 qPrintable(banner->text()));

        QTest::mouseClick(banner->cancelButton(), Qt::LeftButton);
        QVERIFY(!page->isLoading());
        QVERIFY(banner->isHidden());
        QVERIFY(waitFor([&] { return shell.sim.client.requestsInFlight() == 0; }));
        const qsizetype reported = reports.size();
        QTest::qWait(300);
        QCOMPARE(reports.size(), reported); // no further progress
        // Nothing replaced: the week is still shown, and the page says why.
        QCOMPARE(page->spaceData().first().buckets.size(), shownBuckets);
        QVERIFY(page->messageText().contains(QStringLiteral("cancelled")));
        QVERIFY(shell.window->errorBanner()->isHidden());
    }

    void aYearOfHourlyDataStaysSmooth() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty();
        });
        QueryBar *bar = shell.window->pageTabs()->queryBar();
        AnalyticsSelection year = bar->selection();
        year.preset = DateRangePreset::Custom;
        year.customDays = {QDate(2025, 11, 1), QDate(2026, 10, 31)};
        year.resolution = TimeResolution::Hour;
        bar->setSelection(year);
        Q_EMIT bar->queryChanged();
        QElapsedTimer clock;
        clock.start();
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {room->id}, 60000);
        QVERIFY(page);
        const qint64 loadMs = clock.elapsed();
        const MetricChartPage::SpaceData &data = page->spaceData().first();
        QVERIFY2(data.buckets.size() > 2500, qPrintable(QString::number(data.buckets.size())));
        MetricChartView *view = page->chartView();
        clock.restart();
        view->relayoutNow();
        const qint64 rebuildMs = clock.elapsed();
        const int width = view->plotPixelWidth();
        const int drawn = view->drawnPointCount(keyOf(*room, "average"));
        const int runs = int(view->seriesFor(keyOf(*room, "average")).size());
        qInfo("a year of hourly data: %lld buckets, loaded and charted in %lld ms; rebuild for "
              "%d px in %lld ms: %d points in %d series",
              qint64(data.buckets.size()), loadMs, width, rebuildMs, drawn, runs);
        QVERIFY(drawn <= 2 * width + 2 * runs + 4);
        QVERIFY(runs <= 200);
        QVERIFY2(rebuildMs < 500, qPrintable(QString::number(rebuildMs)));
        // The year's peak is among the points drawn.
        double peak = 0;
        for (const ChartBucket &b : data.buckets) {
            if (MetricRules::hasData(b.quality) && b.bucket.occupancyAvg.hasValue())
                peak = std::max(peak, b.bucket.occupancyAvg.value());
        }
        bool found = false;
        for (QXYSeries *series : view->seriesFor(keyOf(*room, "average"))) {
            for (const QPointF &p : series->points())
                found = found || p.y() == peak;
        }
        QVERIFY(found);
    }

    void everyResolutionCharts() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty() &&
                   s.function.valueOr(QString()) == QLatin1String("meeting_room");
        });
        QueryBar *bar = shell.window->pageTabs()->queryBar();
        const struct {
            DateRangePreset preset;
            TimeResolution resolution;
            const char *name;
        } cases[] = {{DateRangePreset::Yesterday, TimeResolution::TenMinute, "10minute"},
                     {DateRangePreset::Last30Days, TimeResolution::Day, "day"},
                     {DateRangePreset::Last30Days, TimeResolution::Week, "week"},
                     {DateRangePreset::Last30Days, TimeResolution::Weekday, "weekday"},
                     {DateRangePreset::Last7Days, TimeResolution::HourOfDay, "hour_of_day"},
                     {DateRangePreset::LastFullMonth, TimeResolution::Total, "total"}};
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        for (const auto &c : cases) {
            AnalyticsSelection query = bar->selection();
            query.preset = c.preset;
            query.resolution = c.resolution;
            bar->setSelection(query);
            Q_EMIT bar->queryChanged();
            MetricChartPage *page = shell.show(DashboardPage::Occupancy, {room->id});
            QVERIFY2(page, c.name);
            QVERIFY(waitFor([&] { return !page->isLoading(); }));
            QCOMPARE(page->resolution(), c.resolution);
            QVERIFY2(page->messageText().isEmpty(), qPrintable(page->messageText()));
            const MetricChartPage::SpaceData &data = page->spaceData().first();
            QVERIFY2(!data.buckets.isEmpty(), c.name);
            QVERIFY2(page->chartView()->drawnPointCount(keyOf(*room, "average")) > 0, c.name);
            QVERIFY2(!page->toolTipAt(data.buckets.first().middle()).isEmpty(), c.name);
            QVERIFY2(page->chartView()->axisX()->count() > 0 ||
                         c.resolution == TimeResolution::Total,
                     c.name);
            if (!dir.isEmpty())
                page->exportImage(1.0).save(
                    QStringLiteral("%1/resolution-%2.png").arg(dir, QLatin1String(c.name)));
        }
    }

    void newSelectionSupersedes() {
        Sim::SimOptions options;
        options.faults.latencyMs = 150;
        Shell shell(options);
        QVERIFY(shell.start());
        const QList<const Space *> rooms = shell.rooms();
        const Space *first = rooms.at(3);
        const Space *second = rooms.at(9);
        shell.window->pageTabs()->setCurrentPage(DashboardPage::Occupancy);
        MetricChartPage *page = shell.page(DashboardPage::Occupancy);
        int finished = 0;
        connect(page, &AnalyticsPage::finished, this, [&finished] { ++finished; });
        shell.window->spaceDock()->selectSpaces({first->id});
        QVERIFY(waitFor([&] { return page->isLoading(); }));
        QVERIFY(waitFor([&] { return shell.sim.client.requestsInFlight() > 0; }));
        shell.window->spaceDock()->selectSpaces({second->id});
        QVERIFY(waitFor([&] { return !page->spaceData().isEmpty() && !page->isLoading(); }));
        QCOMPARE(page->spaceData().size(), 1);
        QCOMPARE(page->spaceData().first().space.id, second->id);
        QVERIFY(page->chartView()->seriesFor(keyOf(*first, "average")).isEmpty());
        QVERIFY(page->chartView()->drawnPointCount(keyOf(*second, "average")) > 0);
        QTest::qWait(300); // the first answer would have arrived by now: it must not show
        QCOMPARE(page->spaceData().first().space.id, second->id);
        QVERIFY(shell.window->progressBanner()->isHidden());
    }

    void switchingTabsJoinsTheLoad() {
        Sim::SimOptions options;
        options.faults.latencyMs = 200;
        Shell shell(options);
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.childrenIds.isEmpty();
        });
        ResponseLog log(&shell.sim.client);
        PageTabs *tabs = shell.window->pageTabs();
        tabs->setCurrentPage(DashboardPage::Occupancy);
        shell.window->spaceDock()->selectSpaces({room->id});
        MetricChartPage *occupancy = shell.page(DashboardPage::Occupancy);
        QVERIFY(waitFor([&] { return occupancy->isLoading(); }));
        // Utilization asks the same question: it waits for the same answer, with the banner.
        MetricChartPage *utilization = shell.page(DashboardPage::Utilization);
        tabs->setCurrentPage(DashboardPage::Utilization);
        QVERIFY(waitFor([&] { return utilization->isLoading(); }));
        QVERIFY(shell.window->progressBanner()->isVisible());
        QVERIFY(waitFor([&] { return utilization->isSettled() && utilization->canExport(); }));
        QVERIFY(shell.window->progressBanner()->isHidden());
        QCOMPARE(log.count(Endpoint::AllMetrics), 1);
        // Overview while a load runs: the banner goes with the chart page.
        shell.window->spaceDock()->selectSpaces({});
        shell.window->spaceDock()->selectSpaces({room->id, shell.rooms().at(5)->id});
        QVERIFY(waitFor([&] { return utilization->isLoading(); }));
        tabs->setCurrentPage(DashboardPage::Overview);
        QVERIFY(shell.window->progressBanner()->isHidden());
        // Back on a chart page, the answer is there (or still coming, with its banner).
        tabs->setCurrentPage(DashboardPage::TimeUsed);
        MetricChartPage *timeUsed = shell.page(DashboardPage::TimeUsed);
        QVERIFY(
            waitFor([&] { return timeUsed->isSettled() && timeUsed->spaceData().size() == 2; }));
        QVERIFY(shell.window->progressBanner()->isHidden());
    }

    void errorBannerAndRetry() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.childrenIds.isEmpty();
        });
        Sim::FaultOptions faults;
        faults.errorRate = 1.0;
        shell.sim.server->setFaults(faults);
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {room->id});
        QVERIFY(page);
        ErrorBanner *banner = shell.window->errorBanner();
        QVERIFY(waitFor([&] { return banner->isVisible(); }));
        QVERIFY2(banner->message().contains(QStringLiteral("(50")), qPrintable(banner->message()));
        QVERIFY(page->messageText().contains(banner->message()));
        QVERIFY(shell.window->progressBanner()->isHidden());

        shell.sim.server->setFaults({});
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(waitFor(
            [&] {
                return !page->isLoading() && !page->spaceData().isEmpty() &&
                       page->messageText().isEmpty();
            },
            15000));
        QVERIFY(banner->isHidden());
        QVERIFY(page->chartView()->drawnPointCount(keyOf(*room, "average")) > 0);
    }

    void csvExportMatchesTheBuckets() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *room = shell.findSpace([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.hasUsableCapacity() &&
                   s.childrenIds.isEmpty();
        });
        MetricChartPage *page = shell.show(DashboardPage::Utilization, {room->id});
        QVERIFY(page);
        QVERIFY(page->canExport());
        QCOMPARE(page->exportBaseName().left(12), QStringLiteral("utilization-"));
        QString csv = QString::fromUtf8(page->exportCsv());
        if (csv.startsWith(QChar(0xFEFF)))
            csv.remove(0, 1);
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // The provenance block comes first.
        QVERIFY(lines.first().startsWith(QStringLiteral("# Density Dashboard export")));
        const auto line = [&lines](const QString &prefix) {
            for (const QString &l : lines) {
                if (l.startsWith(prefix))
                    return l;
            }
            return QString();
        };
        QVERIFY(line(QStringLiteral("# Organization: ")).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(line(QStringLiteral("# Space: ")).contains(room->id));
        QVERIFY(line(QStringLiteral("# Space: ")).contains(room->name));
        QVERIFY(!line(QStringLiteral("# Range: ")).isEmpty());
        QCOMPARE(line(QStringLiteral("# Resolution: ")), QStringLiteral("# Resolution: hour"));
        QVERIFY(line(QStringLiteral("# Operating hours: ")).contains(QStringLiteral("08:00")));
        QCOMPARE(line(QStringLiteral("# Time zone: ")),
                 QStringLiteral("# Time zone: %1 (the space's own)").arg(room->timeZone));
        QVERIFY(!line(QStringLiteral("# Definitions:")).isEmpty());
        QVERIFY(line(QStringLiteral("# App version: ")).contains(QStringLiteral(DENSITY_VERSION)));
        QCOMPARE(line(QStringLiteral("# Exported at: ")),
                 QStringLiteral("# Exported at: ") + shell.sim.server->now().toString(Qt::ISODate));

        // Every number equals the decoded bucket's.
        const MetricSeries expected = shell.fetch({room->id}, room->timeZone).value(room->id);
        QHash<QString, MetricBucket> byKey;
        for (const MetricBucket &b : expected)
            byKey.insert(b.key, b);
        qsizetype header = 0;
        while (lines.at(header).startsWith(QLatin1Char('#')))
            ++header;
        QCOMPARE(lines.at(header).split(QLatin1Char(',')).at(3), QStringLiteral("occupancy_avg"));
        QCOMPARE(lines.size() - header - 1, expected.size());
        for (qsizetype i = header + 1; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char(','));
            QCOMPARE(cells.at(0), room->id);
            QVERIFY(byKey.contains(cells.at(2)));
            const MetricBucket &b = byKey.value(cells.at(2));
            QCOMPARE(cells.at(3).toDouble(), b.occupancyAvg.value());
            QCOMPARE(cells.at(4).toLongLong(), b.occupancyMax.value());
            QCOMPARE(cells.at(5).toDouble(), b.utilizationAvg.value());
            QCOMPARE(cells.at(7).toDouble(), b.timeUsedRaw.value() / 3'600'000.0);
            QCOMPARE(cells.at(8).toDouble(), b.upTime.value());
        }
    }

    void pngExportHasTheExpectedSize() {
        Shell shell;
        QVERIFY(shell.start());
        const QList<const Space *> rooms = shell.rooms();
        MetricChartPage *page = shell.show(DashboardPage::Occupancy,
                                           {rooms.at(0)->id, rooms.at(8)->id, rooms.at(9)->id});
        QVERIFY(page);
        QCOMPARE(page->summaryCards()->rowCount(), 3);
        QVERIFY(!page->exportBaseName().isEmpty());
        const QImage image = page->exportImage(2.0);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), page->exportArea()->size() * 2);
        // Not blank: the lines of three spaces in three colours are in it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
        QVERIFY(QImage(image).save(QDir::temp().filePath(QStringLiteral("tst_chartpages.png"))));
    }

    void floorIsRolledUp() {
        Shell shell;
        QVERIFY(shell.start());
        const Space *floor =
            shell.findSpace([](const Space &s) { return s.spaceType == QLatin1String("floor"); });
        QVERIFY(floor);
        MetricChartPage *page = shell.show(DashboardPage::Occupancy, {floor->id});
        QVERIFY(page);
        const MetricChartPage::SpaceData &data = page->spaceData().first();
        QVERIFY(data.rollup.rolledUp);
        QVERIFY(data.rollup.combinedIds.size() > 5);
        QVERIFY(!data.buckets.isEmpty());
        QVERIFY2(page->noteText().contains(QStringLiteral("Rolled up")),
                 qPrintable(page->noteText()));
        QVERIFY(page->chartView()->drawnPointCount(keyOf(*floor, "average")) > 0);
        // A roll-up's peak is a bound, not a sensor's cap: no "3+" markers over every bucket.
        QVERIFY(page->chartView()->seriesFor(keyOf(*floor, "capped")).isEmpty());
        QVERIFY(page->noteText().contains(
            QStringLiteral("rolled up from %1 of its spaces").arg(data.rollup.combinedIds.size())));
    }
};

QTEST_MAIN(TestChartPages)
#include "tst_chartpages.moc"
