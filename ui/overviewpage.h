#pragma once

#include "analyticspage.h"

#include <QHash>

class QLabel;
class QScrollArea;
class QGridLayout;

namespace Density {

class SpaceTreeModel;

//! The selected spaces' facts side by side: type, location, capacity (with "no capacity set"
//! for null and 0, because utilization depends on it), time zone, counting mode, function and
//! labels. Admins use it to spot a wrong capacity before it corrupts every utilization figure.
class OverviewPage : public AnalyticsPage {
    Q_OBJECT
public:
    enum class Field { Type, Location, Capacity, TimeZone, CountingMode, Function, Labels, Id };

    explicit OverviewPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    void setSelection(const QList<Space> &spaces) override;
    bool usesQuery() const override { return false; }

    int cardCount() const { return int(m_cards.size()); }
    QString titleText(int card) const;
    QString valueText(int card, Field field) const;
    QString emptyText() const;

    static QString capacityText(const Space &space);

private:
    struct Card {
        QLabel *title = nullptr;
        QLabel *facts = nullptr; //!< all rows in one rich-text table (see buildCard)
        QHash<Field, QString> values;
    };
    QWidget *buildCard(const Space &space, Card *card);

    const SpaceTreeModel *m_spaces;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QList<Card> m_cards;
};

} // namespace Density
