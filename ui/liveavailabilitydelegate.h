#pragma once

#include "model/liveframe.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Density {

//! Paints a live space's availability as a colour band plus a symbol and a word, so it reads
//! without colour (colour-blind viewers, greyscale screenshots). Unknown is neutral grey and
//! never green: a stale or unhealthy space must not look free (ARCHITECTURE §3).
class LiveAvailabilityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    //! What the cell reads, symbol included ("✓ Available").
    static QString text(Availability availability);
    static QColor colour(Availability availability);
    //! The availability an index carries (LivePresenceModel::AvailabilityRole); Unknown when
    //! the role is missing.
    static Availability availabilityOf(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Density
