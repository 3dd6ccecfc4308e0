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

    //! The role carrying Density::Availability as int; LivePresenceModel::AvailabilityRole
    //! unless set (other models, e.g. CurrentPresenceModel, have their own).
    void setAvailabilityRole(int role) { m_role = role; }
    //! When true the cell reads the symbol followed by the model's own text ("? Unknown: sensor
    //! offline") instead of the bare word.
    void setTextFromModel(bool fromModel) { m_textFromModel = fromModel; }

    //! What the cell reads, symbol included ("✓ Available").
    static QString text(Availability availability);
    //! The symbol alone: ✓, ■ or ?.
    static QString symbol(Availability availability);
    static QColor colour(Availability availability);
    //! The availability an index carries (LivePresenceModel::AvailabilityRole); Unknown when
    //! the role is missing.
    static Availability availabilityOf(const QModelIndex &index);
    static Availability availabilityOf(const QModelIndex &index, int role);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString cellText(const QModelIndex &index) const;

    int m_role = -1; //!< -1: LivePresenceModel::AvailabilityRole
    bool m_textFromModel = false;
};

} // namespace Density
