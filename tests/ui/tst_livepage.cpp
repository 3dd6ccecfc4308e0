// The Live page against the in-process simulator streaming every 200 ms: it goes live and
// fills rows, a dropped connection shows Reconnecting then Live, silence shows Stale with every
// space Unknown, an unhealthy sensor turns its row Unknown within one refresh, hiding or a new
// floor stops the old stream, and the availability cells carry words as well as colour. The
// grid shows the same rows as tiles, a reading that is not current reads "last: …" (dimmed)
// instead of passing for the current one, and a failed feed reaches the page's failed signal.
#include "../core/livefixture.h"

#include "models/livepresencemodel.h"
#include "ui/liveavailabilitydelegate.h"
#include "ui/liveconnectionindicator.h"
#include "ui/livepage.h"
#include "ui/livetiledelegate.h"
#include "ui/livevaluedelegate.h"

#include <QAbstractButton>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTableView>

using namespace Density;

namespace {

//! A page on the fixture's floor, shown and streaming with the fast timing.
struct LiveShell {
    LiveShell()
        : page(&sim.client) {
        const auto spaces =
            await<QList<Space>>([this](auto done) { sim.client.spaces(nullptr, done); });
        for (const Space &space : spaces.value())
            names.insert(space.id, space.name);
        page.setSpaceNames(names);
        page.setFeedTiming(LiveFixture::fastTiming());
        page.resize(900, 600);
        page.setFloor(sim.floorId);
        page.show();
    }

    bool waitLive() {
        return waitFor([this] {
            return page.feed() && page.feed()->state() == LiveFeed::State::Live &&
                   page.model()->rowCount() > 0;
        });
    }

    QModelIndex availabilityIndex(int row) const {
        return page.model()->index(row, LivePresenceModel::AvailabilityColumn);
    }
    QModelIndex valueIndex(int row) const {
        return page.model()->index(row, LivePresenceModel::ValueColumn);
    }

    //! Saves what the page shows when DENSITY_SCREENSHOT_DIR is set (run under xvfb-run).
    void screenshot(const QString &name) {
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/livepage-") + name + QStringLiteral(".png"));
    }

    LiveFixture sim; // declared first: destroyed after the page and its feed
    QHash<QString, QString> names;
    LivePage page;
};

} // namespace

class TestLivePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goesLiveAndFillsRows() {
        LiveShell shell;
        QVERIFY(!shell.page.usesQuery());
        QVERIFY(shell.waitLive());
        QCOMPARE(shell.page.model()->rowCount(), shell.page.feed()->spaces().size());
        QCOMPARE(shell.page.indicator()->state(), LiveFeed::State::Live);
        QVERIFY(shell.page.indicator()->text().startsWith(QStringLiteral("\u25CF")));
        QVERIFY(shell.page.indicator()->text().contains(QStringLiteral("Live")));
        QCOMPARE(shell.page.titleText(),
                 QStringLiteral("Live: ") + shell.names.value(shell.sim.floorId));
        const QString firstId = shell.page.model()->spaceIdAt(0);
        QCOMPARE(shell.page.model()->index(0, LivePresenceModel::SpaceColumn).data().toString(),
                 shell.names.value(firstId));
        int known = 0;
        for (int row = 0; row < shell.page.model()->rowCount(); ++row) {
            const Availability a =
                LiveAvailabilityDelegate::availabilityOf(shell.availabilityIndex(row));
            QCOMPARE(a, shell.page.model()->availability(row));
            known += a == Availability::Unknown ? 0 : 1;
        }
        QVERIFY(known > 0);
        const QAbstractItemModel *shown = shell.page.view()->model(); // sorted by name
        for (int row = 1; row < shown->rowCount(); ++row)
            QVERIFY(QString::localeAwareCompare(shown->index(row - 1, 0).data().toString(),
                                                shown->index(row, 0).data().toString()) <= 0);
        shell.screenshot(QStringLiteral("live"));
        // The same page on a dark palette: words and bands must stay readable.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        shell.page.setPalette(dark);
        shell.screenshot(QStringLiteral("live-dark"));
    }

    void droppedConnectionShowsReconnectingThenLive() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        QStringList seen; // what the indicator read at each change, in order
        QString reconnectTip;
        connect(shell.page.feed(), &LiveFeed::stateChanged, this, [&](LiveFeed::State state) {
            seen.append(shell.page.indicator()->text());
            if (state == LiveFeed::State::Reconnecting)
                reconnectTip = shell.page.indicator()->toolTip();
        });
        const int opened = shell.page.feed()->connectionsOpened();
        shell.sim.server->dropLiveConnections();
        QTRY_VERIFY(shell.page.feed()->connectionsOpened() > opened &&
                    shell.page.indicator()->state() == LiveFeed::State::Live);
        QVERIFY(!seen.isEmpty());
        QVERIFY2(seen.constFirst().startsWith(QStringLiteral("\u21BB Reconnecting")),
                 qPrintable(seen.join(QLatin1String(" | "))));
        QVERIFY(reconnectTip.contains(QLatin1Char('\n'))); // the reason follows the label
        QVERIFY(seen.constLast().contains(QStringLiteral("Live")));
    }

    void silenceShowsStaleAndUnknownEverywhere() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        shell.sim.server->setLiveSilent(true);
        QTRY_COMPARE(shell.page.indicator()->state(), LiveFeed::State::Stale);
        QVERIFY(shell.page.indicator()->text().contains(QStringLiteral("last known state")));
        QVERIFY(shell.page.model()->rowCount() > 0); // the last known state stays
        for (int row = 0; row < shell.page.model()->rowCount(); ++row) {
            const QModelIndex cell = shell.availabilityIndex(row);
            QCOMPARE(LiveAvailabilityDelegate::availabilityOf(cell), Availability::Unknown);
            QCOMPARE(cell.data().toString(), QStringLiteral("Unknown"));
        }
        shell.screenshot(QStringLiteral("stale"));
        shell.sim.server->setLiveSilent(false);
        QTRY_COMPARE(shell.page.indicator()->state(), LiveFeed::State::Live);
    }

    void unhealthySensorShowsUnknownWithinOneRefresh() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        LivePresenceModel *model = shell.page.model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->availability(r) != Availability::Unknown)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString id = model->spaceIdAt(row);
        const LiveSpaceUpdate before = shell.page.feed()->spaces().value(id);
        shell.sim.sendToFloor(LiveFixture::frame(
            "live",
            {{id, LiveFixture::presenceEntry(before.timestamp.addSecs(60), before.presence.value(),
                                             QStringLiteral("offline"))}}));
        QTRY_VERIFY_WITH_TIMEOUT(LiveAvailabilityDelegate::availabilityOf(shell.availabilityIndex(
                                     model->rowOf(id))) == Availability::Unknown,
                                 LiveFixture::fastTiming().refreshIntervalMs);
        QCOMPARE(shell.page.indicator()->state(), LiveFeed::State::Live); // only that row
        QCOMPARE(model->index(model->rowOf(id), LivePresenceModel::HealthColumn).data().toString(),
                 QStringLiteral("Offline"));
        shell.screenshot(QStringLiteral("offline-row"));
    }

    void hidingOrANewFloorStopsTheStream() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        shell.page.hide();
        QCOMPARE(shell.page.feed()->state(), LiveFeed::State::Idle);
        QTRY_COMPARE(shell.sim.server->liveConnectionCount(), 0);
        for (int row = 0; row < shell.page.model()->rowCount(); ++row)
            QCOMPARE(shell.page.model()->availability(row), Availability::Unknown);
        shell.page.show();
        QVERIFY(shell.waitLive());

        // A room resolves to its floor; the same floor keeps its stream.
        LiveFeed *before = shell.page.feed();
        shell.page.setFloorResolver([&shell](const QString &) { return shell.sim.floorId; });
        Space room;
        room.id = QStringLiteral("spc_room");
        room.spaceType = QStringLiteral("space");
        shell.page.setSelection({room});
        QCOMPARE(shell.page.feed(), before);

        // Nothing resolvable: the stream closes and the page says what to select.
        shell.page.setFloorResolver({});
        shell.page.setSelection({room});
        QCOMPARE(shell.page.feed(), nullptr);
        QCOMPARE(shell.page.model()->rowCount(), 0);
        QCOMPARE(shell.page.indicator()->state(), LiveFeed::State::Idle);
        QTRY_COMPARE(shell.sim.server->liveConnectionCount(), 0);
        QVERIFY(shell.page.titleText().startsWith(QStringLiteral("Select a floor")));

        // A floor selected directly streams again, through a new feed.
        Space floor;
        floor.id = shell.sim.floorId;
        floor.spaceType = QStringLiteral("floor");
        shell.page.setSelection({floor});
        QVERIFY(shell.waitLive());
        QTRY_COMPARE(shell.sim.server->liveConnectionCount(), 1);
    }

    void unknownFloorShowsFailedWithTheReason() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        shell.page.setFloor(QStringLiteral("spc_no_such_floor"));
        QTRY_COMPARE(shell.page.indicator()->state(), LiveFeed::State::Failed);
        const QString reason = shell.page.feed()->stateReason();
        QVERIFY(!reason.isEmpty());
        QVERIFY(shell.page.indicator()->text().startsWith(QStringLiteral("\u2715 Failed: ")));
        QVERIFY(shell.page.indicator()->text().contains(reason)); // shown, not only hovered
        QCOMPARE(shell.page.model()->rowCount(), 0);
        shell.screenshot(QStringLiteral("failed"));
    }

    void agesTick() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        shell.page.model()->setAgeTickInterval(50);
        shell.page.hide(); // no more frames: only the clock moves the ages
        QSignalSpy changes(shell.page.model(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(!changes.isEmpty());
        for (const QList<QVariant> &change : std::as_const(changes)) {
            QCOMPARE(change.at(0).toModelIndex().column(), int(LivePresenceModel::AgeColumn));
            QCOMPARE(change.at(1).toModelIndex().column(), int(LivePresenceModel::AgeColumn));
        }
    }

    void gridShowsTheSameRowsAsTiles() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        QCOMPARE(shell.page.viewMode(), LivePage::ViewMode::List);
        QVERIFY(shell.page.view()->isVisible());
        QVERIFY(!shell.page.gridView()->isVisible());

        QTest::mouseClick(shell.page.gridButton(), Qt::LeftButton);
        QCOMPARE(shell.page.viewMode(), LivePage::ViewMode::Grid);
        QVERIFY(shell.page.gridView()->isVisible());
        QVERIFY(!shell.page.view()->isVisible());
        QCOMPARE(shell.page.gridView()->viewMode(), QListView::IconMode);
        const QAbstractItemModel *tiles = shell.page.gridView()->model();
        QCOMPARE(tiles->rowCount(), shell.page.model()->rowCount());
        auto *delegate = qobject_cast<LiveTileDelegate *>(shell.page.gridView()->itemDelegate());
        QVERIFY(delegate);
        for (int row = 0; row < tiles->rowCount(); ++row) {
            const QModelIndex tile = tiles->index(row, shell.page.gridView()->modelColumn());
            const QStringList lines = LiveTileDelegate::lines(tile);
            QCOMPARE(lines.size(), 4);
            const QString id = tile.data(LivePresenceModel::SpaceIdRole).toString();
            QCOMPARE(lines.at(0), shell.names.value(id, id));
            const int source = shell.page.model()->rowOf(id);
            QVERIFY(lines.at(1).startsWith(
                LiveAvailabilityDelegate::text(shell.page.model()->availability(source))));
            QCOMPARE(lines.at(2), LiveValueDelegate::shownText(shell.valueIndex(source)));
        }
        // A tile paints its state's colour in the band and its words under it.
        QStyleOptionViewItem option;
        option.initFrom(shell.page.gridView());
        option.widget = shell.page.gridView();
        const QModelIndex first = tiles->index(0, shell.page.gridView()->modelColumn());
        const QSize size = delegate->sizeHint(option, first);
        QVERIFY(size.width() >= 180 && size.height() > 60);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Base));
        option.rect = image.rect();
        {
            QPainter painter(&image);
            delegate->paint(&painter, option, first);
        }
        const QColor band =
            LiveAvailabilityDelegate::colour(LiveAvailabilityDelegate::availabilityOf(
                first.siblingAtColumn(LivePresenceModel::AvailabilityColumn)));
        QCOMPARE(image.pixelColor(size.width() - 12, 10).rgb(), band.rgb());
        shell.screenshot(QStringLiteral("grid"));

        QTest::mouseClick(shell.page.listButton(), Qt::LeftButton);
        QCOMPARE(shell.page.viewMode(), LivePage::ViewMode::List);
        QVERIFY(shell.page.view()->isVisible());
    }

    void valuesThatAreNotCurrentReadAsLast() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        LivePresenceModel *model = shell.page.model();
        auto *delegate = qobject_cast<LiveValueDelegate *>(
            shell.page.view()->itemDelegateForColumn(LivePresenceModel::ValueColumn));
        QVERIFY(delegate);
        int withValue = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString value = shell.valueIndex(row).data().toString();
            if (model->availability(row) == Availability::Unknown || value.isEmpty())
                continue;
            withValue = row;
            QCOMPARE(LiveValueDelegate::shownText(shell.valueIndex(row)), value); // current
        }
        QVERIFY(withValue >= 0);

        // One unhealthy sensor: only its row reads "last: …".
        const QString id = model->spaceIdAt(withValue);
        const LiveSpaceUpdate before = shell.page.feed()->spaces().value(id);
        shell.sim.sendToFloor(LiveFixture::frame(
            "live", {{id, LiveFixture::presenceEntry(before.timestamp.addSecs(60),
                                                     before.presence.valueOr(false),
                                                     QStringLiteral("offline"))}}));
        QTRY_COMPARE(model->availability(model->rowOf(id)), Availability::Unknown);
        const QModelIndex offline = shell.valueIndex(model->rowOf(id));
        QCOMPARE(LiveValueDelegate::shownText(offline),
                 QStringLiteral("last: ") + offline.data().toString());
        QStyleOptionViewItem option;
        option.initFrom(shell.page.view());
        delegate->initStyleOption(&option, offline);
        QVERIFY(option.font.italic()); // dimmed and slanted: readable as "not now" in greyscale
        QCOMPARE(option.palette.color(QPalette::Text),
                 option.palette.color(QPalette::PlaceholderText));
        // A tile says why it is unknown.
        const QModelIndex tile = offline.siblingAtColumn(LivePresenceModel::SpaceColumn);
        QCOMPARE(LiveTileDelegate::lines(tile).at(1), QStringLiteral("? Unknown (Offline)"));
        QVERIFY(LiveTileDelegate::lines(tile).at(2).startsWith(QStringLiteral("last: ")));

        // A stale feed: every reading is the last known one, none is current.
        shell.sim.server->setLiveSilent(true);
        QTRY_COMPARE(shell.page.indicator()->state(), LiveFeed::State::Stale);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString value = shell.valueIndex(row).data().toString();
            const QString shown = LiveValueDelegate::shownText(shell.valueIndex(row));
            QCOMPARE(shown,
                     value.isEmpty() ? QStringLiteral("\u2014") : QStringLiteral("last: ") + value);
        }
        shell.page.setViewMode(LivePage::ViewMode::Grid);
        shell.screenshot(QStringLiteral("stale-grid"));
        shell.page.setViewMode(LivePage::ViewMode::List);
        shell.screenshot(QStringLiteral("stale-values"));
        shell.sim.server->setLiveSilent(false);
        QTRY_COMPARE(shell.page.indicator()->state(), LiveFeed::State::Live);
    }

    void aFailedFeedReachesTheFailedSignal() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        QSignalSpy failed(&shell.page, &AnalyticsPage::failed);
        shell.page.setFloor(QStringLiteral("spc_no_such_floor"));
        QTRY_COMPARE(failed.count(), 1);
        const QString sentence = failed.constFirst().constFirst().toString();
        QVERIFY2(sentence.startsWith(QStringLiteral("The live view of spc_no_such_floor stopped.")),
                 qPrintable(sentence));
        QVERIFY(sentence.contains(shell.page.feed()->stateReason()));
        QCOMPARE(shell.page.indicator()->state(), LiveFeed::State::Failed);
    }

    void availabilityReadsWithoutColour() {
        QCOMPARE(LiveAvailabilityDelegate::text(Availability::Available),
                 QStringLiteral("\u2713 Available"));
        QCOMPARE(LiveAvailabilityDelegate::text(Availability::Occupied),
                 QStringLiteral("\u25A0 Occupied"));
        QCOMPARE(LiveAvailabilityDelegate::text(Availability::Unknown),
                 QStringLiteral("? Unknown"));
        const QColor unknown = LiveAvailabilityDelegate::colour(Availability::Unknown);
        QCOMPARE(unknown.hslSaturation(), 0); // neutral grey, never a shade of green
        QVERIFY(unknown != LiveAvailabilityDelegate::colour(Availability::Available));
        QVERIFY(LiveAvailabilityDelegate::colour(Availability::Available) !=
                LiveAvailabilityDelegate::colour(Availability::Occupied));
    }

    void delegatePaintsTextBesideTheBand() {
        LiveShell shell;
        QVERIFY(shell.waitLive());
        QTableView *view = shell.page.view();
        auto *delegate = qobject_cast<LiveAvailabilityDelegate *>(
            view->itemDelegateForColumn(LivePresenceModel::AvailabilityColumn));
        QVERIFY(delegate);
        QImage image(240, 32, QImage::Format_ARGB32);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = image.rect();
        option.widget = view;
        option.state |= QStyle::State_Enabled;
        const QColor textColour = option.palette.color(QPalette::Text);
        for (int row = 0; row < shell.page.model()->rowCount(); ++row) {
            image.fill(option.palette.color(QPalette::Base));
            {
                QPainter painter(&image);
                delegate->paint(&painter, option, shell.availabilityIndex(row));
            }
            const QColor band = LiveAvailabilityDelegate::colour(
                LiveAvailabilityDelegate::availabilityOf(shell.availabilityIndex(row)));
            QCOMPARE(image.pixelColor(4, 16).rgb(), band.rgb()); // the band
            int inked = 0; // text-coloured pixels right of the band: the words
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 20; x < image.width(); ++x)
                    inked += qAbs(image.pixelColor(x, y).lightness() - textColour.lightness()) < 40
                                 ? 1
                                 : 0;
            }
            QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
        }
    }
};

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
