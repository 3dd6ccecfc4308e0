#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace Density {

//! The permanent part of the status bar: which connection the numbers come from (demo or an
//! account's host), when the data was last refreshed, and how many requests are in flight —
//! the freshness users ask for (USERS.md: "visible data freshness").
class StatusArea : public QWidget {
    Q_OBJECT
public:
    explicit StatusArea(QWidget *parent = nullptr);

    void setConnection(const QString &text, const QString &toolTip = {});
    void setLastRefresh(const QDateTime &when);
    void setRequestsInFlight(int count);

    QString connectionText() const;
    QString lastRefreshText() const;
    QString requestsText() const;

private:
    QLabel *m_connection;
    QLabel *m_refresh;
    QLabel *m_requests;
};

} // namespace Density
