// The Patterns page against the in-process simulator with the real client: a room's typical
// week from hourly data (weekday daytime busier than nights and weekends, future hours no
// data), a floor rolled up, progress over many windows, cancel, supersede, metric switching,
// "no capacity set", lazy loading, and the CSV / PNG export hooks. Also the adapter's scale
// rule and the export file-name slugs. Set DENSITY_SCREENSHOT_DIR to keep a picture.
#include "../core/simfixture.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "analytics/heatmapadapter.h"
#include "export/csvformat.h"
#include "export/exportfilename.h"
#include "models/spacetreemodel.h"
#include "ui/errorbanner.h"
#include "ui/heatmapwidget.h"
#include "ui/mainwindow.h"
#include "ui/pagetabs.h"
#include "ui/patternspage.h"
#include "ui/querybar.h"
#include "ui/spacedock.h"

#include <QComboBox>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Density;

namespace {

//! The simulator's fixed "now": Wednesday 25 Nov 2026, 10:00 in New York.
const QDateTime SimNow(QDate(2026, 11, 25), QTime(15, 0), QTimeZone::utc());

struct Fixture {
    explicit Fixture(Sim::SimOptions options = {})
        : sim(options) {
        const Result<QList<Space>> loaded = await<QList<Space>>(
            [this](auto done) { sim.client.spaces(&context, std::move(done)); });
        if (!loaded)
            qFatal("spaces did not load");
        spaces = loaded.value();
        model.setSpaces(spaces);
        page = std::make_unique<PatternsPage>(&model);
        page->setClient(&sim.client);
        page->setClock([] { return SimNow; });
        page->resize(1000, 640);
        QObject::connect(page.get(), &AnalyticsPage::finished, [this] { ++finished; });
        QObject::connect(page.get(), &AnalyticsPage::failed,
                         [this](const QString &sentence) { failures.append(sentence); });
        QObject::connect(page.get(), &AnalyticsPage::progressChanged,
                         [this](int done, int total, const QString &) {
                             progress.append({done, total});
                         });
    }

    const Space *find(const std::function<bool(const Space &)> &accept) const {
        for (const Space &space : spaces) {
            if (accept(space))
                return &space;
        }
        return nullptr;
    }

    //! Selects `space` with `preset` and waits until the page has finished loading.
    bool load(const Space &space, DateRangePreset preset = DateRangePreset::Last30Days,
              LocalDays custom = {}) {
        const int before = finished;
        AnalyticsSelection query;
        query.preset = preset;
        query.customDays = custom;
        page->setSelection({space});
        page->setQuery(query);
        page->show();
        return waitFor([&] { return finished > before && !page->isLoading(); }, 15000);
    }

    SimFixture sim;
    QObject context;
    QList<Space> spaces;
    SpaceTreeModel model;
    std::unique_ptr<PatternsPage> page;
    int finished = 0;
    QStringList failures;
    QList<std::pair<int, int>> progress;
};

bool isMeetingRoom(const Space &space) {
    return space.spaceType == QLatin1String("space") &&
           space.function.valueOr(QString()) == QLatin1String("meeting_room") &&
           space.hasUsableCapacity() && space.timeZone == QLatin1String("America/New_York");
}

//! Mean of the cells that have a value, over the given days and hours.
double meanOf(const HeatmapGrid &grid, const QList<int> &days, int fromHour, int toHour) {
    double sum = 0;
    int n = 0;
    for (int day : days) {
        for (int hour = fromHour; hour < toHour; ++hour) {
            if (const std::optional<double> v = grid.value(day, hour)) {
                sum += *v;
                ++n;
            }
        }
    }
    return n > 0 ? sum / n : -1.0;
}

//! The data rows of a CSV export, after the BOM and the "# " comment block.
QList<QByteArray> dataLines(const QByteArray &csv, QByteArray *comment) {
    QList<QByteArray> lines = csv.mid(CsvFormat::byteOrderMark().size()).split('\n');
    QList<QByteArray> data;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("# "))
            comment->append(line + '\n');
        else if (!line.isEmpty())
            data.append(line);
    }
    return data;
}

} // namespace

class TestPatternsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // Monday-first weeks and a 24-hour clock, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // A settings scope of our own: never the developer's real settings.
        QVERIFY(m_settings.isolate(QStringLiteral("tst_patternspage")));
    }

    void adapterFollowsTheGridsScaleRule() {
        // Sparse week: p5 = p95 = 0 but two used hours; flat busy week; flat empty week.
        const auto bucket = [](const char *key, double avg) {
            MetricBucket b;
            b.key = QString::fromLatin1(key);
            b.occupancyAvg = avg;
            b.utilizationAvg = avg / 10.0;
            b.upTime = 1.0;
            return b;
        };
        QList<MetricSeries> weeks;
        MetricSeries sparse;
        for (int h = 0; h < 24; ++h)
            sparse.append(bucket(
                qPrintable(QStringLiteral("2026-11-02T%1:00:00Z").arg(h, 2, 10, QLatin1Char('0'))),
                h == 9    ? 4.0
                : h == 10 ? 2.0
                          : 0.0));
        weeks.append(sparse);
        weeks.append({bucket("2026-11-02T09:00:00Z", 3.0), bucket("2026-11-03T09:00:00Z", 3.0)});
        weeks.append({bucket("2026-11-02T09:00:00Z", 0.0), bucket("2026-11-03T09:00:00Z", 0.0)});
        for (const MetricSeries &series : std::as_const(weeks)) {
            const WeekHourMatrix matrix = WeekHours::build(series, QTimeZone::utc());
            const HeatmapGrid grid =
                HeatmapAdapter::toGrid(matrix, WeekHourMetric::OccupancyAvg, QStringLiteral("UTC"));
            for (int d = 0; d < 7; ++d) {
                for (int h = 0; h < 24; ++h) {
                    QCOMPARE(grid.value(d, h), matrix.cell(d, h).value);
                    QCOMPARE(grid.sampleCount(d, h), matrix.cell(d, h).samples);
                    QCOMPARE(grid.fraction(d, h), matrix.scaleFraction(d, h));
                }
            }
        }
        // Not every cell the same mid colour: the sparse week's used hours stand out.
        const HeatmapGrid sparseGrid = HeatmapAdapter::toGrid(
            WeekHours::build(sparse, QTimeZone::utc()), WeekHourMetric::OccupancyAvg, {});
        QCOMPARE(*sparseGrid.fraction(1, 9), 1.0);
        QCOMPARE(*sparseGrid.fraction(1, 0), 0.0);
        // Ratios become percentages, with the unit to match.
        WeekHourOptions options;
        options.metric = WeekHourMetric::UtilizationAvg;
        const HeatmapGrid percent =
            HeatmapAdapter::toGrid(WeekHours::build(sparse, QTimeZone::utc(), options),
                                   WeekHourMetric::UtilizationAvg, QStringLiteral("UTC"));
        QCOMPARE(*percent.value(1, 9), 40.0);
        QCOMPARE(percent.unit(), QStringLiteral("% of capacity"));
        QCOMPARE(percent.timeZone(), QStringLiteral("UTC"));
    }

    void fileNameSlugs() {
        QCOMPARE(ExportFileNames::slug(QStringLiteral("Hudson Yards — Floor 2 (Café)")),
                 QStringLiteral("hudson-yards-floor-2-cafe"));
        QCOMPARE(ExportFileNames::slug(QStringLiteral("  1.03 Sequoia!  ")),
                 QStringLiteral("1-03-sequoia"));
        QCOMPARE(ExportFileNames::slug(QStringLiteral("会議室")), QString());
        QVERIFY(ExportFileNames::slug(QString(200, QLatin1Char('a'))).size() <= 60);
        QCOMPARE(ExportFileNames::suggested(QStringLiteral("patterns-x"), QDate(2026, 11, 25),
                                            QStringLiteral("png")),
                 QStringLiteral("patterns-x-2026-11-25.png"));
    }

    void roomWeekFromTheSimulator() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        QVERIFY(room);
        ResponseLog log(&f.sim.client);
        QVERIFY(f.load(*room));
        QVERIFY2(f.failures.isEmpty(), qPrintable(f.failures.join(QLatin1Char('\n'))));
        QVERIFY(log.count(Endpoint::Occupancy, 200) >= 5); // 30 days of hours: 5 windows

        const HeatmapGrid &grid = f.page->heatmap()->grid();
        QVERIFY(!grid.isEmpty());
        QCOMPARE(grid.timeZone(), QStringLiteral("America/New_York"));
        QCOMPARE(grid.unit(), QStringLiteral("average people"));
        QVERIFY(f.page->heatmap()->isVisible());
        // Weekday working hours are busier than nights and weekends.
        const double weekdayDay = meanOf(grid, {1, 2, 3, 4, 5}, 9, 17);
        const double nights = meanOf(grid, {0, 1, 2, 3, 4, 5, 6}, 0, 6);
        const double weekend = meanOf(grid, {0, 6}, 0, 24);
        QVERIFY2(weekdayDay > 2 * nights && weekdayDay > 2 * weekend,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(weekdayDay).arg(nights).arg(weekend)));
        // About four weeks per cell.
        QVERIFY(grid.sampleCount(2, 10) >= 4 && grid.sampleCount(2, 10) <= 5);
        // The basis is stated; nothing is defaulted.
        QCOMPARE(f.page->titleText(), QStringLiteral("Typical week: %1").arg(room->name));
        QVERIFY2(f.page->basisText().contains(QStringLiteral("America/New_York")),
                 qPrintable(f.page->basisText()));
        QVERIFY(f.page->basisText().contains(QStringLiteral("30 days")));
        QVERIFY(f.page->basisText().contains(QStringLiteral("operating hours are not applied")));
        QVERIFY(!f.page->usesDefaultRange());
        // The current weekday and hour are marked, in the space's zone.
        QCOMPARE(f.page->heatmap()->currentCell(), std::optional(HeatmapWidget::Cell{3, 10}));
        QVERIFY(f.page->canExport());
        QCOMPARE(f.page->exportBaseName(),
                 QStringLiteral("patterns-") + ExportFileNames::slug(room->name));
        const QString tip = f.page->heatmap()->cellToolTip(2, 10);
        QVERIFY2(tip.contains(QStringLiteral("average people")), qPrintable(tip));

        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            f.page->grab().save(shots + QStringLiteral("/patterns-page.png"));
    }

    void futureHoursAreNoData() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        // This week, Monday to Sunday: it is Wednesday 10:00 in New York.
        QVERIFY(f.load(*room, DateRangePreset::Custom, {QDate(2026, 11, 23), QDate(2026, 11, 29)}));
        const HeatmapGrid &grid = f.page->heatmap()->grid();
        QVERIFY(grid.hasValue(1, 12));  // Monday noon happened
        QVERIFY(grid.hasValue(3, 9));   // Wednesday 09:00 is complete
        QVERIFY(!grid.hasValue(3, 10)); // the hour now running is not over
        QVERIFY(!grid.hasValue(3, 14));
        QVERIFY(!grid.hasValue(5, 12));
        QCOMPARE(grid.sampleCount(5, 12), 0);
        QVERIFY(f.page->heatmap()->cellToolTip(5, 12).endsWith(QStringLiteral("no data")));
        QVERIFY(f.page->basisText().contains(QStringLiteral("one week")));
    }

    void shortRangeUsesFullWeeksWithProgress() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        QVERIFY(f.load(*room, DateRangePreset::Today));
        QVERIFY(f.page->usesDefaultRange());
        QVERIFY2(f.page->noticeText().contains(QStringLiteral("shorter than a week")),
                 qPrintable(f.page->noticeText()));
        const QTimeZone zone("America/New_York");
        const TimeRange range = *f.page->range();
        const QDate first = range.start.toTimeZone(zone).date();
        const QDate last = range.end.toTimeZone(zone).date();
        QCOMPARE(first.dayOfWeek(), int(Qt::Monday));
        QCOMPARE(first.daysTo(last) + 1, qint64(7 * PatternsPage::DefaultWeeks));
        QCOMPARE(last, QDate(2026, 11, 22)); // the Sunday before this week
        QCOMPARE(range.start.toTimeZone(zone).time(), QTime(0, 0));
        // "Loading window x of y": announced up front, then every window.
        QVERIFY(f.progress.size() >= 3);
        const int total = f.progress.first().second;
        QVERIFY2(total >= PatternsPage::DefaultWeeks, qPrintable(QString::number(total)));
        QCOMPARE(f.progress.first().first, 0);
        QCOMPARE(f.progress.last(), std::make_pair(total, total));
        for (qsizetype i = 1; i < f.progress.size(); ++i)
            QVERIFY(f.progress.at(i).first >= f.progress.at(i - 1).first);
        QCOMPARE(f.page->heatmap()->grid().sampleCount(2, 10), PatternsPage::DefaultWeeks);
    }

    void cancelAborts() {
        Sim::SimOptions options;
        options.faults.latencyMs = 400;
        Fixture f(options);
        const Space *room = f.find(isMeetingRoom);
        f.page->show();
        f.page->setSelection({*room});
        QVERIFY(waitFor([&] { return f.page->isLoading(); }));
        QVERIFY(waitFor([&] { return f.sim.client.requestsInFlight() > 0; }));
        f.page->cancel();
        QVERIFY(!f.page->isLoading());
        QCOMPARE(f.sim.client.requestsInFlight(), 0);
        QVERIFY(f.page->messageText().contains(QStringLiteral("cancelled")));
        QVERIFY(!f.page->canExport());
        QTest::qWait(600); // nothing arrives late
        QVERIFY(f.page->heatmap()->grid().isEmpty());
        QVERIFY(f.failures.isEmpty());
        // Refresh loads it again.
        const int before = f.finished;
        f.page->reload();
        QVERIFY(waitFor([&] { return f.finished > before && !f.page->isLoading(); }, 15000));
        QVERIFY(f.page->canExport());
    }

    void newSelectionSupersedes() {
        Sim::SimOptions options;
        options.faults.latencyMs = 300;
        Fixture f(options);
        const Space *first = f.find(isMeetingRoom);
        const Space *second =
            f.find([first](const Space &s) { return isMeetingRoom(s) && s.id != first->id; });
        QVERIFY(first && second);
        ResponseLog log(&f.sim.client);
        f.page->show();
        f.page->setSelection({*first});
        QVERIFY(waitFor([&] { return f.sim.client.requestsInFlight() > 0; }));
        f.page->setSelection({*second, *first});
        QVERIFY(waitFor([&] { return f.finished > 0 && !f.page->isLoading(); }, 15000));
        QTest::qWait(400);
        QCOMPARE(f.finished, 1);
        QCOMPARE(f.sim.client.requestsInFlight(), 0);
        QCOMPARE(f.page->titleText(), QStringLiteral("Typical week: %1").arg(second->name));
        // The first of several, and the page says so.
        QVERIFY2(f.page->noticeText().contains(QStringLiteral("2 spaces are selected")),
                 qPrintable(f.page->noticeText()));
        // Only the second space's windows completed after the switch.
        QVERIFY(!f.page->heatmap()->grid().isEmpty());
        QVERIFY(log.count(Endpoint::Occupancy, 200) >= 1);
    }

    void metricsShareOrFetchTheirData() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        QVERIFY(f.load(*room, DateRangePreset::Last7Days));
        const HeatmapGrid average = f.page->heatmap()->grid();
        ResponseLog log(&f.sim.client);
        // Peak comes from the same buckets: no new request.
        f.page->metricCombo()->setCurrentIndex(
            f.page->metricCombo()->findData(int(WeekHourMetric::OccupancyMax)));
        QTest::qWait(20);
        QCOMPARE(log.entries.size(), 0);
        const HeatmapGrid peak = f.page->heatmap()->grid();
        QCOMPARE(peak.unit(), QStringLiteral("people at peak"));
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                if (average.hasValue(d, h))
                    QVERIFY(*peak.value(d, h) >= *average.value(d, h));
        // Share of time used comes from its own endpoint, as a percentage.
        const int before = f.finished;
        f.page->setMetric(WeekHourMetric::TimeUsedShare);
        QVERIFY(waitFor([&] { return f.finished > before && !f.page->isLoading(); }, 15000));
        QVERIFY(log.count(Endpoint::TimeUsed, 200) >= 1);
        const HeatmapGrid share = f.page->heatmap()->grid();
        QVERIFY(!share.isEmpty());
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                if (share.hasValue(d, h))
                    QVERIFY(*share.value(d, h) >= 0 && *share.value(d, h) <= 100);
    }

    void utilizationWithoutCapacity() {
        Fixture f;
        const Space *room = f.find([](const Space &s) {
            return s.spaceType == QLatin1String("space") && s.childrenIds.isEmpty() &&
                   !s.hasUsableCapacity();
        });
        QVERIFY(room);
        ResponseLog log(&f.sim.client);
        f.page->setMetric(WeekHourMetric::UtilizationAvg);
        f.page->show();
        f.page->setSelection({*room});
        QVERIFY(waitFor([&] { return !f.page->messageText().contains(QStringLiteral("Select")); }));
        QTest::qWait(50);
        QVERIFY2(f.page->messageText().contains(QStringLiteral("no capacity set")),
                 qPrintable(f.page->messageText()));
        QCOMPARE(log.count(Endpoint::Utilization), 0);
        QVERIFY(!f.page->canExport());
    }

    void floorIsRolledUp() {
        Fixture f;
        const Space *floor = f.find([](const Space &s) {
            return s.spaceType == QLatin1String("floor") && !s.childrenIds.isEmpty();
        });
        QVERIFY(floor);
        QVERIFY(f.load(*floor, DateRangePreset::Last7Days));
        QVERIFY(!f.page->heatmap()->grid().isEmpty());
        QVERIFY2(f.page->noticeText().contains(QStringLiteral("Rolled up")),
                 qPrintable(f.page->noticeText()));
    }

    void hiddenPageWaitsUntilShown() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        ResponseLog log(&f.sim.client);
        f.page->setSelection({*room});
        QTest::qWait(50);
        QCOMPARE(log.entries.size(), 0);
        QVERIFY(!f.page->isLoading());
        f.page->show();
        QVERIFY(waitFor([&] { return f.finished > 0 && !f.page->isLoading(); }, 15000));
        QVERIFY(log.count(Endpoint::Occupancy, 200) >= 1);
    }

    void csvExportHasProvenanceAndTheGrid() {
        Fixture f;
        const Space *room = f.find(isMeetingRoom);
        f.page->setOrganization(QStringLiteral("Demo portfolio (simulated)"));
        QVERIFY(f.load(*room, DateRangePreset::Today));
        const QByteArray csv = f.page->exportCsv();
        QVERIFY(csv.startsWith(CsvFormat::byteOrderMark() + "# Density Dashboard export\r\n"));
        QByteArray comment;
        const QList<QByteArray> rows = dataLines(csv, &comment);
        const QString text = QString::fromUtf8(comment);
        for (const QString &expected :
             {QStringLiteral("Organization: Demo portfolio (simulated)"), room->id, room->name,
              QStringLiteral("Range: 2026-09-28T00:00:00-04:00 to 2026-11-22T23:59:59-05:00"),
              QStringLiteral("Resolution: hour"), QStringLiteral("Operating hours: all hours"),
              QStringLiteral("Time zone: America/New_York"), QStringLiteral("Average occupancy"),
              QStringLiteral("shorter than a week"),
              QStringLiteral("App version: Density Dashboard"),
              QStringLiteral("Exported at: 2026-11-25T15:00:00Z")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
        // The table is the grid, cell for cell.
        const HeatmapGrid &grid = f.page->heatmap()->grid();
        QCOMPARE(csv.right(grid.toCsv().size()), grid.toCsv());
        QCOMPARE(rows.size(), 8);
        QVERIFY(rows.first().startsWith("weekday,00:00,01:00"));
        int compared = 0;
        for (int row = 0; row < 7; ++row) {
            const QList<QByteArray> fields = rows.at(row + 1).split(',');
            QCOMPARE(fields.size(), 25);
            const int day = grid.dayForRow(row);
            for (int hour = 0; hour < 24; ++hour) {
                const QByteArray field = fields.at(hour + 1);
                if (!grid.hasValue(day, hour)) {
                    QVERIFY(field.isEmpty());
                    continue;
                }
                bool ok = false;
                QCOMPARE(field.toDouble(&ok), *grid.value(day, hour));
                QVERIFY(ok);
                QCOMPARE(*grid.value(day, hour), *f.page->matrix().cell(day, hour).value);
                ++compared;
            }
        }
        QCOMPARE(compared, 7 * 24);

        const QImage image = f.page->exportImage(2.0);
        QVERIFY(!image.isNull());
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(image.width() >= 2 * f.page->heatmap()->sizeHint().width());
        QVERIFY(image.height() > 2 * f.page->heatmap()->sizeHint().height());
    }

    void inTheWindowWithTheQueryBar() {
        // The page as users meet it: a floor picked in the tree, "Last 30 days" in the query
        // bar. With DENSITY_SCREENSHOT_DIR set this is the README's patterns.png.
        Shell shell;
        shell.window->resize(1280, 800);
        QVERIFY(shell.start());
        MainWindow &window = *shell.window;
        PageTabs *tabs = window.pageTabs();
        auto *page = qobject_cast<PatternsPage *>(tabs->page(DashboardPage::Patterns));
        QVERIFY(page);
        tabs->setClock([] { return SimNow; });
        QComboBox *preset = tabs->queryBar()->presetCombo();
        preset->setCurrentIndex(preset->findData(int(DateRangePreset::Last30Days)));
        tabs->setCurrentPage(DashboardPage::Patterns);
        // Campus > building > its first floor.
        const SpaceTreeModel *model = window.spaceModel();
        const Space *floor =
            model->space(model->index(0, 0, model->index(0, 0, model->index(0, 0))));
        QVERIFY(floor);
        QCOMPARE(floor->spaceType, QStringLiteral("floor"));
        const QString floorId = floor->id;
        QVERIFY(!floorId.isEmpty());
        window.spaceDock()->selectSpaces({floorId});
        QVERIFY(waitFor([&] { return page->canExport(); }, 15000));
        QVERIFY(page->basisText().contains(QStringLiteral("30 days")));
        QVERIFY(window.errorBanner()->isHidden());
        // Cancelled halfway, Refresh (F5) loads the week again.
        page->reload();
        QVERIFY(page->isLoading());
        page->cancel();
        QVERIFY(!page->canExport());
        window.refreshAction()->trigger();
        QVERIFY(waitFor([&] { return page->canExport(); }, 15000));
        QTest::qWait(50);
        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(window.saveScreenshot(shots + QStringLiteral("/patterns.png")));
            QVERIFY(page->exportImage(2.0).save(shots + QStringLiteral("/patterns-export.png")));
            QFile csv(shots + QStringLiteral("/patterns-export.csv"));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write(page->exportCsv());
        }
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestPatternsPage)
#include "tst_patternspage.moc"
