#pragma once

#include "densityclient.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace Density {

//! Runs several requests (windows × batches) as one call: decodes each part, merges them in
//! part order once all succeeded, or reports the first error and aborts the rest — a caller
//! never sees half a result.
template <typename T>
class FanoutCall : public PendingCall {
public:
    using Decode = std::function<Result<T>(const RawReply &)>;
    using Merge = std::function<T(std::vector<T> &&)>;

    FanoutCall(DensityClient *client, QList<RequestSpec> parts, Decode decode, Merge merge,
               Handler<T> done)
        : PendingCall(client)
        , m_client(client)
        , m_parts(std::move(parts))
        , m_decode(std::move(decode))
        , m_merge(std::move(merge))
        , m_done(std::move(done))
        , m_results(std::size_t(m_parts.size())) {}

    void start() {
        m_remaining = m_parts.size();
        if (m_remaining == 0) {
            complete(m_merge({}));
            return;
        }
        for (qsizetype index = 0; index < m_parts.size(); ++index) {
            m_handles.append(m_client->send(
                m_parts.at(index), this,
                [this, index](const Result<RawReply> &reply) { onPart(index, reply); }));
        }
    }

    void abort() override {
        if (m_finished)
            return;
        m_finished = true;
        abortParts();
        deleteLater();
    }

private:
    void onPart(qsizetype index, const Result<RawReply> &reply) {
        if (m_finished)
            return;
        if (!reply) {
            fail(reply.error());
            return;
        }
        Result<T> decoded = m_decode(reply.value());
        if (!decoded) {
            fail(decoded.error());
            return;
        }
        m_results[std::size_t(index)] = std::move(decoded.value());
        --m_remaining;
        Q_EMIT progressed(int(m_parts.size() - m_remaining), int(m_parts.size()));
        if (m_remaining > 0)
            return;
        std::vector<T> values;
        values.reserve(m_results.size());
        for (auto &value : m_results)
            values.push_back(std::move(*value));
        complete(m_merge(std::move(values)));
    }

    void fail(const ApiError &error) {
        abortParts();
        complete(error);
    }

    void complete(const Result<T> &result) {
        m_finished = true;
        const Handler<T> done = std::move(m_done);
        deleteLater();
        if (done)
            done(result);
    }

    void abortParts() {
        for (RequestHandle &handle : m_handles)
            handle.abort();
    }

    DensityClient *m_client;
    QList<RequestSpec> m_parts;
    Decode m_decode;
    Merge m_merge;
    Handler<T> m_done;
    std::vector<std::optional<T>> m_results;
    QList<RequestHandle> m_handles;
    qsizetype m_remaining = 0;
    bool m_finished = false;
};

//! Starts a fan-out whose handler runs only while `context` lives.
template <typename T>
RequestHandle startFanout(DensityClient *client, QList<RequestSpec> parts,
                          typename FanoutCall<T>::Decode decode,
                          typename FanoutCall<T>::Merge merge, QObject *context, Handler<T> done) {
    QPointer<QObject> guard(context);
    auto *call =
        new FanoutCall<T>(client, std::move(parts), std::move(decode), std::move(merge),
                          [guard, hasContext = context != nullptr, done](const Result<T> &r) {
                              if (!hasContext || guard)
                                  done(r);
                          });
    if (context)
        QObject::connect(context, &QObject::destroyed, call, &PendingCall::abort);
    RequestHandle handle(call);
    call->start();
    return handle;
}

//! A single request whose 2xx body is decoded into T.
template <typename T, typename DecodeFn>
RequestHandle typedCall(DensityClient *client, const RequestSpec &spec, QObject *context,
                        Handler<T> done, DecodeFn decode) {
    return client->send(spec, context,
                        [done = std::move(done), decode](const Result<RawReply> &reply) {
                            if (!reply)
                                done(reply.error());
                            else
                                done(decode(reply.value()));
                        });
}

} // namespace Density

namespace Density {

//! Decoder for endpoints answering a JSON object: `fn(QJsonObject) -> T`.
template <typename T, typename Fn>
auto objectDecoder(Fn fn) {
    return [fn](const RawReply &reply) -> Result<T> {
        const Result<QJsonObject> json = reply.jsonObject();
        if (!json)
            return json.error();
        return T(fn(json.value()));
    };
}

//! Decoder for endpoints answering a list of objects, each read with `Item::fromJson`.
template <typename Item>
Result<QList<Item>> decodeList(const RawReply &reply) {
    const Result<QJsonArray> json = reply.jsonList();
    if (!json)
        return json.error();
    QList<Item> items;
    items.reserve(json.value().size());
    for (const QJsonValue &value : json.value())
        items.append(Item::fromJson(value.toObject()));
    return items;
}

} // namespace Density

namespace Density {

//! A single request whose body is decoded on a pool thread: decoding a 50,000-space portfolio
//! takes most of a second, which must not freeze the window. Abort (or the context's
//! destruction) works in both stages: while the request runs and while the decode runs.
template <typename T>
class OffThreadCall : public PendingCall {
public:
    using Decode = std::function<Result<T>(const RawReply &)>;

    OffThreadCall(DensityClient *client, Decode decode, Handler<T> done)
        : PendingCall(client)
        , m_client(client)
        , m_decode(std::move(decode))
        , m_done(std::move(done)) {}

    void start(const RequestSpec &spec) {
        m_request = m_client->send(spec, this, [this](const Result<RawReply> &reply) {
            if (!reply) {
                complete(reply.error());
                return;
            }
            QThreadPool::globalInstance()->start(
                [guard = QPointer<OffThreadCall>(this), decode = m_decode, raw = reply.value()] {
                    Result<T> decoded = decode(raw);
                    // Back on the application's thread, where the guard may be read safely.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [guard, decoded = std::move(decoded)] {
                            if (guard)
                                guard->complete(decoded);
                        },
                        Qt::QueuedConnection);
                });
        });
    }

    void abort() override {
        if (m_finished)
            return;
        m_finished = true;
        m_request.abort();
        deleteLater();
    }

private:
    void complete(const Result<T> &result) {
        if (m_finished)
            return;
        m_finished = true;
        const Handler<T> done = std::move(m_done);
        deleteLater();
        if (done)
            done(result);
    }

    DensityClient *m_client;
    Decode m_decode;
    Handler<T> m_done;
    RequestHandle m_request;
    bool m_finished = false;
};

template <typename T>
RequestHandle startOffThreadCall(DensityClient *client, const RequestSpec &spec,
                                 typename OffThreadCall<T>::Decode decode, QObject *context,
                                 Handler<T> done) {
    QPointer<QObject> guard(context);
    auto *call = new OffThreadCall<T>(
        client, std::move(decode),
        [guard, hasContext = context != nullptr, done = std::move(done)](const Result<T> &r) {
            if (!hasContext || guard)
                done(r);
        });
    if (context)
        QObject::connect(context, &QObject::destroyed, call, &PendingCall::abort);
    RequestHandle handle(call);
    call->start(spec);
    return handle;
}

} // namespace Density
