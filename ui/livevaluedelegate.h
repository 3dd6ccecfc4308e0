#pragma once

#include <QStyledItemDelegate>

namespace Density {

//! Paints the Live page's "Presence / count" cell so that a reading nobody can vouch for any
//! more does not pass for the current one. When the row's availability is Unknown (the feed is
//! stale, reconnecting or stopped, or the space's sensor is unhealthy) the cell reads
//! "last: 2 people", dimmed and in italics; with no reading at all it reads "—".
//!
//! Why "last: …" rather than a bare "—": the last reading still helps someone deciding whether
//! to walk over (and the age column says how old it is), but the prefix, the dim colour and the
//! slant each say "not now", so it is never read as the current state, even in greyscale.
class LiveValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    //! True when the row's reading is current: its availability (LivePresenceModel's
    //! AvailabilityRole, read from any column of the row) is Available or Occupied.
    static bool isCurrent(const QModelIndex &index);
    //! What the value cell of `index`'s row reads: "2 people", "last: 2 people" or "—".
    static QString shownText(const QModelIndex &index);

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Density
