// HeatmapGrid (typical week value type, CSV) and HeatmapWidget, checked on rendered pixels:
// no-data is hatched grey and unlike zero, the scale's ends, the "now" marker, week order,
// tooltips. Set DENSITY_SCREENSHOT_DIR to also write light/dark PNGs of a demo week there.
#include "analytics/heatmapgrid.h"
#include "ui/heatmapwidget.h"

#include <QDir>
#include <QImage>
#include <QTimeZone>
#include <QtTest>
#include <cmath>

using namespace Density;

namespace {

constexpr int Sunday = 0;
constexpr int Monday = 1;
constexpr int Tuesday = 2;
constexpr int Wednesday = 3;
constexpr int Thursday = 4;
constexpr int Saturday = 6;

const QSize ImageSize(900, 320);

//! A small known week: Monday 00:00 is zero, Monday 09:00 sits on the scale's top, Wednesday
//! 12:00 is an outlier above it, Thursday 03:00 below the bottom, Saturday 03:00 has no data.
HeatmapGrid knownGrid() {
    HeatmapGrid grid;
    for (int day = 0; day < HeatmapGrid::DayCount; ++day)
        for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour)
            grid.setValue(day, hour, 5.0, 12);
    grid.setValue(Monday, 0, 0.0, 12);
    grid.setValue(Monday, 9, 10.0, 12);
    grid.setValue(Tuesday, 9, 4.2, 12);
    grid.setValue(Wednesday, 12, 48.0, 12);
    grid.setValue(Thursday, 3, -1.0, 12);
    grid.setValue(Saturday, 3, std::nullopt, 0);
    grid.setScale(0.0, 10.0);
    grid.setUnit(QStringLiteral("average people"));
    grid.setTimeZone(QStringLiteral("UTC"));
    return grid;
}

//! A plausible office floor over 12 weeks, for the screenshots.
HeatmapGrid demoGrid() {
    HeatmapGrid grid;
    const double dayScale[7] = {0.02, 1.0, 1.05, 1.1, 1.0, 0.6, 0.05};
    for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
        for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour) {
            double people = 0.0;
            if (hour >= 7 && hour < 20) {
                const double morning = std::exp(-std::pow((hour - 10.5) / 2.0, 2));
                const double afternoon = std::exp(-std::pow((hour - 14.5) / 2.2, 2));
                const double lunchDip = hour == 12 ? 0.75 : 1.0;
                people = 28.0 * dayScale[day] * std::max(morning, afternoon * 0.9) * lunchDip;
            }
            grid.setValue(day, hour, std::round(people * 10) / 10, day == Monday ? 11 : 12);
        }
    }
    // A sensor outage on Saturday night, and an all-hands on Wednesday at noon (an outlier
    // the robust scale clamps instead of washing the rest of the week out).
    for (int hour = 1; hour < 5; ++hour)
        grid.setValue(Saturday, hour, std::nullopt, 0);
    grid.setValue(Wednesday, 12, 61.0, 12);
    grid.setScale(0.0, 30.0);
    grid.setUnit(QStringLiteral("average people"));
    grid.setTimeZone(QStringLiteral("Europe/Paris"));
    return grid;
}

QPalette lightPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf2, 0xf2, 0xf2));
    palette.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    return palette;
}

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return palette;
}

int distance(const QColor &a, const QColor &b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

QColor pixel(const QImage &image, const QPointF &logical) {
    return image.pixelColor((logical * image.devicePixelRatio()).toPoint());
}

//! The pixels of a cell, inset so antialiased edges do not count.
QList<QColor> cellPixels(const QImage &image, const QRectF &cell) {
    QList<QColor> colours;
    const QRect inner = cell.adjusted(2, 2, -2, -2).toRect();
    for (int y = inner.top(); y <= inner.bottom(); ++y)
        for (int x = inner.left(); x <= inner.right(); ++x)
            colours.append(image.pixelColor(x, y));
    return colours;
}

//! Whether any pixel on the horizontal line through `cell`'s centre, just outside its left
//! edge, has the marker's ink.
bool hasRingBeside(const QImage &image, const QRectF &cell, const QColor &ink) {
    for (qreal dx = 0.5; dx <= 3.0; dx += 0.5) {
        if (distance(pixel(image, QPointF(cell.left() - dx, cell.center().y())), ink) < 60)
            return true;
    }
    return false;
}

} // namespace

