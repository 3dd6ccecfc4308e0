// Min-max chart decimation: bounded size, endpoints, global peak and trough, gaps, order.
#include "analytics/decimate.h"

#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace Density;

namespace {

//! A year of hourly points: a daily wave, quiet weekends and a few spikes.
QList<QPointF> yearOfHours() {
    QList<QPointF> points;
    for (int i = 0; i < 8760; ++i) {
        const double day = std::sin(double(i % 24) / 24.0 * 3.14159) * 20.0;
        const bool weekend = (i / 24) % 7 >= 5;
        points.append({double(i) * 3600.0, weekend ? day / 10 : day + double(i % 7)});
    }
    points[4321].setY(180.0); // the one day everybody came
    points[6000].setY(-1.0);  // a glitch below zero
    return points;
}

} // namespace

class TestAnalyticsDecimate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsEndpointsPeakAndTrough() {
        const QList<QPointF> input = yearOfHours();
        const QList<QPointF> out = Decimation::minMax(input, 1000);
        QVERIFY(out.size() <= 1000);
        QVERIFY(out.size() >= 900); // every column has points: no needless loss
        QCOMPARE(out.first(), input.first());
        QCOMPARE(out.last(), input.last());
        QVERIFY(out.contains(QPointF(4321 * 3600.0, 180.0)));
        QVERIFY(out.contains(QPointF(6000 * 3600.0, -1.0)));
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        for (const QPointF &p : out)
            QVERIFY(input.contains(p)); // decimation picks, it never invents
    }

    void peaksAtTheEndsSurvive() {
        QList<QPointF> input;
        for (int i = 0; i < 500; ++i)
            input.append({double(i), 1.0});
        input.first().setY(99);
        input.last().setY(-99);
        const QList<QPointF> out = Decimation::minMax(input, 10);
        QVERIFY(out.size() <= 10);
        QCOMPARE(out.first().y(), 99.0);
        QCOMPARE(out.last().y(), -99.0);
    }

    void smallInputsAreUntouched() {
        const QList<QPointF> input{{0, 1}, {1, 5}, {2, 3}};
        QCOMPARE(Decimation::minMax(input, 1000), input);
        QCOMPARE(Decimation::minMax(input, 3), input);
        QCOMPARE(Decimation::minMax(input, 2), input); // below 4 nothing sensible is possible
        QVERIFY(Decimation::minMax({}, 100).isEmpty());
    }

    void gapsInTimeStayGaps() {
        // Two busy days a month apart: columns are by x, so nothing is spread into the gap.
        QList<QPointF> input;
        for (int i = 0; i < 200; ++i)
            input.append({double(i), double(i % 10)});
        for (int i = 0; i < 200; ++i)
            input.append({100000.0 + i, double(i % 10)});
        const QList<QPointF> out = Decimation::minMax(input, 50);
        QVERIFY(out.size() <= 50);
        for (const QPointF &p : out)
            QVERIFY(p.x() < 200 || p.x() >= 100000);
        QVERIFY(out.size() < 20); // most columns lie in the empty month
    }

    void nonFiniteValuesAreDropped() {
        QList<QPointF> input;
        for (int i = 0; i < 100; ++i)
            input.append({double(i), i == 50 ? std::nan("") : double(i)});
        const QList<QPointF> out = Decimation::minMax(input, 20);
        for (const QPointF &p : out)
            QVERIFY(std::isfinite(p.y()));
        QCOMPARE(Decimation::minMax(input, 1000).size(), 99);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsDecimate)
#include "tst_analytics_decimate.moc"
