#pragma once

#include "analyticspage.h"

#include <QHash>

class QLabel;
class QScrollArea;
class QGridLayout;

namespace Density {

class CurrentPresencePanel;
class SpaceTreeModel;

//! The selected spaces' facts side by side: type, location, capacity (with "no capacity set"
//! for null and 0, because utilization depends on it), time zone, counting mode, function and
//! labels. Admins use it to spot a wrong capacity before it corrupts every utilization figure.
//! Below the cards, the first selected space's children right now (CurrentPresencePanel).
class OverviewPage : public AnalyticsPage {
    Q_OBJECT
public:
    enum class Field { Type, Location, Capacity, TimeZone, CountingMode, Function, Labels, Id };

    explicit OverviewPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    void setSelection(const QList<Space> &spaces) override;
    void setClient(DensityClient *client) override;
    bool usesQuery() const override { return false; }
    void reload() override;

    int cardCount() const { return int(m_cards.size()); }
    QString titleText(int card) const;
    QString valueText(int card, Field field) const;
    QString emptyText() const;

    static QString capacityText(const Space &space);
    CurrentPresencePanel *presencePanel() const { return m_presence; }
    //! What the panel lists for `space`: its children by name, or the space itself when it has
    //! none (a room).
    QList<Space> presenceRows(const Space &space) const;

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
    QWidget *m_body;              //!< the scroll area's widget: cards, then the panel
    QWidget *m_content = nullptr; //!< the cards, rebuilt per selection
    CurrentPresencePanel *m_presence;
    QList<Card> m_cards;
};

} // namespace Density
