// The product's icons: every status and action icon (light and dark) loads from the resources
// and draws something at 16 and 48 px; the variants differ; states differ in shape, not only
// colour; the main window carries the application icon and its menu actions follow a theme
// switch; the sensor health table shows the state icon in its health column (against the
// simulator); and the packaging files (hicolor PNGs, .ico, .icns) exist with the right sizes.
// Set DENSITY_SCREENSHOT_DIR to keep pictures of the health table and the File menu.
#include "../core/simfixture.h"
#include "testsettings.h"

#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"
#include "ui/appicons.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/exportcontroller.h"
#include "ui/mainwindow.h"
#include "ui/sensorhealthpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSet>
#include <QTableView>
#include <QtEndian>

using namespace Density;

namespace {

const HealthStatus HealthStates[] = {HealthStatus::Healthy, HealthStatus::Degraded,
                                     HealthStatus::Offline, HealthStatus::Unknown};
const Availability AvailabilityStates[] = {Availability::Available, Availability::Occupied,
                                           Availability::Unknown};
const AppIcons::Action Actions[] = {AppIcons::Action::Refresh, AppIcons::Action::Export,
                                    AppIcons::Action::Connect, AppIcons::Action::Settings};

QPalette paletteFor(bool dark) {
    return dark ? AppTheme::darkPalette() : AppTheme::lightPalette();
}

//! Pixels at least half opaque: what a user would see of the icon.
int visiblePixels(const QImage &image) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x)
            n += qAlpha(argb.pixel(x, y)) >= 128 ? 1 : 0;
    }
    return n;
}

//! What stands out from `background` (contrast 2:1 or more): the icon's drawing without its
//! hue, as a colour-blind user or a grey-scale printout sees it.
QImage inkMask(const QImage &icon, const QColor &background) {
    QImage flat(icon.size(), QImage::Format_RGB32);
    flat.fill(background);
    QPainter painter(&flat);
    painter.drawImage(0, 0, icon);
    painter.end();
    QImage mask(icon.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < flat.height(); ++y) {
        for (int x = 0; x < flat.width(); ++x) {
            const bool ink = AppTheme::contrastRatio(flat.pixelColor(x, y), background) >= 2.0;
            mask.setPixel(x, y, ink ? 0 : 255);
        }
    }
    return mask;
}

//! Pixels that are ink in one mask and background in the other: a difference of shape.
int shapeDifference(const QImage &a, const QImage &b) {
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += qGray(a.pixel(x, y)) != qGray(b.pixel(x, y)) ? 1 : 0;
    }
    return n;
}

QImage render(const QIcon &icon, int size) {
    return icon.pixmap(QSize(size, size), 1.0).toImage();
}

//! The repository, from the test data folder ctest passes (tests/data), else from this file's
//! place in it (a test run by hand).
QString repoPath(const QString &relative) {
    const QString data = qEnvironmentVariable("DENSITY_TEST_DATA");
    const QString root = data.isEmpty() ? QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() +
                                              QStringLiteral("/../..")
                                        : data + QStringLiteral("/../..");
    return QDir::cleanPath(root + QLatin1Char('/') + relative);
}

QAction *menuAction(QMenuBar *bar, const QIcon &icon) {
    const QList<QAction *> menus = bar->actions();
    for (QAction *menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction *> actions = menu->menu()->actions();
        for (QAction *action : actions) {
            if (action->icon().cacheKey() == icon.cacheKey())
                return action;
        }
    }
    return nullptr;
}

//! Set DENSITY_SCREENSHOT_DIR to keep pictures of the icons in place (health table, File menu).
void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

struct IcnsEntry {
    QByteArray type;
    QByteArray data;
};

//! The elements of an .icns file, or nothing when its framing is broken.
QList<IcnsEntry> icnsEntries(const QByteArray &file) {
    if (file.size() < 8 || !file.startsWith("icns") ||
        qFromBigEndian<quint32>(file.constData() + 4) != quint32(file.size()))
        return {};
    QList<IcnsEntry> entries;
    qsizetype at = 8;
    while (at + 8 <= file.size()) {
        const quint32 length = qFromBigEndian<quint32>(file.constData() + at + 4);
        if (length < 8 || at + length > quint32(file.size()))
            return {};
        entries.append({file.mid(at, 4), file.mid(at + 8, length - 8)});
        at += length;
    }
    return at == file.size() ? entries : QList<IcnsEntry>();
}

} // namespace

