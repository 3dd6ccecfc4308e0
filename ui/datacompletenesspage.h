#pragma once

#include "analyticspage.h"
#include "model/query.h"

#include <QDateTime>
#include <QTimeZone>
#include <functional>
#include <optional>

class QLabel;
class QTableView;

namespace Density {

class DataCompletenessModel;
class DensityClient;
class SpaceTreeModel;
class VisibleLoader;

//! Whether a floor's historical data is complete enough to trust (REFERENCE §3.1): for every
//! open-area floor of the selection (a room counts as its floor, a building or campus as all of
//! its floors), the share of expected data that has arrived in each 10-day data-status window of
//! the query's range. Below 100 % each cell names the most likely cause the app can tell (floor
//! in planning, data younger than about 8 hours, else sensors offline or missing data) as text
//! and colour; a legend explains the three causes. Floors without open-area sensors are listed
//! with a sentence saying completeness does not apply, instead of silently missing.
//!
//! Loads only while visible; a newer selection, query or client aborts the load still running.
class DataCompletenessPage : public AnalyticsPage {
    Q_OBJECT
public:
    explicit DataCompletenessPage(const SpaceTreeModel *spaces, QWidget *parent = nullptr);
    ~DataCompletenessPage() override;

    //! Not owned. Until set, the client the space tree was loaded from.
    void setClient(DensityClient *client) override;
    //! "Now" for the range and for which windows are still processing; the wall clock by
    //! default. The demo simulator has its own fixed now, so the dashboard passes its clock.
    void setClock(std::function<QDateTime()> clock) override;
    void setOrganization(const QString &name) override { m_organization = name; }

    void setSelection(const QList<Space> &spaces) override;
    void setQuery(const AnalyticsSelection &query) override;
    void reload() override;
    void cancel() override;
    bool isLoading() const override;

    bool canExport() const override;
    QImage exportImage(qreal devicePixelRatio = 2.0) const override;
    QByteArray exportCsv() const override;
    QString exportBaseName() const override;

    DataCompletenessModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    //! The range of the table shown (or loading); nullopt before the first load.
    std::optional<TimeRange> range() const { return m_range; }
    QString titleText() const;
    QString basisText() const;
    QString legendText() const;
    QString summaryText() const;
    QString messageText() const;
    QString detailsText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    DensityClient *client() const;
    void scheduleLoad();
    void start();
    void showMessage(const QString &message);
    void onModelReset();
    void updateTexts();
    void updateDetails();
    QString selectionName() const;

    const SpaceTreeModel *m_spaces;
    DensityClient *m_client = nullptr;
    std::function<QDateTime()> m_clock;
    QString m_organization;

    DataCompletenessModel *m_model;
    QWidget *m_body; //!< everything an exported picture shows
    QLabel *m_title;
    QLabel *m_basis;
    QLabel *m_legend;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_details;
    VisibleLoader *m_loader;

    QList<Space> m_selection;
    QList<Space> m_floors; //!< of the load running or the table shown
    AnalyticsSelection m_query;
    std::optional<TimeRange> m_range;
    QDateTime m_checkedAt; //!< the clock when the shown (or loading) range was asked for
    QTimeZone m_zone = QTimeZone::utc();
    bool m_zoneFallback = false;
    bool m_loaded = false;
    bool m_cancelled = false;
    std::pair<int, int> m_progress;
};

} // namespace Density