class TestHeatmapWidget : public QObject {
    Q_OBJECT
private:
    static void setUpWidget(HeatmapWidget &widget, const HeatmapGrid &grid) {
        widget.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        widget.setPalette(lightPalette());
        widget.setGrid(grid);
    }

private Q_SLOTS:
    // ---- HeatmapGrid ----------------------------------------------------------------------

    void gridStoresCellsAndIgnoresOutOfRange() {
        HeatmapGrid grid;
        QVERIFY(grid.isEmpty());
        grid.setValue(Tuesday, 9, 4.2, 12);
        QCOMPARE(grid.value(Tuesday, 9), std::optional<double>(4.2));
        QCOMPARE(grid.sampleCount(Tuesday, 9), 12);
        QVERIFY(!grid.hasValue(Tuesday, 10));
        QVERIFY(!grid.isEmpty());
        grid.setValue(7, 0, 1.0);
        grid.setValue(0, 24, 1.0);
        grid.setValue(-1, 0, 1.0);
        QCOMPARE(grid.value(7, 0), std::nullopt);
        QCOMPARE(grid.sampleCount(0, 24), 0);
        grid.setValue(Monday, 1, std::nan(""), 3);
        QVERIFY(!grid.hasValue(Monday, 1)); // NaN means "no data", never a colour
        grid.setValue(Monday, 2, 1.0, -4);
        QCOMPARE(grid.sampleCount(Monday, 2), 0);
    }

    void gridScaleClampsAndFallsBack() {
        HeatmapGrid grid = knownGrid();
        QCOMPARE(grid.effectiveScale(), std::make_pair(0.0, 10.0));
        QCOMPARE(grid.fraction(Monday, 0), std::optional<double>(0.0));
        QCOMPARE(grid.fraction(Monday, 9), std::optional<double>(1.0));
        QCOMPARE(grid.fraction(Sunday, 5), std::optional<double>(0.5));
        QCOMPARE(grid.fraction(Wednesday, 12), std::optional<double>(1.0)); // clamped outlier
        QCOMPARE(grid.fraction(Thursday, 3), std::optional<double>(0.0));
        QCOMPARE(grid.fraction(Saturday, 3), std::nullopt);
        QVERIFY(grid.clampsAbove());
        QVERIFY(grid.clampsBelow());

        // No usable bounds from the producer: the data's own range.
        grid.setScale(3.0, 3.0);
        QCOMPARE(grid.effectiveScale(), std::make_pair(-1.0, 48.0));
        QVERIFY(!grid.clampsAbove());

        // A room used two hours a week: its 5th and 95th percentiles are both 0.
        HeatmapGrid quiet;
        for (int day = 0; day < HeatmapGrid::DayCount; ++day)
            for (int hour = 0; hour < HeatmapGrid::HourCount; ++hour)
                quiet.setValue(day, hour, 0.0, 12);
        quiet.setValue(Tuesday, 10, 3.0, 12);
        quiet.setValue(Tuesday, 11, 1.5, 12);
        quiet.setScale(0.0, 0.0);
        QCOMPARE(quiet.effectiveScale(), std::make_pair(0.0, 3.0));
        QCOMPARE(quiet.fraction(Monday, 10), std::optional<double>(0.0));
        QCOMPARE(quiet.fraction(Tuesday, 11), std::optional<double>(0.5));

        HeatmapGrid flat;
        QCOMPARE(flat.effectiveScale(), std::make_pair(0.0, 1.0));
        flat.setValue(Monday, 9, 0.0);
        QCOMPARE(flat.effectiveScale(), std::make_pair(0.0, 1.0));
        QCOMPARE(flat.fraction(Monday, 9), std::optional<double>(0.0));
        flat.setValue(Monday, 9, 6.0);
        QCOMPARE(flat.effectiveScale(), std::make_pair(0.0, 6.0));
    }

