// The dark theme reaches everything that picks its own colours: the charts (background, axes),
// the chart palette, inline error and warning text, the space icons. Readable means WCAG 2:
// text 4.5:1, lines and marks 3:1. With DENSITY_SCREENSHOT_DIR set it saves the main window's
// pages in dark, to look at.
#include "../core/simfixture.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "models/spacetreemodel.h"

#include "ui/adminform.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/chartpalette.h"
#include "ui/mainwindow.h"
#include "ui/metricchartpage.h"
#include "ui/metricchartview.h"
#include "ui/pagetabs.h"
#include "ui/sensorhealthpage.h"
#include "ui/spacedock.h"
#include "ui/spaceicons.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>

using namespace Density;

namespace {

void saveShot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QStringLiteral("%1/darktheme-%2.png").arg(dir, name));
}

//! A form with one field that is always in error, to look at the message's colour.
class AlwaysWrongForm : public AdminForm {
public:
    explicit AlwaysWrongForm(QWidget *parent = nullptr)
        : AdminForm(parent)
        , field(new QLineEdit) {
        addField(QStringLiteral("&Name:"), field);
    }
    void check() { fieldEdited(); }
    QLineEdit *field;

protected:
    void load() override { loadSucceeded(); }
    void validate() override { setFieldError(field, QStringLiteral("Always wrong.")); }
    void apply() override {}
};

QLabel *labelWithText(const QWidget *root, const QString &text) {
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

//! The darkest and the lightest opaque pixel of an icon, as HSL lightness.
std::pair<double, double> strokeRange(const QIcon &icon) {
    const QImage image = icon.pixmap(48, 48).toImage().convertToFormat(QImage::Format_ARGB32);
    double darkest = 1;
    double lightest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 250)
                continue;
            darkest = std::min(darkest, double(pixel.lightnessF()));
            lightest = std::max(lightest, double(pixel.lightnessF()));
        }
    }
    return {darkest, lightest};
}

} // namespace

class TestDarkTheme : public QObject {
    Q_OBJECT
private:
    TestSettings m_settings;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_darktheme"))); }

    void init() { AppTheme::apply(Preferences::Theme::Light); }
    void cleanup() { AppTheme::apply(Preferences::Theme::System); }

    void chartPaletteIsReadableOnBothThemes() {
        const QColor light = AppTheme::lightPalette().color(QPalette::Base);
        const QColor dark = AppTheme::darkPalette().color(QPalette::Base);
        for (int i = 0; i < 8; ++i) {
            const QColor colour = ChartPalette::spaceColour(i);
            QVERIFY2(AppTheme::contrastRatio(colour, light) >= 3,
                     qPrintable(QStringLiteral("%1 on light: %2")
                                    .arg(colour.name())
                                    .arg(AppTheme::contrastRatio(colour, light))));
            QVERIFY2(AppTheme::contrastRatio(colour, dark) >= 3,
                     qPrintable(QStringLiteral("%1 on dark: %2")
                                    .arg(colour.name())
                                    .arg(AppTheme::contrastRatio(colour, dark))));
            for (int j = 0; j < i; ++j)
                QVERIFY(ChartPalette::spaceColour(j) != colour);
        }
    }

