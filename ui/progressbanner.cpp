#include "progressbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Density {

ProgressBanner::ProgressBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("progressBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#progressBanner { background: rgba(61, 97, 134, 0.10); "
                       "border: 1px solid rgba(61, 97, 134, 0.45); border-radius: 4px; }"));
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(220);
    m_bar->setMinimumWidth(120);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        finish();
        Q_EMIT cancelRequested();
    });
    hide();
}

void ProgressBanner::setProgress(int done, int total, const QString &text) {
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(std::clamp(done, 0, total));
    } else {
        m_bar->setRange(0, 0); // busy indicator
    }
    m_text->setText(!text.isEmpty() ? text
                    : total > 0     ? tr("Loading window %1 of %2").arg(done).arg(total)
                                    : tr("Loading…"));
    show();
}

QString ProgressBanner::text() const {
    return m_text->text();
}

void ProgressBanner::finish() {
    hide();
}

} // namespace Density
