// Chart decimation of a year of hourly data (8,760 points) to about a chart's pixel width.
// Built, not run by ctest: `build/tests/benchmarks/bench_decimate`.
#include "analytics/decimate.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>

using namespace Density;

class BenchDecimate : public QObject {
    Q_OBJECT
private:
    QList<QPointF> m_year;

private Q_SLOTS:
    void initTestCase() {
        QRandomGenerator random(42);
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        m_year.reserve(8760);
        for (int i = 0; i < 8760; ++i) {
            const double wave =
                std::max(0.0, std::sin(double(i % 24 - 6) / 12.0 * 3.141592653589793)) * 40.0;
            m_year.append({double(start + qint64(i) * 3'600'000), wave + random.bounded(5.0)});
        }
    }

    void minMaxTo1000() {
        QList<QPointF> out;
        QBENCHMARK {
            out = Decimation::minMax(m_year, 1000);
        }
        QVERIFY(out.size() <= 1000);
    }

    void minMaxTo250() {
        QList<QPointF> out;
        QBENCHMARK {
            out = Decimation::minMax(m_year, 250);
        }
        QVERIFY(out.size() <= 250);
    }
};

QTEST_GUILESS_MAIN(BenchDecimate)
#include "bench_decimate.moc"