    void gridWeekOrder() {
        HeatmapGrid grid;
        QVERIFY(grid.weekStartsMonday());
        QCOMPARE(grid.dayForRow(0), Monday);
        QCOMPARE(grid.dayForRow(6), Sunday);
        QCOMPARE(grid.rowForDay(Sunday), 6);
        grid.setWeekStartsMonday(false);
        QCOMPARE(grid.dayForRow(0), Sunday);
        QCOMPARE(grid.dayForRow(6), Saturday);
        for (const bool mondayFirst : {true, false}) {
            grid.setWeekStartsMonday(mondayFirst);
            for (int row = 0; row < HeatmapGrid::DayCount; ++row)
                QCOMPARE(grid.rowForDay(grid.dayForRow(row)), row);
        }
        QCOMPARE(HeatmapGrid::toQtDayOfWeek(Sunday), int(Qt::Sunday));
        QCOMPARE(HeatmapGrid::toQtDayOfWeek(Monday), int(Qt::Monday));
        QCOMPARE(HeatmapGrid::fromQtDayOfWeek(Qt::Sunday), Sunday);
        QCOMPARE(HeatmapGrid::fromQtDayOfWeek(Qt::Saturday), Saturday);
    }

    void gridCsv() {
        HeatmapGrid grid;
        grid.setValue(Monday, 0, 0.0, 12);
        grid.setValue(Monday, 9, 4.25, 12);
        grid.setValue(Tuesday, 23, 1234567.5, 3);
        grid.setValue(Wednesday, 12, 0.1, 1);
        grid.setValue(Sunday, 10, -2.0, 5);
        grid.setUnit(QStringLiteral("average people, \"typical\""));

        const QByteArray header =
            "weekday,00:00,01:00,02:00,03:00,04:00,05:00,06:00,07:00,08:00,09:00,10:00,11:00,"
            "12:00,13:00,14:00,15:00,16:00,17:00,18:00,19:00,20:00,21:00,22:00,23:00\r\n";
        QCOMPARE(grid.toCsv(), header + "Monday,0,,,,,,,,,4.25,,,,,,,,,,,,,,\r\n"
                                        "Tuesday,,,,,,,,,,,,,,,,,,,,,,,,1234567.5\r\n"
                                        "Wednesday,,,,,,,,,,,,,0.1,,,,,,,,,,,\r\n"
                                        "Thursday,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
                                        "Friday,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
                                        "Saturday,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
                                        "Sunday,,,,,,,,,,,-2,,,,,,,,,,,,,\r\n");
        QCOMPARE(grid.toCsv(HeatmapGrid::CsvField::Samples),
                 header + "Monday,12,0,0,0,0,0,0,0,0,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                          "Tuesday,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3\r\n"
                          "Wednesday,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0\r\n"
                          "Thursday,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                          "Friday,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                          "Saturday,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n"
                          "Sunday,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,0,0\r\n");

        // Sunday first moves Sunday's row to the top; the data does not move.
        grid.setWeekStartsMonday(false);
        const QList<QByteArray> lines = grid.toCsv().split('\n');
        QCOMPARE(lines.size(), 9); // header, 7 days, empty after the last CRLF
        QCOMPARE(lines.at(1), QByteArray("Sunday,,,,,,,,,,,-2,,,,,,,,,,,,,\r"));
        QCOMPARE(lines.at(2), QByteArray("Monday,0,,,,,,,,,4.25,,,,,,,,,,,,,,\r"));
        QCOMPARE(lines.at(7), QByteArray("Saturday,,,,,,,,,,,,,,,,,,,,,,,,\r"));
        QVERIFY(lines.at(8).isEmpty());
    }

    // ---- Colour scale ---------------------------------------------------------------------

    void scaleIsViridisLightestFirst() {
        QCOMPARE(HeatmapWidget::scaleColor(0.0), QColor(0xfd, 0xe7, 0x25));
        QCOMPARE(HeatmapWidget::scaleColor(1.0), QColor(0x44, 0x01, 0x54));
        QCOMPARE(HeatmapWidget::scaleColor(-3.0), HeatmapWidget::scaleColor(0.0));
        QCOMPARE(HeatmapWidget::scaleColor(7.0), HeatmapWidget::scaleColor(1.0));
        // Perceptual order: every step up the scale is darker than the one before.
        qreal previous = 2.0;
        for (int i = 0; i <= 20; ++i) {
            const QColor colour = HeatmapWidget::scaleColor(i / 20.0);
            const qreal luma =
                0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF();
            QVERIFY2(luma < previous, qPrintable(QString::number(i)));
            previous = luma;
            // No step is grey, so nothing on the scale can be taken for "no data".
            QVERIFY(colour.hsvSaturationF() > 0.3);
        }
    }

