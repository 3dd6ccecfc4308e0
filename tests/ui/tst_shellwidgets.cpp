// The shell's small pieces on their own: banners, status area, query bar, operating-hours
// editor and the query value class.
#include "analytics/timebasis.h"
#include "api/apierror.h"
#include "models/analyticsselection.h"
#include "ui/errorbanner.h"
#include "ui/operatinghoursdialog.h"
#include "ui/progressbanner.h"
#include "ui/querybar.h"
#include "ui/statusarea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QtTest>

using namespace Density;

class TestShellWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorBanner() {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
        QSignalSpy retry(&banner, &ErrorBanner::retryRequested);
        banner.showError(ApiError::fromHttp(401, {}, Endpoint::ListSpaces));
        QVERIFY(!banner.isHidden());
        QVERIFY(banner.message().contains(QStringLiteral("(401)")));
        QVERIFY(!banner.retryButton()->isHidden());
        QTest::mouseClick(banner.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QVERIFY(banner.isHidden());

        banner.showMessage(QStringLiteral("Not fixable by trying again."), false);
        QVERIFY(banner.retryButton()->isHidden());
        QSignalSpy dismissed(&banner, &ErrorBanner::dismissed);
        QTest::mouseClick(banner.dismissButton(), Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(banner.message().isEmpty());
    }

    void progressBanner() {
        ProgressBanner banner;
        banner.setProgress(12, 53);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.text(), QStringLiteral("Loading window 12 of 53"));
        banner.setProgress(0, 0, QStringLiteral("Loading spaces…"));
        QCOMPARE(banner.text(), QStringLiteral("Loading spaces…"));
        QSignalSpy cancel(&banner, &ProgressBanner::cancelRequested);
        QTest::mouseClick(banner.cancelButton(), Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        QVERIFY(banner.isHidden());
    }

    void statusArea() {
        StatusArea area;
        QCOMPARE(area.requestsText(), QStringLiteral("No requests in flight"));
        area.setRequestsInFlight(3);
        QCOMPARE(area.requestsText(), QStringLiteral("Requests in flight: 3"));
        QVERIFY(area.lastRefreshText().isEmpty());
        area.setLastRefresh(QDateTime::currentDateTime());
        QVERIFY(area.lastRefreshText().startsWith(QStringLiteral("Refreshed ")));
        area.setConnection(QStringLiteral("api.density.io"));
        QCOMPARE(area.connectionText(), QStringLiteral("api.density.io"));
    }

    void operatingHoursSummary() {
        const OperatingHours standard;
        // Hours in the locale's short form, never with seconds (the C locale's would add them).
        const QString hours = TimeBasis::operatingHoursText(standard, QLocale());
        QVERIFY(!hours.contains(QLatin1String(":00:00")));
        QCOMPARE(Density::operatingHoursSummary(standard, {QStringLiteral("America/New_York")}),
                 hours + QStringLiteral(", America/New_York (the space's time zone)"));
        QVERIFY(Density::operatingHoursSummary(standard, {})
                    .endsWith(QStringLiteral("in each space's own time zone")));
        QVERIFY(
            Density::operatingHoursSummary(standard, {QString()}).contains(QStringLiteral("UTC")));
        const QString mixed = Density::operatingHoursSummary(
            standard, {QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin")});
        QVERIFY(mixed.contains(QStringLiteral("America/New_York, Europe/Berlin")));
    }

    void operatingHoursDialog() {
        OperatingHoursDialog dialog(OperatingHours{});
        QVERIFY(dialog.dayBox(1)->isChecked());
        QVERIFY(!dialog.dayBox(0)->isChecked());
        QCOMPARE(dialog.hours().startHour, 8);
        QCOMPARE(dialog.hours().endHour, 18);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        dialog.dayBox(6)->setChecked(true);
        QCOMPARE(dialog.hours().days, (QList<int>{1, 2, 3, 4, 5, 6}));
        // End before start is refused in place, no dialog on top of the dialog.
        dialog.endCombo()->setCurrentIndex(dialog.endCombo()->findData(7));
        QVERIFY(!ok->isEnabled());
        dialog.endCombo()->setCurrentIndex(dialog.endCombo()->findData(24));
        QVERIFY(ok->isEnabled());
        for (int day = 0; day < 7; ++day)
            dialog.dayBox(day)->setChecked(false);
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(dialog.hours().days, OperatingHours{}.days);
        QVERIFY(ok->isEnabled());
    }

    void queryBar() {
        QueryBar bar;
        bar.setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC); });
        bar.setTimeZones({QStringLiteral("America/New_York")});
        QSignalSpy changed(&bar, &QueryBar::queryChanged);
        QCOMPARE(bar.selection().preset, DateRangePreset::Last7Days);
        QVERIFY(bar.customStartEdit()->isHidden());
        QVERIFY2(bar.resolutionCombo()->itemText(0).startsWith(QStringLiteral("Automatic (")),
                 qPrintable(bar.resolutionCombo()->itemText(0)));
        // 7 complete days before "today" in New York: 18–24 Nov.
        QVERIFY2(bar.rangeText().contains(QStringLiteral("18")) &&
                     bar.rangeText().contains(QStringLiteral("24")),
                 qPrintable(bar.rangeText()));

        bar.resolutionCombo()->setCurrentIndex(
            bar.resolutionCombo()->findData(int(TimeResolution::Day)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.selection().resolution, std::optional(TimeResolution::Day));

        bar.presetCombo()->setCurrentIndex(
            bar.presetCombo()->findData(int(DateRangePreset::Custom)));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!bar.customStartEdit()->isHidden());
        bar.customStartEdit()->setDate(QDate(2026, 10, 1));
        bar.customEndEdit()->setDate(QDate(2026, 10, 31));
        QCOMPARE(bar.selection().customDays, (LocalDays{QDate(2026, 10, 1), QDate(2026, 10, 31)}));
        const std::optional<TimeRange> range = bar.selection().range(
            QDateTime::currentDateTimeUtc(), QTimeZone(QByteArrayLiteral("America/New_York")));
        QVERIFY(range);
        QCOMPARE(range->start.date(), QDate(2026, 10, 1));

        OperatingHours weekend;
        weekend.days = {0, 6};
        weekend.startHour = 10;
        weekend.endHour = 16;
        const int before = int(changed.size());
        bar.setOperatingHours(weekend);
        QCOMPARE(changed.size(), before + 1);
        QVERIFY2(bar.operatingHoursSummary().startsWith(QStringLiteral("Sat, Sun")),
                 qPrintable(bar.operatingHoursSummary()));
        // Invalid hours are not taken.
        OperatingHours broken;
        broken.days.clear();
        bar.setOperatingHours(broken);
        QCOMPARE(bar.selection().operatingHours.days, weekend.days);
    }

    void selectionEquality() {
        AnalyticsSelection a;
        AnalyticsSelection b;
        QVERIFY(a == b);
        b.customDays = {QDate(2026, 1, 1), QDate(2026, 1, 2)};
        QVERIFY(a == b); // custom days only count for the custom preset
        a.preset = b.preset = DateRangePreset::Custom;
        QVERIFY(a != b);
        const QDateTime now(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
        AnalyticsSelection automatic;
        QCOMPARE(automatic.effectiveResolution(now, QTimeZone::utc()), TimeResolution::Hour);
        automatic.resolution = TimeResolution::Week;
        QCOMPARE(automatic.effectiveResolution(now, QTimeZone::utc()), TimeResolution::Week);
    }
};

QTEST_MAIN(TestShellWidgets)
#include "tst_shellwidgets.moc"
