#include "livetiledelegate.h"

#include "liveavailabilitydelegate.h"
#include "livevaluedelegate.h"
#include "model/health.h"
#include "models/livepresencemodel.h"

#include <QApplication>
#include <QPainter>

namespace Density {
namespace {
constexpr int BandHeight = 26;
constexpr int Padding = 8;
constexpr int TileChars = 22; //!< the tile's width in average characters
} // namespace

QStringList LiveTileDelegate::lines(const QModelIndex &index) {
    const auto column = [&index](int c) { return index.siblingAtColumn(c); };
    const QString age = column(LivePresenceModel::AgeColumn).data().toString();
    QString state = LiveAvailabilityDelegate::text(
        LiveAvailabilityDelegate::availabilityOf(column(LivePresenceModel::AvailabilityColumn)));
    // The list has a health column; a tile names an unhealthy sensor in its band instead.
    const QString health = column(LivePresenceModel::HealthColumn).data().toString();
    const auto status = HealthStatus(
        column(LivePresenceModel::HealthColumn).data(LivePresenceModel::HealthStatusRole).toInt());
    if (!health.isEmpty() && status != HealthStatus::Healthy)
        state = tr("%1 (%2)").arg(state, health);
    return {column(LivePresenceModel::SpaceColumn).data().toString(), state,
            LiveValueDelegate::shownText(index), age.isEmpty() ? QStringLiteral("\u2014") : age};
}

void LiveTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const QStringList text = lines(index);
    const Availability availability = LiveAvailabilityDelegate::availabilityOf(
        index.siblingAtColumn(LivePresenceModel::AvailabilityColumn));
    const QColor tint = LiveAvailabilityDelegate::colour(availability);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect tile = option.rect.adjusted(3, 3, -3, -3);
    QColor wash = tint;
    wash.setAlpha(36);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : tint, selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillRect(tile.adjusted(1, BandHeight, -1, -1), wash);

    // The band: the state's colour with its symbol and word in white, bold.
    const QRect band(tile.left() + 1, tile.top() + 1, tile.width() - 2, BandHeight - 1);
    painter->fillRect(band, tint);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    const QRect bandText = band.adjusted(Padding, 0, -Padding, 0);
    painter->drawText(bandText, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(text.at(1), Qt::ElideRight, bandText.width()));

    // Name, value and age under the band.
    const QFontMetrics plain(option.font);
    const int line = plain.height() + 2;
    QRect row(tile.left() + Padding, band.bottom() + 5, tile.width() - 2 * Padding, line);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(row, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(text.at(0), Qt::ElideRight, row.width()));
    row.translate(0, line);
    QFont value = option.font;
    const bool current = LiveValueDelegate::isCurrent(index);
    value.setItalic(!current);
    painter->setFont(value);
    painter->setPen(palette.color(current ? QPalette::Text : QPalette::PlaceholderText));
    painter->drawText(row, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(value).elidedText(text.at(2), Qt::ElideRight, row.width()));
    row.translate(0, line);
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(row, Qt::AlignVCenter | Qt::AlignLeft,
                      plain.elidedText(text.at(3), Qt::ElideRight, row.width()));
    painter->restore();
}

QSize LiveTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    const QFontMetrics metrics(option.font);
    const int width = std::max(180, metrics.averageCharWidth() * TileChars + 2 * Padding);
    const int height = 6 + BandHeight + 5 + 3 * (metrics.height() + 2) + Padding;
    return {width, height};
}

} // namespace Density
