// The data completeness page against the in-process simulator (fixed now 2026-11-25T15:00Z):
// a selection's floors load over the query's range in 10-day windows, each cell shows its value
// and its likely cause in words, a floor without open-area sensors spans the row with a
// sentence, the legend explains the causes, a newer selection or query supersedes a load still
// running, cancel keeps the page honest, and the CSV export carries its provenance. Set
// DENSITY_SCREENSHOT_DIR to keep a picture of the page.
#include "../core/simfixture.h"

#include "models/datacompletenessmodel.h"
#include "models/spacetreemodel.h"
#include "ui/datacompletenesspage.h"

#include <QHeaderView>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace Density;
using Reason = DataCompletenessModel::Reason;

namespace {

const QDateTime SimNow(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

AnalyticsSelection days(QDate first, QDate last) {
    AnalyticsSelection query;
    query.preset = DateRangePreset::Custom;
    query.customDays = {first, last};
    return query;
}

//! Makes every longer user string of the app 40 % longer; short format strings ("d MMM",
//! "%1 %") stay as they are.
class LongTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(sourceText);
        if (!QByteArray(context).startsWith("Density::") || text.size() <= 12)
            return QString();
        QString extra;
        while (extra.size() < text.size() * 2 / 5)
            extra += QStringLiteral(" Verlängerung");
        return text + extra;
    }
};

} // namespace

