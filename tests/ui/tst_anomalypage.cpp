// The anomaly investigator page against the in-process simulator with the ghost-time fault:
// flagged buckets are marked by text and icon, the first one's (empty) sessions are listed,
// opening a bucket with sessions lists them in local time, the threshold is adjustable on the
// page, a floor resolves to its first Waffle space with a notice, weekday resolution is
// replaced by days, and the CSV export carries its provenance. Set DENSITY_SCREENSHOT_DIR to
// keep a picture.
#include "../core/simfixture.h"

#include "models/spacetreemodel.h"
#include "ui/anomalypage.h"

#include <QCheckBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTranslator>

using namespace Density;

namespace {

//! The simulator's fixed "now": Wednesday 25 Nov 2026, 10:00 in New York.
const QDateTime SimNow(QDate(2026, 11, 25), QTime(15, 0), QTimeZone::utc());

Sim::SimOptions ghostOptions() {
    Sim::SimOptions options;
    options.faults.ghostTimeUsed = true;
    return options;
}

struct Fixture {
    Fixture()
        : sim(ghostOptions()) {
        const Result<QList<Space>> loaded = await<QList<Space>>(
            [this](auto done) { sim.client.spaces(&context, std::move(done)); });
        if (!loaded)
            qFatal("spaces did not load");
        spaces = loaded.value();
        model.setSpaces(spaces);
        page = std::make_unique<AnomalyPage>(&model);
        page->setClient(&sim.client);
        page->setClock([] { return SimNow; });
        page->setOrganization(QStringLiteral("Demo portfolio (simulated)"));
        page->resize(1100, 760);
        QObject::connect(page.get(), &AnalyticsPage::finished, [this] { ++finished; });
        QObject::connect(page.get(), &AnalyticsPage::failed,
                         [this](const QString &sentence) { failures.append(sentence); });
    }

    const Space *find(const std::function<bool(const Space &)> &accept) const {
        for (const Space &space : spaces) {
            if (accept(space))
                return &space;
        }
        return nullptr;
    }

    bool load(const Space &space, const AnalyticsSelection &query) {
        const int before = finished;
        page->setSelection({space});
        page->setQuery(query);
        page->show();
        return waitFor([&] { return finished > before && !page->isLoading(); }, 30000);
    }

    SimFixture sim;
    QObject context;
    QList<Space> spaces;
    SpaceTreeModel model;
    std::unique_ptr<AnomalyPage> page;
    int finished = 0;
    QStringList failures;
};

//! Makes every string of the page (and its model) half as long again.
class LongTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override {
        const QByteArray c(context);
        if (c != "Density::AnomalyPage" && c != "Density::AnomalyModel" &&
            c != "Density::Anomalies")
            return {};
        const QString text = QString::fromUtf8(source);
        QString padding;
        for (int i = 0; i < text.size() / 6; ++i)
            padding += QStringLiteral("äöü ");
        return text + QLatin1Char(' ') + padding.trimmed();
    }
};

bool isWaffleRoom(const Space &space) {
    return space.spaceType == QLatin1String("space") &&
           space.countingMode.valueOr(QString()) == QLatin1String("waffle") &&
           space.timeZone == QLatin1String("America/New_York");
}

AnalyticsSelection hoursOf(QDate first, QDate last) {
    AnalyticsSelection query;
    query.preset = DateRangePreset::Custom;
    query.customDays = {first, last};
    query.resolution = TimeResolution::Hour;
    return query;
}

} // namespace

class TestAnomalyPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void flaggedBucketsAndTheirSessions() {
        Fixture f;
        const Space *room = f.find(isWaffleRoom);
        QVERIFY(room);
        QVERIFY(f.load(*room, hoursOf(QDate(2026, 11, 18), QDate(2026, 11, 20))));
        QVERIFY2(f.failures.isEmpty(), qPrintable(f.failures.join(QLatin1Char('\n'))));
        AnomalyModel *model = f.page->model();
        QCOMPARE(model->rowCount(), 3 * 24);
        QVERIFY(model->flaggedCount() > 0);
        QCOMPARE(f.page->titleText(), QStringLiteral("Anomaly investigator: %1").arg(room->name));
        QVERIFY(f.page->basisText().contains(QStringLiteral("America/New_York")));
        QVERIFY(f.page->basisText().contains(QStringLiteral("more than 5 min")));
        QVERIFY(f.page->basisText().contains(QStringLiteral("20%")));
        QVERIFY2(f.page->summaryText().startsWith(
                     QStringLiteral("%1 of 72 buckets flagged").arg(model->flaggedCount())),
                 qPrintable(f.page->summaryText()));
        QVERIFY(f.page->messageText().isEmpty());

        // The first flagged bucket is opened: no session behind its time used.
        QTableView *table = f.page->table();
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(AnomalyModel::FlaggedRole).toBool());
        QCOMPARE(table->model()->index(current.row(), AnomalyModel::StatusColumn).data().toString(),
                 QStringLiteral("Flagged"));
        QCOMPARE(f.page->sessionTable()->rowCount(), 0);
        QVERIFY2(f.page->sessionsTitleText().startsWith(QStringLiteral("No raw session overlaps")),
                 qPrintable(f.page->sessionsTitleText()));
        QVERIFY(f.page->sessionsTitleText().contains(QStringLiteral("the metrics report")));

        // Open a bucket with sessions: they are listed in the space's local time.
        int busy = -1;
        for (int r = 0; r < model->rowCount() && busy < 0; ++r) {
            if (model->row(r)->sessions.size() >= 1 && model->row(r)->sessionSeconds > 600)
                busy = r;
        }
        QVERIFY(busy >= 0);
        f.page->showSessionsOf(busy);
        const QList<AnomalySession> sessions = model->sessionsOf(busy);
        QCOMPARE(f.page->sessionTable()->rowCount(), int(sessions.size()));
        const QLocale locale;
        const QDateTime localStart =
            sessions.first().start.toTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(f.page->sessionTable()->item(0, 0)->text(),
                 locale.toString(localStart, QLocale::ShortFormat));
        QVERIFY(f.page->sessionsTitleText().startsWith(QStringLiteral("Raw sessions overlapping")));

        // Flagged only, then a looser threshold clears them (no new request).
        f.page->setFlaggedOnly(true);
        QCOMPARE(table->model()->rowCount(), model->flaggedCount());
        const int requests = f.sim.server->requestCount();
        AnomalyThreshold loose;
        loose.minSeconds = 15 * 60;
        f.page->setThreshold(loose);
        QCOMPARE(model->flaggedCount(), 0);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(f.page->summaryText().startsWith(QStringLiteral("No bucket flagged")));
        QCOMPARE(f.sim.server->requestCount(), requests);
        f.page->setThreshold({});
        f.page->setFlaggedOnly(false);
        QCOMPARE(table->model()->rowCount(), 72);

        // CSV: provenance, then one row per bucket.
        QVERIFY(f.page->canExport());
        const QString csv = QString::fromUtf8(f.page->exportCsv());
        QVERIFY(csv.contains(QStringLiteral("Demo portfolio (simulated)")));
        QVERIFY(csv.contains(QStringLiteral("bucket_start,bucket_end,metric_seconds")));
        QCOMPARE(csv.count(QStringLiteral(",flagged,")), model->flaggedCount());
        QCOMPARE(f.page->exportBaseName().left(10), QStringLiteral("anomalies-"));
        const QImage picture = f.page->exportImage(2.0);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.size(), f.page->size() * 2);

        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            f.page->showSessionsOf(busy);
            QVERIFY(f.page->grab().save(shots + QStringLiteral("/anomaly-page-sessions.png")));
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->row(r)->isFlagged()) {
                    f.page->showSessionsOf(r);
                    break;
                }
            }
            QVERIFY(f.page->grab().save(shots + QStringLiteral("/anomaly-page.png")));
        }
    }

    void floorResolvesToAWaffleSpace() {
        Fixture f;
        const Space *floor = f.find([&](const Space &s) {
            if (s.spaceType != QLatin1String("floor"))
                return false;
            for (const QString &id : s.childrenIds) {
                const Space *child = f.model.spaceById(id);
                if (child && isWaffleRoom(*child))
                    return true;
            }
            return false;
        });
        QVERIFY(floor);
        AnalyticsSelection query = hoursOf(QDate(2026, 11, 23), QDate(2026, 11, 23));
        query.resolution = TimeResolution::HourOfDay;
        QVERIFY(f.load(*floor, query));
        QVERIFY(f.page->space());
        QCOMPARE(f.page->space()->countingMode.valueOr(QString()), QStringLiteral("waffle"));
        QVERIFY2(f.page->noticeText().contains(QStringLiteral("is not a single space")),
                 qPrintable(f.page->noticeText()));
        QVERIFY(f.page->noticeText().contains(QStringLiteral("\"Hour\" are compared instead")));
        QCOMPARE(f.page->model()->rowCount(), 24);
    }

    void nothingSelectedSaysWhatToDo() {
        Fixture f;
        f.page->show();
        QVERIFY(waitFor([&] { return !f.page->messageText().isEmpty(); }));
        QVERIFY(f.page->messageText().startsWith(QStringLiteral("Select a space")));
        QVERIFY(!f.page->canExport());
    }

    void cancelKeepsTheMessageHonest() {
        Fixture f;
        const Space *room = f.find(isWaffleRoom);
        f.page->setSelection({*room});
        f.page->setQuery(hoursOf(QDate(2026, 11, 18), QDate(2026, 11, 20)));
        f.page->show();
        QVERIFY(waitFor([&] { return f.page->isLoading(); }));
        const int before = f.finished;
        f.page->cancel();
        QVERIFY(!f.page->isLoading());
        QCOMPARE(f.finished, before + 1);
        QVERIFY(f.page->messageText().startsWith(QStringLiteral("Loading was cancelled")));
        QVERIFY(!f.page->canExport());
        // Refresh compares again.
        f.page->reload();
        QVERIFY(waitFor([&] { return f.finished > before + 1 && !f.page->isLoading(); }, 30000));
        QCOMPARE(f.page->model()->rowCount(), 72);
        QVERIFY(f.page->noticeText().isEmpty());
    }

    void longTranslationsStillFit() {
        //! Every page string half as long again (German runs about a third longer than
        //! English): the page must still fit a 1100-pixel window, wrapping instead of widening.
        LongTranslator longer;
        QCoreApplication::installTranslator(&longer);
        Fixture f;
        const Space *room = f.find(isWaffleRoom);
        QVERIFY(f.load(*room, hoursOf(QDate(2026, 11, 18), QDate(2026, 11, 20))));
        QVERIFY(f.page->titleText().contains(QStringLiteral("äöü")));
        QVERIFY2(f.page->minimumSizeHint().width() <= 1100,
                 qPrintable(QString::number(f.page->minimumSizeHint().width())));
        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(f.page->grab().save(shots + QStringLiteral("/anomaly-page-long.png")));
        QCoreApplication::removeTranslator(&longer);
    }

    void longRangeIsWindowed() {
        Fixture f;
        const Space *room = f.find(isWaffleRoom);
        AnalyticsSelection query;
        query.preset = DateRangePreset::Custom;
        query.customDays = {QDate(2026, 8, 1), QDate(2026, 11, 20)};
        query.resolution = TimeResolution::Day;
        ResponseLog log(&f.sim.client);
        QVERIFY(f.load(*room, query));
        QCOMPARE(f.page->model()->rowCount(), 112);
        QCOMPARE(log.count(Endpoint::RawSessions, 200), 2);
        QVERIFY(f.failures.isEmpty());
    }
};

QTEST_MAIN(TestAnomalyPage)
#include "tst_anomalypage.moc"
