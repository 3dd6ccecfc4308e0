#include "liveavailabilitydelegate.h"

#include "models/livepresencemodel.h"

#include <QApplication>
#include <QPainter>

namespace Density {

namespace {
constexpr int BandWidth = 8;
constexpr int Padding = 6;
} // namespace

QString LiveAvailabilityDelegate::symbol(Availability availability) {
    switch (availability) {
    case Availability::Available:
        return QStringLiteral("\u2713"); // ✓
    case Availability::Occupied:
        return QStringLiteral("\u25A0"); // ■
    case Availability::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString LiveAvailabilityDelegate::text(Availability availability) {
    switch (availability) {
    case Availability::Available:
        return symbol(availability) + QLatin1Char(' ') + tr("Available");
    case Availability::Occupied:
        return symbol(availability) + QLatin1Char(' ') + tr("Occupied");
    case Availability::Unknown:
        break;
    }
    return symbol(availability) + QLatin1Char(' ') + tr("Unknown");
}

QColor LiveAvailabilityDelegate::colour(Availability availability) {
    // Dark enough for the tiles' white, bold word on it (4.5:1 or better) and still 3:1
    // against the dark theme's base (tst_accessibility).
    switch (availability) {
    case Availability::Available:
        return QColor(0x1a, 0x7f, 0x37); // green, 5.1:1 with white
    case Availability::Occupied:
        return QColor(0xd0, 0x3a, 0x2f); // red, 4.9:1
    case Availability::Unknown:
        break;
    }
    return QColor(0x70, 0x70, 0x70); // neutral grey, 5.0:1
}

Availability LiveAvailabilityDelegate::availabilityOf(const QModelIndex &index) {
    return availabilityOf(index, LivePresenceModel::AvailabilityRole);
}

Availability LiveAvailabilityDelegate::availabilityOf(const QModelIndex &index, int role) {
    const QVariant value = index.data(role);
    if (!value.isValid())
        return Availability::Unknown;
    switch (value.toInt()) {
    case int(Availability::Available):
        return Availability::Available;
    case int(Availability::Occupied):
        return Availability::Occupied;
    default:
        return Availability::Unknown;
    }
}

void LiveAvailabilityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style paints background and selection; the words are ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Availability availability =
        availabilityOf(index, m_role < 0 ? int(LivePresenceModel::AvailabilityRole) : m_role);
    const QColor tint = colour(availability);
    painter->save();
    // A faint wash over the whole cell and a solid band at its start: the band carries the
    // colour, the wash groups the row at a glance, and the text stays in the palette colour.
    QColor wash = tint;
    wash.setAlpha(48);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    if (!(option.state & QStyle::State_Selected))
        painter->fillRect(cell, wash);
    painter->fillRect(QRect(cell.left(), cell.top(), BandWidth, cell.height()), tint);

    const QRect textRect = cell.adjusted(BandWidth + Padding, 0, -Padding, 0);
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(option.palette.color(
        group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    QFont font = option.font;
    font.setBold(availability != Availability::Unknown);
    painter->setFont(font);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(font).elidedText(cellText(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QString LiveAvailabilityDelegate::cellText(const QModelIndex &index) const {
    const Availability availability =
        availabilityOf(index, m_role < 0 ? int(LivePresenceModel::AvailabilityRole) : m_role);
    if (!m_textFromModel)
        return text(availability);
    return symbol(availability) + QLatin1Char(' ') + index.data().toString();
}

QSize LiveAvailabilityDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (Availability a : {Availability::Available, Availability::Occupied, Availability::Unknown})
        widest = std::max(widest, metrics.horizontalAdvance(text(a)));
    if (m_textFromModel)
        widest = std::max(widest, metrics.horizontalAdvance(cellText(index)));
    size.setWidth(std::max(size.width(), widest + BandWidth + 3 * Padding));
    size.setHeight(std::max(size.height(), metrics.height() + 8));
    return size;
}

} // namespace Density
