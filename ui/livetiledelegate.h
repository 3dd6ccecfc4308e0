#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Density {

//! One live space as a tile for the Live page's grid (a QListView in icon mode over
//! LivePresenceModel): a colour band with the state's symbol and word, the space's name, the
//! presence or count (dimmed "last: …" when it is not current, as LiveValueDelegate) and the
//! age of the reading. Every line is text, so a tile reads without its colour.
class LiveTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    //! The tile's lines for the row of `index`: name, state (with the sensor's health when it
    //! is not healthy: "? Unknown (offline)"), value, age.
    static QStringList lines(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Density
