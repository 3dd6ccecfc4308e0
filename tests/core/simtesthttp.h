#pragma once

// Shared by the simulator tests: raw HTTP over loopback with a QNetworkAccessManager (tests
// only; product code talks to the simulator through DensityClient), and a shared server with
// the portfolio it generated. No raw string literals here: moc 6.4 cannot tokenize them.

#include "sim/simserver.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>
using namespace Qt::StringLiterals;
using Density::Sim::FaultOptions;
using Density::Sim::SimOptions;
using Density::Sim::SimServer;

namespace SimTest {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

//! Minimal raw-HTTP helper: one request, waited for with QSignalSpy (no sleeps).
class Http {
public:
    explicit Http(QUrl base)
        : m_base(std::move(base)) {}

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QString &token = u"tok_demo"_s,
                         const QByteArray &contentType = "application/json") {
        QUrl url = m_base;
        const qsizetype question = path.indexOf(u'?');
        url.setPath(question < 0 ? path : path.left(question));
        if (question >= 0)
            url.setQuery(path.mid(question + 1));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static HttpResult finish(QNetworkReply *reply, const QElapsedTimer &timer = {}) {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(15000);
        }
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        if (timer.isValid())
            r.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return r;
    }

    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QString &token = u"tok_demo"_s,
                    const QByteArray &contentType = "application/json") {
        QElapsedTimer timer;
        timer.start();
        return finish(start(method, path, body, token, contentType), timer);
    }

    HttpResult post(const QString &path, const QJsonObject &body,
                    const QString &token = u"tok_demo"_s) {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QJsonObject window(const QString &start, const QString &end,
                          const QString &resolution = {}) {
    QJsonObject o{{u"start_date"_s, start}, {u"end_date"_s, end}};
    if (!resolution.isEmpty())
        o.insert(u"time_resolution"_s, resolution);
    return o;
}

inline QJsonArray ids(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

inline SimOptions quietOptions() {
    SimOptions options;
    options.rateLimitEnabled = false; // the shared server must not throttle the other tests
    return options;
}

//! A server on 127.0.0.1 (OS-chosen port, no rate limit) and the portfolio it serves.
//! Test classes derive from it and call start() from initTestCase().
class SimServerFixture : public QObject {
protected:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<Http> m_http;
    QJsonArray m_spaces;
    QHash<QString, QJsonObject> m_byId;

    QString firstSpace(const std::function<bool(const QJsonObject &)> &predicate) const {
        for (const QJsonValue &v : m_spaces) {
            if (predicate(v.toObject()))
                return v.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    QStringList subtreeWithData(const QString &root) const {
        QStringList out;
        QStringList stack = {root};
        while (!stack.isEmpty()) {
            const QJsonObject s = m_byId.value(stack.takeLast());
            for (const QJsonValue &child : s.value(u"children_ids"_s).toArray()) {
                const QJsonObject c = m_byId.value(child.toString());
                if (c.value(u"space_type"_s).toString() == "space"_L1 &&
                    !c.value(u"counting_mode"_s).isNull())
                    out.append(child.toString());
                stack.append(child.toString());
            }
        }
        return out;
    }

    QString m2mToken(Http &http) {
        const HttpResult r = http.post(u"/v3/oauth/token"_s,
                                       {{u"client_id"_s, u"demo-client"_s},
                                        {u"client_secret"_s, u"demo-secret"_s},
                                        {u"grant_type"_s, u"client_credentials"_s}},
                                       QString());
        return r.object().value(u"access_token"_s).toString();
    }

    void start() {
        m_server = std::make_unique<SimServer>(quietOptions());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0) != 0);
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        m_http = std::make_unique<Http>(m_server->baseUrl());
        const HttpResult spaces = m_http->call("GET", u"/v3/spaces"_s);
        QCOMPARE(spaces.status, 200);
        m_spaces = spaces.array();
        QVERIFY(m_spaces.size() > 400);
        for (const QJsonValue &v : std::as_const(m_spaces))
            m_byId.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    }
};

} // namespace SimTest