    // ---- Rendering ------------------------------------------------------------------------

    void noDataIsHatchedGreyAndUnlikeZero() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        const QImage image = widget.renderToImage(ImageSize);

        const QColor zero = HeatmapWidget::scaleColor(0.0);
        QCOMPARE(pixel(image, widget.cellRect(Monday, 0, ImageSize).center()), zero);

        const QList<QColor> noData = cellPixels(image, widget.cellRect(Saturday, 3, ImageSize));
        QVERIFY(noData.size() > 50);
        bool sawFill = false;
        bool sawHatch = false;
        for (const QColor &colour : noData) {
            QVERIFY2(colour.red() == colour.green() && colour.green() == colour.blue(),
                     qPrintable(colour.name())); // grey, whatever the blend of the hatch
            QVERIFY(distance(colour, zero) > 150);
            sawFill = sawFill || colour == HeatmapWidget::noDataColor();
            sawHatch = sawHatch || colour.red() < HeatmapWidget::noDataColor().red() - 20;
        }
        QVERIFY(sawFill);
        QVERIFY(sawHatch); // a pattern, not a flat grey that could pass for a colour
    }

    void scaleEndsAndClamping() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        const QImage image = widget.renderToImage(ImageSize);
        const auto at = [&](int day, int hour) {
            return pixel(image, widget.cellRect(day, hour, ImageSize).center());
        };
        QCOMPARE(at(Monday, 9), HeatmapWidget::scaleColor(1.0));     // the max: top colour
        QCOMPARE(at(Wednesday, 12), HeatmapWidget::scaleColor(1.0)); // outlier clamped
        QCOMPARE(at(Thursday, 3), HeatmapWidget::scaleColor(0.0));   // below min clamped
        QVERIFY(distance(at(Sunday, 5), HeatmapWidget::scaleColor(0.5)) <= 3);
        // Every cell sits inside the widget and has room.
        for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
            const QRectF rect = widget.cellRect(day, 23, ImageSize);
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(ImageSize)).contains(rect));
            QVERIFY(rect.width() > 10 && rect.height() > 10);
        }
    }

    void nowCellIsMarked() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        QVERIFY(!widget.currentCell());
        // Tuesday 14 May 2024, 09:30 UTC; the grid's zone is UTC.
        widget.setCurrentDateTime(QDateTime(QDate(2024, 5, 14), QTime(9, 30), Qt::UTC));
        QCOMPARE(widget.currentCell(), std::optional(HeatmapWidget::Cell{Tuesday, 9}));

        const QImage image = widget.renderToImage(ImageSize);
        const QColor ink = lightPalette().color(QPalette::WindowText);
        const QRectF now = widget.cellRect(Tuesday, 9, ImageSize);
        QVERIFY(hasRingBeside(image, now, ink));
        QVERIFY(!hasRingBeside(image, widget.cellRect(Wednesday, 9, ImageSize), ink));
        QVERIFY(!hasRingBeside(image, widget.cellRect(Tuesday, 15, ImageSize), ink));
        // The cell keeps its own colour inside the ring.
        QCOMPARE(pixel(image, now.center()).rgb(), HeatmapWidget::scaleColor(0.42).rgb());

        // The "now" label: ink above the marked column, only background above another.
        const QRectF firstRow = widget.cellRect(Monday, 9, ImageSize);
        const auto inkAbove = [&](const QRectF &column) {
            int count = 0;
            for (qreal y = 1; y < firstRow.top() - 1; y += 1)
                for (qreal x = column.left(); x < column.right(); x += 1)
                    count += distance(pixel(image, QPointF(x, y)), ink) < 100 ? 1 : 0;
            return count;
        };
        QVERIFY(inkAbove(widget.cellRect(Monday, 9, ImageSize)) > 5);
        QCOMPARE(inkAbove(widget.cellRect(Monday, 15, ImageSize)), 0);

        widget.setCurrentDateTime(QDateTime());
        QVERIFY(!widget.currentCell());
        QVERIFY(!hasRingBeside(widget.renderToImage(ImageSize), now, ink));
    }

    void nowFollowsTheGridsTimeZone() {
        const QTimeZone tokyo("Asia/Tokyo");
        if (!tokyo.isValid())
            QSKIP("no time zone database");
        HeatmapGrid grid = knownGrid();
        grid.setTimeZone(QStringLiteral("Asia/Tokyo"));
        HeatmapWidget widget;
        setUpWidget(widget, grid);
        // Tuesday 23:30 UTC is Wednesday 08:30 in Tokyo (UTC+9).
        widget.setCurrentDateTime(QDateTime(QDate(2024, 5, 14), QTime(23, 30), Qt::UTC));
        QCOMPARE(widget.currentCell(), std::optional(HeatmapWidget::Cell{Wednesday, 8}));
        // An unknown zone: the time is used as given rather than hiding the marker.
        grid.setTimeZone(QStringLiteral("Not/AZone"));
        widget.setGrid(grid);
        QCOMPARE(widget.currentCell(), std::optional(HeatmapWidget::Cell{Tuesday, 23}));
    }

    void weekOrderPutsTheRightDayInRowZero() {
        HeatmapGrid grid = knownGrid();
        grid.setValue(Sunday, 0, std::nullopt); // Sunday 00:00: no data; Monday 00:00: zero
        HeatmapWidget widget;
        setUpWidget(widget, grid);

        // Row 0, column 0 is the same place on screen in both orders.
        const QImage mondayFirst = widget.renderToImage(ImageSize);
        const QRectF topLeft = widget.cellRect(Monday, 0, ImageSize);
        QCOMPARE(pixel(mondayFirst, topLeft.center()), HeatmapWidget::scaleColor(0.0));
        // Sunday is the last row.
        QVERIFY(widget.cellRect(Sunday, 0, ImageSize).top() >
                widget.cellRect(Saturday, 0, ImageSize).top());

        grid.setWeekStartsMonday(false);
        widget.setGrid(grid);
        const QImage sundayFirst = widget.renderToImage(ImageSize);
        QCOMPARE(widget.cellRect(Sunday, 0, ImageSize), topLeft);
        const QColor top = pixel(sundayFirst, topLeft.center());
        QVERIFY2(top.red() == top.green() && top.green() == top.blue(), qPrintable(top.name()));
        QVERIFY(widget.cellRect(Monday, 0, ImageSize).top() > topLeft.top());
        QCOMPARE(pixel(sundayFirst, widget.cellRect(Monday, 0, ImageSize).center()),
                 HeatmapWidget::scaleColor(0.0));
    }

    void hitTestMatchesCells() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        for (const bool mondayFirst : {true, false}) {
            HeatmapGrid grid = knownGrid();
            grid.setWeekStartsMonday(mondayFirst);
            widget.setGrid(grid);
            for (int day = 0; day < HeatmapGrid::DayCount; ++day) {
                for (int hour : {0, 9, 23}) {
                    const QPointF centre = widget.cellRect(day, hour, ImageSize).center();
                    QCOMPARE(widget.cellAt(centre, ImageSize),
                             std::optional(HeatmapWidget::Cell{day, hour}));
                }
            }
            QVERIFY(!widget.cellAt(QPointF(1, 1), ImageSize));
        }
    }

    void tooltips() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        QCOMPARE(widget.cellToolTip(Tuesday, 9),
                 QStringLiteral("Tue 09:00–10:00: 4.2 average people (12 week(s))"));
        QCOMPARE(widget.cellToolTip(Saturday, 3), QStringLiteral("Sat 03:00–04:00: no data"));
        QCOMPARE(widget.cellToolTip(Sunday, 23),
                 QStringLiteral("Sun 23:00–00:00: 5.0 average people (12 week(s))"));
        QCOMPARE(widget.cellToolTip(7, 0), QString());

        // The widget's locale: 12-hour clock in the US, decimal comma and day names in German.
        widget.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(widget.cellToolTip(Tuesday, 9),
                 QStringLiteral("Tue 9:00 AM–10:00 AM: 4.2 average people (12 week(s))"));
        widget.setLocale(QLocale(QLocale::German, QLocale::Germany));
        const QString german = widget.cellToolTip(Tuesday, 9);
        QVERIFY2(
            german.startsWith(QLocale(QLocale::German).dayName(Qt::Tuesday, QLocale::ShortFormat) +
                              QStringLiteral(" 09:00–10:00: 4,2 ")),
            qPrintable(german));

        // No unit, no samples: just the value.
        HeatmapGrid bare;
        bare.setValue(Monday, 8, 42.0);
        widget.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        widget.setGrid(bare);
        QCOMPARE(widget.cellToolTip(Monday, 8), QStringLiteral("Mon 08:00–09:00: 42.0"));
    }

    void sizesAndHiDpi() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        const QSize hint = widget.sizeHint();
        const QSize minimum = widget.minimumSizeHint();
        QVERIFY(hint.width() > minimum.width() && hint.height() > minimum.height());
        QVERIFY(hint.width() >= 24 * 20 && hint.width() < 1400);
        QVERIFY(hint.height() >= 7 * 16 && hint.height() < 600);
        // At its minimum the grid still has visible cells inside the widget.
        const QRectF smallest = widget.cellRect(Sunday, 23, QSizeF(minimum));
        QVERIFY(smallest.width() >= 4 && smallest.height() >= 4);
        QVERIFY(smallest.right() <= minimum.width());
        QVERIFY(smallest.bottom() <= minimum.height());

        // A 2x export: twice the pixels, same picture.
        const QImage sharp = widget.renderToImage(ImageSize, 2.0);
        QCOMPARE(sharp.size(), ImageSize * 2);
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(pixel(sharp, widget.cellRect(Monday, 9, ImageSize).center()),
                 HeatmapWidget::scaleColor(1.0));
    }

    void emptyGridIsAllNoData() {
        HeatmapWidget widget;
        HeatmapGrid empty;
        empty.setUnit(QStringLiteral("average people"));
        setUpWidget(widget, empty);
        const QImage image = widget.renderToImage(ImageSize);
        const QColor corner = pixel(image, widget.cellRect(Monday, 0, ImageSize).center());
        QVERIFY(corner.red() == corner.green() && corner.green() == corner.blue());
    }

    void widgetPaintsLikeItsImage() {
        HeatmapWidget widget;
        setUpWidget(widget, knownGrid());
        widget.resize(ImageSize);
        const QImage grabbed = widget.grab().toImage();
        QCOMPARE(pixel(grabbed, widget.cellRect(Monday, 9).center()),
                 HeatmapWidget::scaleColor(1.0));
    }

    //! Not a check: writes the demo week in light and dark palettes for a person to look at.
    void screenshots() {
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set DENSITY_SCREENSHOT_DIR to write heatmap screenshots");
        HeatmapWidget widget;
        widget.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        widget.setGrid(demoGrid());
        widget.setCurrentDateTime(
            QDateTime(QDate(2024, 5, 15), QTime(14, 20), QTimeZone("Europe/Paris")));
        const QSize size = widget.sizeHint();
        widget.setPalette(lightPalette());
        QVERIFY(widget.renderToImage(size).save(
            QDir(dir).filePath(QStringLiteral("heatmap-light.png"))));
        QVERIFY(widget.renderToImage(size, 2.0).save(
            QDir(dir).filePath(QStringLiteral("heatmap-light@2x.png"))));
        QVERIFY(widget.renderToImage(QSize(1400, 520))
                    .save(QDir(dir).filePath(QStringLiteral("heatmap-wide.png"))));
        QVERIFY(widget.renderToImage(widget.minimumSizeHint())
                    .save(QDir(dir).filePath(QStringLiteral("heatmap-min.png"))));
        QVERIFY(widget.renderToImage(QSize(900, 330))
                    .save(QDir(dir).filePath(QStringLiteral("heatmap.png"))));
        widget.setPalette(darkPalette());
        QVERIFY(widget.renderToImage(size).save(
            QDir(dir).filePath(QStringLiteral("heatmap-dark.png"))));
        widget.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        HeatmapGrid sundayFirst = demoGrid();
        sundayFirst.setWeekStartsMonday(false);
        widget.setGrid(sundayFirst);
        QVERIFY(
            widget.renderToImage(size).save(QDir(dir).filePath(QStringLiteral("heatmap-us.png"))));
    }
};

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
