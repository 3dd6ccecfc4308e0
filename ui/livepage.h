#pragma once

#include "analyticspage.h"
#include "live/livefeed.h"

#include <QHash>
#include <functional>
#include <memory>

class QAbstractButton;
class QLabel;
class QListView;
class QStackedWidget;
class QTableView;

namespace Density {

class DensityClient;
class LiveConnectionIndicator;
class LivePresenceModel;

//! Right now, per space of one floor: available, occupied or unknown, the reading, health and
//! its age, under an indicator of the connection. It streams only while shown: a hidden page
//! or a new selection stops the feed, and a new floor's feed supersedes the old one. The spaces
//! show as a list (a table) or as a grid of tiles; a failed feed is reported through `failed`
//! so the window's error banner says it too.
class LivePage : public AnalyticsPage {
    Q_OBJECT
public:
    enum class ViewMode { List, Grid };

    //! Maps a selected space's id to the id of its floor (itself for a floor; empty when it has
    //! none, e.g. a building).
    using FloorResolver = std::function<QString(const QString &spaceId)>;

    explicit LivePage(DensityClient *client, QWidget *parent = nullptr);
    ~LivePage() override;

    void setFloorResolver(FloorResolver resolver);
    //! Display names for space ids (the tree's names); ids are shown otherwise.
    void setSpaceNames(const QHash<QString, QString> &names);
    //! Tests shorten the minute-long refresh period; applies to the next feed.
    void setFeedTiming(const LiveFeed::Timing &timing);

    void setSelection(const QList<Space> &spaces) override;
    //! A new connection: the stream of the old one closes and, if shown, reopens on the new.
    void setClient(DensityClient *client) override;
    bool usesQuery() const override { return false; }
    //! Follows `floorId` directly (wall screens, `--view live --space`); empty = none.
    void setFloor(const QString &floorId);

    QString floorId() const { return m_floorId; }
    LiveFeed *feed() const { return m_feed.get(); }
    LivePresenceModel *model() const { return m_model; }
    LiveConnectionIndicator *indicator() const { return m_indicator; }
    QTableView *view() const { return m_view; }
    //! The tiles (a QListView in icon mode over the same rows).
    QListView *gridView() const { return m_grid; }
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    QAbstractButton *listButton() const { return m_listButton; }
    QAbstractButton *gridButton() const { return m_gridButton; }
    QString titleText() const;
    QString legendText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateTitle();
    void onFeedState(LiveFeed::State state, const QString &reason);

    DensityClient *m_client;
    FloorResolver m_resolver;
    QHash<QString, QString> m_names;
    LiveFeed::Timing m_timing;
    QString m_floorId;
    std::unique_ptr<LiveFeed> m_feed;

    QLabel *m_title;
    LiveConnectionIndicator *m_indicator;
    LivePresenceModel *m_model;
    QTableView *m_view;
    QListView *m_grid;
    QStackedWidget *m_views;
    QAbstractButton *m_listButton;
    QAbstractButton *m_gridButton;
    ViewMode m_mode = ViewMode::List;
    QLabel *m_legend;
};

} // namespace Density