class TestAppIcons : public QObject {
    Q_OBJECT

    TestSettings m_settings;

    //! Every status and action icon of one theme, with a name for messages.
    static QList<QPair<QString, QIcon>> allIcons(bool dark) {
        const QPalette palette = paletteFor(dark);
        QList<QPair<QString, QIcon>> icons;
        for (HealthStatus status : HealthStates)
            icons.append({AppIcons::healthPath(status, dark), AppIcons::health(status, palette)});
        for (Availability state : AvailabilityStates)
            icons.append(
                {AppIcons::availabilityPath(state, dark), AppIcons::availability(state, palette)});
        for (AppIcons::Action action : Actions)
            icons.append({AppIcons::actionPath(action, dark), AppIcons::action(action, palette)});
        return icons;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settings.isolate(QStringLiteral("tst_appicons")));
        QApplication::setPalette(AppTheme::lightPalette());
    }

    void cleanup() { QApplication::setPalette(AppTheme::lightPalette()); }

    void everyIconLoadsAndDraws() {
        for (bool dark : {false, true}) {
            const QList<QPair<QString, QIcon>> icons = allIcons(dark);
            QCOMPARE(icons.size(), 11);
            for (const auto &[path, icon] : icons) {
                QVERIFY2(path.endsWith(dark ? QStringLiteral("-dark.svg") : QStringLiteral(".svg")),
                         qPrintable(path));
                QVERIFY2(path.endsWith(QStringLiteral("-dark.svg")) == dark, qPrintable(path));
                QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" not embedded")));
                QVERIFY2(!icon.isNull(), qPrintable(path));
                for (int size : {16, 48}) {
                    const QImage image = render(icon, size);
                    QVERIFY2(image.size() == QSize(size, size), qPrintable(path));
                    // Something of it shows: at least a tenth of the square.
                    QVERIFY2(
                        visiblePixels(image) >= size * size / 10,
                        qPrintable(
                            QStringLiteral("%1 at %2 px is (nearly) empty").arg(path).arg(size)));
                }
            }
        }
        QVERIFY(QFile::exists(QStringLiteral(":/density/icons/app/density-dashboard.svg")));
    }

    void lightAndDarkVariantsDiffer() {
        const QList<QPair<QString, QIcon>> light = allIcons(false);
        const QList<QPair<QString, QIcon>> dark = allIcons(true);
        QCOMPARE(light.size(), dark.size());
        for (int i = 0; i < light.size(); ++i) {
            QVERIFY2(light.at(i).first != dark.at(i).first, qPrintable(light.at(i).first));
            QVERIFY2(render(light.at(i).second, 48) != render(dark.at(i).second, 48),
                     qPrintable(light.at(i).first + QStringLiteral(" looks the same when dark")));
        }
        // Without a palette: the variant for the application's.
        QCOMPARE(AppIcons::health(HealthStatus::Offline).cacheKey(),
                 AppIcons::health(HealthStatus::Offline, AppTheme::lightPalette()).cacheKey());
        QApplication::setPalette(AppTheme::darkPalette());
        QCOMPARE(AppIcons::health(HealthStatus::Offline).cacheKey(),
                 AppIcons::health(HealthStatus::Offline, AppTheme::darkPalette()).cacheKey());
        QCOMPARE(AppIcons::action(AppIcons::Action::Refresh).cacheKey(),
                 AppIcons::action(AppIcons::Action::Refresh, AppTheme::darkPalette()).cacheKey());
        QCOMPARE(
            AppIcons::availability(Availability::Occupied).cacheKey(),
            AppIcons::availability(Availability::Occupied, AppTheme::darkPalette()).cacheKey());
    }

    //! Colour alone fails colour-blind users and grey-scale printouts (ARCHITECTURE.md §3).
    void statesDifferInShape() {
        for (bool dark : {false, true}) {
            const QPalette palette = paletteFor(dark);
            const QColor window = palette.color(QPalette::Window);
            QList<QImage> health;
            for (HealthStatus status : HealthStates)
                health.append(inkMask(render(AppIcons::health(status, palette), 48), window));
            QList<QImage> availability;
            for (Availability state : AvailabilityStates)
                availability.append(
                    inkMask(render(AppIcons::availability(state, palette), 48), window));
            for (const QList<QImage> &set : {health, availability}) {
                for (int i = 0; i < set.size(); ++i) {
                    for (int j = i + 1; j < set.size(); ++j)
                        QVERIFY2(
                            shapeDifference(set.at(i), set.at(j)) >= 30,
                            qPrintable(
                                QStringLiteral("states %1 and %2 share a shape").arg(i).arg(j)));
                }
            }
        }
    }

    void applicationIconHasEverySize() {
        const QIcon icon = AppIcons::application();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            QVERIFY(visiblePixels(render(icon, size)) >= size * size / 2);
        }
        // 16 px comes from its own drawing, not the large one scaled down.
        const QImage scaled =
            render(QIcon(QStringLiteral(":/density/icons/app/density-dashboard.svg")), 16);
        QVERIFY(render(icon, 16) != scaled);
    }

    void mainWindowIconsFollowTheTheme() {
        SimFixture sim;
        MainWindow window(&sim.client);
        QCOMPARE(QApplication::windowIcon().cacheKey(), AppIcons::application().cacheKey());
        QCOMPARE(window.windowIcon().cacheKey(), AppIcons::application().cacheKey());

        const auto check = [&window](bool dark) {
            const QPalette palette = paletteFor(dark);
            const QIcon connect = AppIcons::action(AppIcons::Action::Connect, palette);
            const QIcon refresh = AppIcons::action(AppIcons::Action::Refresh, palette);
            const QIcon exporting = AppIcons::action(AppIcons::Action::Export, palette);
            const QIcon settings = AppIcons::action(AppIcons::Action::Settings, palette);
            QAction *connectAction = menuAction(window.menuBar(), connect);
            QVERIFY(connectAction);
            QVERIFY(connectAction->text().contains(QStringLiteral("Connect")));
            QCOMPARE(window.refreshAction()->icon().cacheKey(), refresh.cacheKey());
            QCOMPARE(window.exportController()->pngAction()->icon().cacheKey(),
                     exporting.cacheKey());
            QCOMPARE(window.exportController()->csvAction()->icon().cacheKey(),
                     exporting.cacheKey());
            QAction *exportMenu = menuAction(window.menuBar(), exporting);
            QVERIFY(exportMenu && exportMenu->menu());
            auto *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
            QVERIFY(settingsAction);
            QCOMPARE(settingsAction->icon().cacheKey(), settings.cacheKey());
        };
        const auto shootFileMenu = [&window](const QString &name) {
            QMenu *file = window.menuBar()->actions().constFirst()->menu();
            file->popup(QPoint(0, 0));
            saveShot(file, name);
            file->hide();
        };
        check(false);
        if (QTest::currentTestFailed())
            return;
        shootFileMenu(QStringLiteral("appicons-menu-light.png"));
        AppTheme::apply(Preferences::Theme::Dark);
        check(true);
        if (QTest::currentTestFailed())
            return;
        shootFileMenu(QStringLiteral("appicons-menu-dark.png"));
        AppTheme::apply(Preferences::Theme::Light);
        check(false);
    }

    void sensorHealthCellsShowTheStateIcon() {
        SimFixture sim;
        SpaceTreeModel spaces;
        spaces.load(&sim.client);
        QVERIFY(waitFor([&spaces] { return !spaces.isLoading(); }, 15000));
        QList<Space> building;
        const auto findBuilding = [&](const QModelIndex &parent, auto &&self) -> void {
            for (int row = 0; row < spaces.rowCount(parent) && building.isEmpty(); ++row) {
                const QModelIndex index = spaces.index(row, 0, parent);
                if (spaces.space(index)->spaceType == QStringLiteral("building"))
                    building.append(*spaces.space(index));
                else
                    self(index, self);
            }
        };
        findBuilding(QModelIndex(), findBuilding);
        QVERIFY(!building.isEmpty());

        SensorHealthPage page(&spaces);
        page.resize(1100, 600);
        page.show();
        page.setSelection(building);
        QVERIFY(waitFor([&page] { return !page.isLoading(); }, 15000));
        const QAbstractItemModel *table = page.table()->model();
        QVERIFY(table->rowCount() > 0);

        const auto check = [table](bool dark) {
            QSet<int> seen;
            for (int row = 0; row < table->rowCount(); ++row) {
                const QModelIndex cell = table->index(row, SensorHealthModel::StatusColumn);
                const auto status =
                    HealthStatus(cell.data(SensorHealthModel::HealthStatusRole).toInt());
                seen.insert(int(status));
                const QVariant decoration = cell.data(Qt::DecorationRole);
                QVERIFY2(decoration.canConvert<QIcon>(), qPrintable(QString::number(row)));
                const QIcon icon = decoration.value<QIcon>();
                QVERIFY(!icon.isNull());
                QCOMPARE(icon.cacheKey(), AppIcons::health(status, paletteFor(dark)).cacheKey());
                // The word stays beside the icon.
                QCOMPARE(cell.data().toString(), SensorHealthModel::statusText(status));
                // Only the health column has one.
                QVERIFY(!table->index(row, SensorHealthModel::SerialColumn)
                             .data(Qt::DecorationRole)
                             .isValid());
            }
            // The simulator's building has more than one state, so the icons were compared
            // against more than one.
            QVERIFY(seen.size() >= 2);
        };
        check(false);
        if (QTest::currentTestFailed())
            return;
        saveShot(&page, QStringLiteral("appicons-health-light.png"));
        AppTheme::apply(Preferences::Theme::Dark);
        check(true);
        saveShot(&page, QStringLiteral("appicons-health-dark.png"));
        AppTheme::apply(Preferences::Theme::Light);
    }

    void packagingPngs() {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path =
                repoPath(QStringLiteral("packaging/icons/hicolor/%1x%1/apps/density-dashboard.png")
                             .arg(size));
            QImageReader reader(path);
            QVERIFY2(reader.canRead(), qPrintable(path));
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), QSize(size, size));
            QVERIFY(visiblePixels(reader.read()) >= size * size / 2);
        }
        QFile svg(repoPath(QStringLiteral("packaging/icons/density-dashboard.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("viewBox=\"0 0 512 512\""));
        // Self-contained: no linked images, fonts or style sheets.
        QVERIFY(!text.contains("href"));
        QVERIFY(!text.contains("<image"));
        QVERIFY(!text.contains("@import"));
        QVERIFY(
            QFileInfo(repoPath(QStringLiteral("packaging/icons/render-icons.sh"))).isExecutable());
    }

    void packagingIco() {
        QImageReader reader(repoPath(QStringLiteral("packaging/icons/density-dashboard.ico")),
                            "ico");
        QVERIFY(reader.canRead());
        QList<int> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            QVERIFY(visiblePixels(image) >= image.width() * image.height() / 2);
            sizes.append(image.width());
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int>{16, 24, 32, 48, 64, 128, 256}));
    }

    void packagingIcns() {
        QFile file(repoPath(QStringLiteral("packaging/icons/density-dashboard.icns")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<IcnsEntry> entries = icnsEntries(file.readAll());
        QVERIFY(!entries.isEmpty());
        QHash<QByteArray, QByteArray> byType;
        for (const IcnsEntry &entry : entries)
            byType.insert(entry.type, entry.data);
        // 16, 32 and 48 px in the classic run-length form with their 8-bit masks.
        for (const char *type : {"is32", "s8mk", "il32", "l8mk", "ih32", "h8mk"})
            QVERIFY2(byType.contains(type), type);
        QCOMPARE(byType.value("s8mk").size(), 16 * 16);
        QCOMPARE(byType.value("l8mk").size(), 32 * 32);
        QCOMPARE(byType.value("h8mk").size(), 48 * 48);
        // PNG entries: 128 to 1024 and the Retina (@2x) sizes.
        const QList<QPair<QByteArray, int>> pngs = {{"ic07", 128},  {"ic08", 256}, {"ic09", 512},
                                                    {"ic10", 1024}, {"ic11", 32},  {"ic12", 64},
                                                    {"ic13", 256},  {"ic14", 512}};
        for (const auto &[type, size] : pngs) {
            QVERIFY2(byType.contains(type), type.constData());
            const QImage image = QImage::fromData(byType.value(type), "PNG");
            QVERIFY2(image.size() == QSize(size, size), type.constData());
            QVERIFY(visiblePixels(image) >= size * size / 2);
        }
    }
};

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
