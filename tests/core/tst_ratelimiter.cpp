// The client-side token bucket: burst, pacing, FIFO order, and pauses after a 429.
#include "api/ratelimiter.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Density;

class TestRateLimiter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burstPassesImmediatelyThenPaces() {
        RateLimiter limiter(RateLimiter::Config{50.0, 10, 0.0});
        QList<int> order;
        for (int i = 0; i < 15; ++i)
            limiter.acquire([&order, i] { order.append(i); });
        QCOMPARE(order.size(), 10); // the burst goes out synchronously
        QCOMPARE(limiter.queued(), 5);
        QTRY_COMPARE(order.size(), 15);
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(order.at(i), i); // FIFO
    }

    void pauseHoldsEverythingBack() {
        RateLimiter limiter(RateLimiter::Config{1000.0, 100, 0.0});
        limiter.pauseFor(300);
        QElapsedTimer clock;
        clock.start();
        bool ran = false;
        qint64 ranAfter = 0;
        limiter.acquire([&] {
            ran = true;
            ranAfter = clock.elapsed();
        });
        QVERIFY(!ran);
        QTRY_VERIFY(ran);
        QVERIFY2(ranAfter >= 290, qPrintable(QString::number(ranAfter)));
    }

    void safetyMarginSlowsTheRate() {
        RateLimiter limiter(RateLimiter::Config{15.0, 1, 0.05});
        int ran = 0;
        for (int i = 0; i < 3; ++i)
            limiter.acquire([&ran] { ++ran; });
        QCOMPARE(ran, 1);
        // 14.25 requests/s effective: the next token needs ~70 ms, so none is ready at once.
        QTest::qWait(20);
        QCOMPARE(ran, 1);
        QTRY_COMPARE(ran, 3);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
