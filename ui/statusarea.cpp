#include "statusarea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace Density {

StatusArea::StatusArea(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_refresh(new QLabel(this))
    , m_requests(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_requests);
    layout->addWidget(m_refresh);
    layout->addWidget(m_connection);
    // Empty until the first refresh: on the welcome screen there is nothing to be fresh.
    setRequestsInFlight(0);
}

void StatusArea::setConnection(const QString &text, const QString &toolTip) {
    m_connection->setText(text);
    m_connection->setToolTip(toolTip);
}

void StatusArea::setLastRefresh(const QDateTime &when) {
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    // Time only when it was today; a stale date must be visible as a date.
    const QString text = local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    m_refresh->setText(tr("Refreshed %1").arg(text));
    m_refresh->setToolTip(locale.toString(local, QLocale::LongFormat));
}

void StatusArea::setRequestsInFlight(int count) {
    // A count after a colon reads correctly for 1 and many without plural forms.
    m_requests->setText(count > 0 ? tr("Requests in flight: %1").arg(count)
                                  : tr("No requests in flight"));
    //! As wide as its widest text: the status bar does not jump (nor clip the text for a
    //! moment before the next layout) each time a page's requests start and end.
    const QFontMetrics metrics = m_requests->fontMetrics();
    m_requests->setMinimumWidth(
        std::max({metrics.horizontalAdvance(tr("No requests in flight")),
                  metrics.horizontalAdvance(tr("Requests in flight: %1").arg(88)),
                  metrics.horizontalAdvance(m_requests->text())}) +
        2 * m_requests->margin());
}

QString StatusArea::connectionText() const {
    return m_connection->text();
}

QString StatusArea::lastRefreshText() const {
    return m_refresh->text();
}

QString StatusArea::requestsText() const {
    return m_requests->text();
}

} // namespace Density