    void textColoursKeepContrastOnBothThemes() {
        for (const QPalette &palette : {AppTheme::lightPalette(), AppTheme::darkPalette()}) {
            for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
                const QColor behind = palette.color(background);
                QVERIFY(AppTheme::contrastRatio(AppTheme::errorTextColour(palette), behind) >= 4.5);
                QVERIFY(AppTheme::contrastRatio(AppTheme::warningTextColour(palette), behind) >=
                        4.5);
            }
        }
    }

    void adminFormErrorsAreReadableInBothThemes() {
        AlwaysWrongForm form;
        form.resize(400, 200);
        form.show();
        form.check();
        QVERIFY(!form.fieldMessage(form.field).isEmpty());
        QLabel *message = labelWithText(&form, form.fieldMessage(form.field));
        QVERIFY(message);
        const auto contrast = [&form, message] {
            return AppTheme::contrastRatio(message->palette().color(QPalette::WindowText),
                                           form.palette().color(QPalette::Window));
        };
        QVERIFY(!AppTheme::isDark(form.palette()));
        QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));

        // Switched while the message is shown: the colour is picked again for the new palette.
        AppTheme::apply(Preferences::Theme::Dark);
        QVERIFY(AppTheme::isDark(form.palette()));
        QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));
        saveShot(&form, QStringLiteral("adminform"));

        // A message raised in dark gets the dark colour at once.
        form.check();
        QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));
        AppTheme::apply(Preferences::Theme::Light);
        QVERIFY2(contrast() >= 4.5, qPrintable(QString::number(contrast())));
    }

    void styleSheetWidgetsFollowTheTheme() {
        // Banners, notices and legends carry a style sheet (a border, a tinted background);
        // Qt fixes such a widget's palette when it is polished, so a theme switch must
        // polish them again or their text stays black on the dark window.
        QWidget window;
        auto *legend = new QLabel(QStringLiteral("What a value below 100 % means"), &window);
        legend->setObjectName(QStringLiteral("legend"));
        legend->setStyleSheet(
            QStringLiteral("#legend { border: 1px solid palette(mid); padding: 6px; }"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AppTheme::apply(Preferences::Theme::Dark);
        const QColor text = legend->palette().color(QPalette::WindowText);
        const QColor behind = window.palette().color(QPalette::Window);
        QVERIFY2(AppTheme::contrastRatio(text, behind) >= 4.5,
                 qPrintable(text.name() + QLatin1Char(' ') + behind.name()));
        AppTheme::apply(Preferences::Theme::Light);
        QVERIFY(AppTheme::contrastRatio(legend->palette().color(QPalette::WindowText),
                                        window.palette().color(QPalette::Window)) >= 4.5);
    }

    void spaceIconsAreLightOnDark() {
        for (const QString &type : {QStringLiteral("campus"), QStringLiteral("building"),
                                    QStringLiteral("floor"), QStringLiteral("space")}) {
            const auto [lightDarkest, lightLightest] =
                strokeRange(SpaceIcons::forType(type, AppTheme::lightPalette()));
            const auto [darkDarkest, darkLightest] =
                strokeRange(SpaceIcons::forType(type, AppTheme::darkPalette()));
            Q_UNUSED(lightLightest)
            Q_UNUSED(darkDarkest)
            // Dark strokes on light; light strokes on dark (3:1 for lines on the dark base).
            QVERIFY(lightDarkest < 0.45);
            QVERIFY2(darkLightest > 0.7, qPrintable(type));
        }
        AppTheme::apply(Preferences::Theme::Dark);
        const auto [darkest, lightest] = strokeRange(SpaceIcons::forType(QStringLiteral("floor")));
        Q_UNUSED(darkest)
        QVERIFY(lightest > 0.7); // the application's palette is the default
    }

    void mainWindowChartsAreReadableInDark() {
        Shell shell;
        shell.window->resize(1280, 800);
        QVERIFY(shell.start());
        MainWindow &window = *shell.window;

        // A floor, so the chart pages have something to draw.
        const QModelIndex campus = window.spaceModel()->index(0, 0);
        const QModelIndex building = window.spaceModel()->index(0, 0, campus);
        const Space *floor = window.spaceModel()->space(window.spaceModel()->index(0, 0, building));
        QVERIFY(floor);
        window.spaceDock()->selectSpaces({floor->id});
        window.pageTabs()->setCurrentPage(DashboardPage::Occupancy);
        QTest::qWait(200);

        // Switched after the charts were built: they follow the palette change.
        AppSettings app;
        Preferences prefs = app.preferences();
        prefs.theme = Preferences::Theme::Dark;
        app.apply(prefs);
        QVERIFY(AppTheme::isDark(window.palette()));

        const QList<MetricChartView *> views = window.findChildren<MetricChartView *>();
        QVERIFY(!views.isEmpty());
        for (MetricChartView *view : views) {
            const QColor background = view->chart()->backgroundBrush().color();
            QVERIFY2(background.lightnessF() < 0.3, qPrintable(background.name()));
            const QList<QAbstractAxis *> axes{view->axisX(), view->axisY()};
            for (const QAbstractAxis *axis : axes) {
                const double ratio =
                    AppTheme::contrastRatio(axis->labelsBrush().color(), background);
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            }
        }

        // A chart built in dark (a new selection rebuilds) is dark as well.
        const QModelIndex otherFloor = window.spaceModel()->index(1, 0, building);
        if (const Space *other = window.spaceModel()->space(otherFloor))
            window.spaceDock()->selectSpaces({other->id});
        QTest::qWait(200);
        for (MetricChartView *view : window.findChildren<MetricChartView *>())
            QVERIFY(view->chart()->backgroundBrush().color().lightnessF() < 0.3);

        const bool shots = qEnvironmentVariableIsSet("DENSITY_SCREENSHOT_DIR");
        for (int page = 0; page < DashboardPageCount; ++page) {
            window.pageTabs()->setCurrentPage(DashboardPage(page));
            QTest::qWait(shots ? 1500 : 50);
            saveShot(&window,
                     QStringLiteral("main-%1").arg(dashboardPageName(DashboardPage(page))));
        }
        if (shots) { // eight floors compared: every line colour of the chart palette
            QStringList floors;
            for (int b = 0; b < 3; ++b) {
                const QModelIndex parent = window.spaceModel()->index(b, 0, campus);
                for (int f = 0; f < 4; ++f) {
                    if (const Space *space =
                            window.spaceModel()->space(window.spaceModel()->index(f, 0, parent)))
                        floors.append(space->id);
                }
            }
            // Two sensors' health history, with its bands and legend.
            window.pageTabs()->setCurrentPage(DashboardPage::Health);
            if (auto *health = window.findChild<SensorHealthPage *>()) {
                health->table()->selectRow(0);
                QTest::qWait(1500);
                saveShot(&window, QStringLiteral("main-health-history"));
            }
            window.spaceDock()->selectSpaces(floors.mid(0, 8));
            window.pageTabs()->setCurrentPage(DashboardPage::Occupancy);
            QTest::qWait(2500);
            saveShot(&window, QStringLiteral("main-occupancy-compared"));
        }
        prefs.theme = Preferences::Theme::System;
        app.apply(prefs);
    }
};

QTEST_MAIN(TestDarkTheme)
#include "tst_darktheme.moc"
