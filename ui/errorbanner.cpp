#include "errorbanner.h"

#include "api/apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Density {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm tint that reads as "problem" on light and dark palettes alike; the text colour
    // stays the palette's own so contrast is the platform's.
    setStyleSheet(
        QStringLiteral("#errorBanner { background: rgba(214, 69, 65, 0.12); "
                       "border: 1px solid rgba(214, 69, 65, 0.55); border-radius: 4px; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

void ErrorBanner::showError(const ApiError &error) {
    showMessage(error.message(), true);
}

void ErrorBanner::showMessage(const QString &sentence, bool canRetry) {
    m_text->setText(sentence);
    m_retry->setVisible(canRetry);
    show();
}

QString ErrorBanner::message() const {
    return isHidden() ? QString() : m_text->text();
}

void ErrorBanner::dismiss() {
    hide();
    Q_EMIT dismissed();
}

} // namespace Density
