// The shipped German and Japanese translations in the real windows: every page of the main
// window and the Settings dialog (both tabs), laid out at 1280×800, with no
// label cut short (a single line narrower than its text, or wrapped
// lines lower than they need). German is the longest language we ship, Japanese the one with
// the widest glyphs. Screenshots go to DENSITY_SCREENSHOT_DIR when it is set.
#include "layoutcheck.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "model/space.h"
#include "ui/applanguage.h"
#include "ui/appsettings.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/pagetabs.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Density;

class TstTranslatedLayouts : public QObject {
    Q_OBJECT

    TestSettings m_settings;

    static void saveShot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png")));
    }

    static QString firstFloor(SimFixture &sim) {
        const auto spaces =
            await<QList<Space>>([&](auto done) { sim.client.spaces(nullptr, done); });
        for (const Space &space : spaces.value()) {
            if (space.spaceType == QLatin1String("floor") && !space.childrenIds.isEmpty())
                return space.id;
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_translatedlayouts"))); }
    void cleanup() { AppLanguage::apply(QStringLiteral("en")); }

    void nothingIsCutShort_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("probe"); //!< a translated menu title, to prove it is loaded
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
    }

    void nothingIsCutShort() {
        QFETCH(QString, language);
        QFETCH(QString, probe);
        QVERIFY(AppLanguage::apply(language));
        QCOMPARE(QCoreApplication::translate("Density::MainWindow", "&File"), probe);

        Shell shell;
        const QString floor = firstFloor(shell.sim);
        QVERIFY(!floor.isEmpty());
        AppSettings settings;
        MainWindow &window = *shell.window;
        window.setAppSettings(&settings);
        window.setInitialView(DashboardPage::Overview, {floor});
        window.resize(1280, 800);
        QVERIFY(shell.start());

        QStringList problems;
        for (int i = 0; i < DashboardPageCount; ++i) {
            const auto page = DashboardPage(i);
            window.pageTabs()->setCurrentPage(page);
            // Let the page load and lay out what it loaded.
            QTest::qWait(300);
            for (const QString &label : cutOffLabels(&window) + overlappingWidgets(&window))
                problems.append(QStringLiteral("%1 page: %2").arg(dashboardPageName(page), label));
            saveShot(&window, QStringLiteral("%1-%2").arg(language, dashboardPageName(page)));
        }

        SettingsDialog *dialog = nullptr;
        connect(&window, &MainWindow::settingsDialogOpened, this,
                [&dialog](SettingsDialog *opened) { dialog = opened; });
        window.openSettingsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const auto tabs = dialog->findChildren<QTabWidget *>();
        QVERIFY(!tabs.isEmpty());
        for (int tab = 0; tab < tabs.first()->count(); ++tab) {
            tabs.first()->setCurrentIndex(tab);
            QTest::qWait(50);
            for (const QString &label : cutOffLabels(dialog) + overlappingWidgets(dialog))
                problems.append(QStringLiteral("Settings, tab %1: %2").arg(tab).arg(label));
            QVERIFY2(dialog->width() <= 1280 && dialog->height() <= 800,
                     qPrintable(QStringLiteral("Settings is %1×%2")
                                    .arg(dialog->width())
                                    .arg(dialog->height())));
            saveShot(dialog, QStringLiteral("%1-settings-%2").arg(language).arg(tab));
        }
        dialog->close();

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstTranslatedLayouts)
#include "tst_translatedlayouts.moc"
