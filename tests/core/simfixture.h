#pragma once

#include "api/densityclient.h"
#include "auth/renewingtokenprovider.h"
#include "auth/tokenprovider.h"
#include "sim/simserver.h"

#include <QtTest>
#include <memory>
#include <optional>

//! A simulator on 127.0.0.1 with an OS-chosen port and a real client pointed at it.
struct SimFixture {
    explicit SimFixture(Density::Sim::SimOptions options = {})
        : server(std::make_unique<Density::Sim::SimServer>(options)) {
        const quint16 port = server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            qFatal("simulator did not start");
        if (!client.setBaseUrl(server->baseUrl()).isEmpty())
            qFatal("loopback base URL refused");
        client.setTokenProvider(&staticToken);
        client.setRandomSeed(7);
        // Fast retries keep the suite quick; the policy's shape is what is under test.
        client.setRetryPolicy(Density::RetryPolicy{4, 20, 200});
    }

    std::unique_ptr<Density::Sim::SimServer> server;
    Density::DensityClient client;
    Density::StaticTokenProvider staticToken{QStringLiteral("tok_demo")};
};

//! Like QTest::qWaitFor, but wakes on every event instead of sleeping 10 ms between rounds:
//! client and simulator share this thread, so each exchange takes several rounds and the
//! sleeps would dominate the suite's run time.
template <typename Predicate>
bool waitFor(Predicate predicate, int timeoutMs = 5000) {
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // bounds each blocking wait so the timeout is noticed
    wake.start(5);
    while (!predicate()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

//! Runs one asynchronous call to completion and returns its result.
template <typename T, typename Call>
Density::Result<T> await(Call call, int timeoutMs = 15000) {
    std::optional<Density::Result<T>> result;
    call([&result](const Density::Result<T> &r) { result = r; });
    if (!waitFor([&result] { return result.has_value(); }, timeoutMs))
        return Density::ApiError(Density::ApiError::Kind::Timeout,
                                 QStringLiteral("test timed out"));
    return *result;
}

//! Counts the HTTP statuses the client saw, per endpoint, while it lives.
struct ResponseLog {
    explicit ResponseLog(Density::DensityClient *client)
        : connection(QObject::connect(client, &Density::DensityClient::responseReceived,
                                      [this](Density::Endpoint endpoint, int status) {
                                          entries.append({endpoint, status});
                                      })) {}
    ~ResponseLog() { QObject::disconnect(connection); }
    ResponseLog(const ResponseLog &) = delete;
    ResponseLog &operator=(const ResponseLog &) = delete;

    int count(Density::Endpoint endpoint, int status = -1) const {
        int n = 0;
        for (const auto &[e, s] : entries)
            n += (e == endpoint && (status < 0 || s == status)) ? 1 : 0;
        return n;
    }
    int countStatus(int status) const {
        int n = 0;
        for (const auto &entry : entries)
            n += entry.second == status ? 1 : 0;
        return n;
    }

    QMetaObject::Connection connection;
    QList<std::pair<Density::Endpoint, int>> entries;
};