class TestCompletenessPage : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;
    QList<Space> m_buildings; //!< one with a planning floor, one with a floor without OA sensors

    const Space *parentOf(const QString &id) const {
        return m_spaces.space(m_spaces.indexOf(id).parent());
    }

    std::unique_ptr<DataCompletenessPage> makePage() {
        auto page = std::make_unique<DataCompletenessPage>(&m_spaces);
        page->setClock([] { return SimNow; });
        page->resize(1100, 760);
        page->show();
        return page;
    }

    bool waitLoaded(DataCompletenessPage &page) {
        return waitFor([&] { return !page.isLoading() && page.messageText().isEmpty(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QList<Space> roots;
        for (int row = 0; row < m_spaces.rowCount(); ++row)
            roots.append(*m_spaces.space(m_spaces.index(row, 0)));
        const QList<Space> floors = DataCompletenessModel::floorsOf(m_spaces, roots);
        DataCompletenessModel probe;
        probe.load(&m_sim.client, floors,
                   TimeRange{SimNow.addDays(-3), SimNow.addDays(-2), TimestampStyle::Utc}, SimNow);
        QVERIFY(waitFor([&] { return !probe.isLoading(); }, 20000));
        const Space *planning = nullptr;
        const Space *noOa = nullptr;
        for (int row = 0; row < probe.rowCount(); ++row) {
            if (!planning && probe.floor(row).status == QStringLiteral("planning"))
                planning = parentOf(probe.floor(row).id);
            if (!noOa && !probe.isApplicable(row))
                noOa = parentOf(probe.floor(row).id);
        }
        QVERIFY(planning && noOa);
        m_buildings.append(*planning);
        if (noOa->id != planning->id)
            m_buildings.append(*noOa);
    }

    void emptySelectionAsksForOne() {
        auto page = makePage();
        QVERIFY(page->usesQuery());
        QVERIFY(page->messageText().contains(QStringLiteral("Select a floor")));
        QVERIFY(!page->canExport());
        QCOMPARE(page->titleText(), QStringLiteral("Data completeness"));
        // The legend is there before anything loads: it explains the page.
        QVERIFY(page->legendText().contains(QStringLiteral("8 hours")));
    }

    void buildingsLoadInWindowsWithReasons() {
        auto page = makePage();
        QSignalSpy finished(page.get(), &AnalyticsPage::finished);
        QSignalSpy failed(page.get(), &AnalyticsPage::failed);
        QSignalSpy progress(page.get(), &AnalyticsPage::progressChanged);
        // 1 to 25 November: three windows, the last one reaching past now.
        page->setQuery(days(QDate(2026, 11, 1), QDate(2026, 11, 25)));
        page->setSelection(m_buildings);
        QVERIFY(waitLoaded(*page));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!progress.isEmpty());

        DataCompletenessModel *model = page->model();
        QCOMPARE(model->windowCount(), 3);
        QVERIFY(page->range().has_value());
        QCOMPARE(page->table()->model()->columnCount(), 4);
        int expectedFloors = 0;
        for (const Space &building : std::as_const(m_buildings))
            expectedFloors += m_spaces.rowCount(m_spaces.indexOf(building.id));
        QCOMPARE(model->rowCount(), expectedFloors);

        bool sawPlanning = false;
        bool sawNotApplicable = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->isApplicable(row)) {
                sawNotApplicable = true;
                // One sentence across all windows, not cut off in the first column.
                QCOMPARE(page->table()->columnSpan(row, 1), 3);
                QCOMPARE(model->index(row, 1).data().toString(),
                         DataCompletenessModel::notApplicableText());
                continue;
            }
            if (model->reason(row, 0) == Reason::Planning)
                sawPlanning = true;
            // The last window ends tonight, local time: still processing unless in planning.
            QVERIFY(model->reason(row, 2) == Reason::Processing ||
                    model->reason(row, 2) == Reason::Planning);
        }
        QVERIFY(sawPlanning);
        QVERIFY(sawNotApplicable);

        QVERIFY(page->titleText().startsWith(QStringLiteral("Data completeness: ")));
        QVERIFY2(page->basisText().contains(QStringLiteral("10-day window")),
                 qPrintable(page->basisText()));
        // Floors in other zones than the first one's are disclosed.
        if (m_buildings.size() > 1 && m_buildings.first().timeZone != m_buildings.last().timeZone)
            QVERIFY2(page->basisText().contains(QStringLiteral("other time zones")),
                     qPrintable(page->basisText()));
        QVERIFY2(page->summaryText().contains(QStringLiteral("without open-area sensors")),
                 qPrintable(page->summaryText()));
        const QString legend = page->legendText();
        for (const QString &part :
             {QStringLiteral("planning"), QStringLiteral("8 hours"), QStringLiteral("offline")})
            QVERIFY2(legend.contains(part), qPrintable(legend));

        // The details line explains the current cell in words.
        page->table()->setCurrentIndex(model->index(0, 3));
        QVERIFY2(page->detailsText().contains(QStringLiteral("Likely cause")),
                 qPrintable(page->detailsText()));

        // Long (German-length) texts wrap instead of widening the page.
        QVERIFY(page->minimumSizeHint().width() < 700);

        QVERIFY(page->canExport());
        QVERIFY(page->exportBaseName().startsWith(QStringLiteral("completeness-")));
        const QString csv = QString::fromUtf8(page->exportCsv());
        QVERIFY(csv.contains(QStringLiteral("# ")));
        QVERIFY(csv.contains(QStringLiteral(
            "floor_id,floor_name,window_start,window_end,completion,likely_reason\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",not_applicable\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",processing\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",planning\r\n")));
        QCOMPARE(csv.count(QStringLiteral("\r\nspc_")), 3 * expectedFloors);
        QVERIFY(!page->exportImage(1.0).isNull());

        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page->grab().save(shots + QStringLiteral("/completeness-page.png")));
    }

    void roomResolvesToItsFloor() {
        auto page = makePage();
        const QModelIndex building = m_spaces.indexOf(m_buildings.first().id);
        const QModelIndex floor = m_spaces.index(0, 0, building);
        QVERIFY(m_spaces.rowCount(floor) > 0);
        const Space room = *m_spaces.space(m_spaces.index(0, 0, floor));
        page->setQuery(days(QDate(2026, 11, 16), QDate(2026, 11, 20)));
        page->setSelection({room});
        QVERIFY(waitLoaded(*page));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->floor(0).id, m_spaces.space(floor)->id);
        QCOMPARE(page->model()->windowCount(), 1);
    }

    void newerSelectionAndQuerySupersede() {
        auto page = makePage();
        QSignalSpy finished(page.get(), &AnalyticsPage::finished);
        page->setQuery(days(QDate(2026, 8, 1), QDate(2026, 11, 25)));
        page->setSelection(m_buildings);
        QVERIFY(waitFor([&] { return page->isLoading(); }));
        // Before the long load answers: another building and a short range.
        page->setSelection({m_buildings.last()});
        page->setQuery(days(QDate(2026, 11, 16), QDate(2026, 11, 20)));
        QVERIFY(waitLoaded(*page));
        QCOMPARE(page->model()->windowCount(), 1);
        QCOMPARE(page->model()->rowCount(),
                 m_spaces.rowCount(m_spaces.indexOf(m_buildings.last().id)));
        QCOMPARE(finished.count(), 1);
        // Nothing of the first load arrives later.
        QCoreApplication::processEvents();
        QCOMPARE(page->model()->windowCount(), 1);
    }

    void cancelSaysSo() {
        auto page = makePage();
        page->setQuery(days(QDate(2026, 8, 1), QDate(2026, 11, 25)));
        page->setSelection(m_buildings);
        QVERIFY(waitFor([&] { return page->isLoading(); }));
        QSignalSpy finished(page.get(), &AnalyticsPage::finished);
        page->cancel();
        QVERIFY(!page->isLoading());
        QCOMPARE(finished.count(), 1);
        QVERIFY(page->messageText().contains(QStringLiteral("cancelled")));
        QVERIFY(!page->canExport());
        page->reload();
        QVERIFY(waitLoaded(*page));
        QVERIFY(page->model()->windowCount() > 1);
    }

    void germanLengthTextsWrap() {
        // A pseudo-translation 40 % longer than English (German runs about a third longer):
        // the page must wrap, not widen, and the cells must still show value and cause.
        LongTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        auto page = makePage();
        page->setQuery(days(QDate(2026, 11, 1), QDate(2026, 11, 25)));
        page->setSelection(m_buildings);
        QVERIFY(waitLoaded(*page));
        QVERIFY(page->legendText().contains(QStringLiteral("Verlängerung")));
        QVERIFY(page->minimumSizeHint().width() < 700);
        // Rows grow to show both lines of the longest cause.
        QVERIFY(page->table()->rowHeight(0) >= 2 * page->table()->fontMetrics().height());
        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page->grab().save(shots + QStringLiteral("/completeness-page-long.png")));
        QCoreApplication::removeTranslator(&translator);
    }

    void notConnectedSaysSo() {
        SpaceTreeModel empty;
        empty.setSpaces(m_buildings);
        DataCompletenessPage page(&empty);
        page.show();
        page.setSelection({m_buildings.first()});
        QTRY_VERIFY(page.messageText().contains(QStringLiteral("Not connected")));
    }
};

QTEST_MAIN(TestCompletenessPage)
#include "tst_completenesspage.moc"
