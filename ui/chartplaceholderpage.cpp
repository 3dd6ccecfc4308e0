#include "chartplaceholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Density {

ChartPlaceholderPage::ChartPlaceholderPage(const QString &title, const QString &description,
                                           QWidget *parent)
    : AnalyticsPage(parent)
    , m_query(new QLabel(this)) {
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    auto *about = new QLabel(description, this);
    about->setWordWrap(true);
    auto *next = new QLabel(tr("Charts arrive in the next step."), this);
    next->setWordWrap(true);
    m_query->setWordWrap(true);
    m_query->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_query->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(8);
    layout->addWidget(next);
    layout->addWidget(m_query);
    layout->addStretch();
    updateText();
}

void ChartPlaceholderPage::setSelection(const QList<Space> &spaces) {
    m_spaces = spaces;
    updateText();
}

void ChartPlaceholderPage::setQuery(const AnalyticsSelection &query) {
    m_selection = query;
    updateText();
}

QString ChartPlaceholderPage::queryText() const {
    return m_query->text();
}

void ChartPlaceholderPage::updateText() {
    if (m_spaces.isEmpty()) {
        m_query->setText(tr("Select one space, or up to 8 to compare, in the Spaces panel."));
        return;
    }
    QStringList names;
    for (const Space &space : m_spaces)
        names.append(space.name);
    const QString resolution =
        m_selection.resolution ? timeResolutionText(*m_selection.resolution) : tr("Automatic");
    m_query->setText(
        tr("Will chart: %1. Range: %2. Resolution: %3.")
            .arg(names.join(tr(", ")), DateRanges::presetName(m_selection.preset), resolution));
}

} // namespace Density
