#include "overviewpage.h"

#include "currentpresencepanel.h"
#include "models/spacetreemodel.h"
#include "spaceicons.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {
namespace {

QLabel *valueLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    // Long label lists, paths and translations wrap instead of widening the window.
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

OverviewPage::OverviewPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_body(new QWidget)
    , m_presence(new CurrentPresencePanel(m_body)) {
    m_empty->setText(tr("Select a space in the Spaces panel to see its details. Ctrl+click or "
                        "Shift+click to compare up to 8 spaces."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_scroll->setWidgetResizable(true);
    // It takes the keyboard focus (arrow keys scroll the cards): a screen reader names it.
    m_scroll->setAccessibleName(tr("Selected spaces"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(12, 0, 12, 12);
    body->setSpacing(0);
    body->addWidget(m_presence);
    body->addStretch(1);
    m_scroll->setWidget(m_body);
    connect(m_presence, &CurrentPresencePanel::failed, this, &OverviewPage::failed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll);
    setSelection({});
}

QString OverviewPage::capacityText(const Space &space) {
    if (space.capacity.hasValue() && space.capacity.value() > 0)
        return QLocale().toString(space.capacity.value());
    // Null and 0 both make utilization impossible (ARCHITECTURE §3); say which one it is, since
    // an admin fixes them differently.
    if (space.capacity.hasValue())
        return tr("No capacity set (the capacity is 0)");
    return tr("No capacity set");
}

void OverviewPage::setClient(DensityClient *client) {
    m_presence->setClient(client);
}

void OverviewPage::reload() {
    m_presence->refresh();
}

QList<Space> OverviewPage::presenceRows(const Space &space) const {
    QList<Space> rows;
    const Space *known = m_spaces ? m_spaces->spaceById(space.id) : nullptr;
    const QStringList children = known ? known->childrenIds : space.childrenIds;
    for (const QString &id : children) {
        if (const Space *child = m_spaces ? m_spaces->spaceById(id) : nullptr)
            rows.append(*child);
    }
    if (rows.isEmpty())
        return {known ? *known : space};
    std::stable_sort(rows.begin(), rows.end(), [](const Space &a, const Space &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return rows;
}

void OverviewPage::setSelection(const QList<Space> &spaces) {
    m_cards.clear();
    if (m_content)
        m_content->deleteLater();
    m_content = nullptr;
    m_empty->setVisible(spaces.isEmpty());
    m_scroll->setVisible(!spaces.isEmpty());
    if (spaces.isEmpty()) {
        m_presence->clear();
        return;
    }
    m_presence->setSpace(spaces.constFirst(), presenceRows(spaces.constFirst()));

    m_content = new QWidget(m_body);
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 12, 0, 12);
    grid->setSpacing(12);
    // One card uses the full width; compared spaces sit two abreast so 8 fit on a screen.
    const int columns = spaces.size() > 1 ? 2 : 1;
    m_cards.resize(spaces.size());
    for (int i = 0; i < spaces.size(); ++i)
        grid->addWidget(buildCard(spaces.at(i), &m_cards[i]), i / columns, i % columns,
                        Qt::AlignTop);
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    qobject_cast<QVBoxLayout *>(m_body->layout())->insertWidget(0, m_content);
}

QWidget *OverviewPage::buildCard(const Space &space, Card *card) {
    auto *frame = new QFrame(m_content);
    frame->setObjectName(QStringLiteral("spaceCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);

    auto *icon = new QLabel(frame);
    icon->setPixmap(SpaceIcons::forType(space.spaceType).pixmap(32, 32));
    card->title = valueLabel(space.name, frame);
    QFont font = card->title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    card->title->setFont(font);
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon, 0, Qt::AlignTop);
    heading->addWidget(card->title, 1);

    // One rich-text table instead of a form of word-wrapped labels: Qt lays out wrapped labels
    // in a form with gaps and misaligned rows, while a table wraps each cell in place and keeps
    // every label level with its value, in any language.
    QString rows;
    auto add = [&](Field field, const QString &label, const QString &value, bool warn = false) {
        card->values.insert(field, value);
        const QString shown = value.toHtmlEscaped();
        rows +=
            QStringLiteral("<tr><td style=\"padding: 2px 16px 2px 0; white-space: nowrap;\">%1</td>"
                           "<td style=\"padding: 2px 0;\">%2</td></tr>")
                .arg(label.toHtmlEscaped(), warn ? QStringLiteral("<b>%1</b>").arg(shown) : shown);
    };

    const QString notSet = tr("Not set");
    add(Field::Type, tr("Type:"), SpaceTreeModel::spaceTypeText(space.spaceType));
    const QStringList path = m_spaces ? m_spaces->ancestorNames(space.id) : QStringList();
    add(Field::Location, tr("Location:"), path.isEmpty() ? tr("Top level") : path.join(tr(" › ")));
    // Bold: without a capacity every utilization figure of this space is unavailable.
    add(Field::Capacity, tr("Capacity:"), capacityText(space), !space.hasUsableCapacity());
    add(Field::TimeZone, tr("Time zone:"),
        space.timeZone.isEmpty() ? tr("Not set (times are shown in UTC)") : space.timeZone);
    add(Field::CountingMode, tr("Counting mode:"),
        space.countingMode.hasValue() && !space.countingMode.value().isEmpty()
            ? SpaceTreeModel::countingModeText(space.countingMode.value())
            : notSet);
    add(Field::Function, tr("Function:"),
        space.function.hasValue() && !space.function.value().isEmpty()
            ? SpaceTreeModel::functionText(space.function.value())
            : notSet);
    QStringList labels;
    for (const Label &label : space.labels)
        labels.append(label.groupName.isEmpty() ? label.name
                                                : tr("%1 (%2)").arg(label.name, label.groupName));
    add(Field::Labels, tr("Labels:"), labels.isEmpty() ? tr("None") : labels.join(tr(", ")));
    add(Field::Id, tr("Space id:"), space.id);

    card->facts = valueLabel(
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>").arg(rows), frame);
    card->facts->setTextFormat(Qt::RichText);
    if (!space.hasUsableCapacity())
        card->facts->setToolTip(
            tr("Utilization needs a capacity above 0; set one in the space's settings."));

    auto *layout = new QVBoxLayout(frame);
    layout->addLayout(heading);
    layout->addWidget(card->facts);
    return frame;
}

QString OverviewPage::titleText(int card) const {
    return card >= 0 && card < m_cards.size() ? m_cards.at(card).title->text() : QString();
}

QString OverviewPage::valueText(int card, Field field) const {
    if (card < 0 || card >= m_cards.size())
        return {};
    return m_cards.at(card).values.value(field);
}

QString OverviewPage::emptyText() const {
    return m_empty->isHidden() ? QString() : m_empty->text();
}

} // namespace Density
