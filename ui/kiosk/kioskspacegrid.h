#pragma once

#include "models/kioskfloormodel.h"

#include <QList>
#include <QPointer>
#include <QRectF>
#include <QWidget>

namespace Density {

//! The wall screen's spaces: one tile per space, grouped by function (meeting rooms, phone
//! booths, desks, others), each with a colour band, a symbol and a state word, so the state is
//! never told by colour alone. Tile size follows the widget; when a floor has more spaces than
//! fit at a legible size, the largest groups are folded into one line of counts.
//! While the floor is offline every tile reads "Unknown" and its last known state is shown
//! beneath, dimmed (KioskFloorModel's rule: a remembered state is never "free now").
class KioskSpaceGrid : public QWidget {
    Q_OBJECT
public:
    explicit KioskSpaceGrid(QWidget *parent = nullptr);

    //! While offline, tiles (background and band) are painted at this opacity: the last known
    //! state is visible, plainly not current.
    static constexpr double OfflineOpacity = 0.55;
    //! ... but their text fully opaque: the dimmed colour and the word "Unknown, last: …" say
    //! it is not current, and faded text would fall below 4.5:1 (tst_accessibility).
    static constexpr double OfflineTextOpacity = 1.0;

    void setModel(KioskFloorModel *model);
    //! The height of 1080p equals 1: fonts and spacing scale with it.
    void setScale(double scale);

    //! One painted item: a tile (row >= 0) or a folded group's line (row == -1).
    struct Item {
        QRectF rect = {};
        int row = -1;
        int group = 0;
        QString text = {}; //!< what the item says, for tests and accessibility
    };
    //! Group headers and tiles laid out for the current size (tests read them).
    QList<Item> items() const;
    QList<Item> headers() const;
    //! Groups shown as a line of counts instead of tiles.
    QList<int> foldedGroups() const { return m_folded; }
    double tileHeight() const { return m_tileHeight; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    QString tileStateText(int row) const;
    QString foldedText(int group) const;
    QString headerText(int group) const;
    void updateAccessibleDescription();

    QPointer<KioskFloorModel> m_model;
    double m_scale = 1;
    double m_tileHeight = 0;
    QList<Item> m_items;
    QList<Item> m_headers;
    QList<int> m_folded;
};

//! Band colour, symbol and word for an availability: shared by the tiles and the big figures.
struct KioskStateStyle {
    QColor band;
    QString symbol;
    QString word;
    static KioskStateStyle of(int availability, bool dark);
};

} // namespace Density
