#pragma once

#include "api/result.h"

#include <QObject>

namespace Density {

//! Supplies the bearer token for each request. Static tokens answer at once; OAuth and
//! display credentials fetch and cache a short-lived token and renew it before it expires.
class TokenProvider : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    //! Calls `done` with a usable token (possibly synchronously).
    virtual void requestToken(std::function<void(const Result<QString> &)> done) = 0;
    //! A 401 means the token we hold is no longer good; forget it. Returns true when a
    //! fresh one can be fetched (so the failed request is worth one more try).
    virtual bool invalidate() { return false; }
};

//! A long-lived `tok_…` API token.
class StaticTokenProvider : public TokenProvider {
    Q_OBJECT
public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr);

    void requestToken(std::function<void(const Result<QString> &)> done) override;

private:
    QString m_token;
};

} // namespace Density
