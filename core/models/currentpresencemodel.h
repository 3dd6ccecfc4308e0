#pragma once

#include "api/pendingcall.h"
#include "model/liveframe.h"
#include "model/presence.h"
#include "model/space.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Density {

class ApiError;
class DensityClient;

//! Right now, one row per space (the Overview's "current occupancy" panel): occupied,
//! available or unknown from the health-aware presence endpoint, the current count where the
//! space counts, how much of the last hour it was occupied, and when the reading was taken.
//!
//! One load is three calls in parallel: presence-health (the state), current occupancy (the
//! count) and short-term presence (the last hour). Only when presence-health itself is not
//! offered by the server (404, 405, 501) does the model ask the deprecated presence endpoint
//! instead, and says so through presenceSource(). A new load supersedes a running one: its
//! calls are aborted and any late answer is dropped, so an old reply never fills new rows.
class CurrentPresenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SpaceColumn, StateColumn, CountColumn, LastHourColumn, AsOfColumn, ColumnCount };
    enum Role {
        SpaceIdRole = Qt::UserRole + 1,
        AvailabilityRole, //!< Density::Availability as int
        HealthRole,       //!< HealthStatus as int; Unknown when nothing reported it
        ReadingAtRole,    //!< QDateTime (UTC) of the reading; invalid when none
    };
    enum class PresenceSource { None, HealthAware, Deprecated };

    //! Minutes of short-term presence asked for (REFERENCE §3.10 proposes 1 to 60).
    static constexpr int LookbackMinutes = 60;

    explicit CurrentPresenceModel(QObject *parent = nullptr);
    ~CurrentPresenceModel() override;

    //! Not owned. Changing it aborts a running load; the next load uses the new client.
    void setClient(DensityClient *client);
    DensityClient *client() const { return m_client; }

    //! Shows `spaces` (in this order) and loads them, superseding a running load. The same
    //! ids again keep their rows (and values) while the new answers arrive.
    void load(const QList<Space> &spaces);
    //! Loads the current rows again.
    void reload();
    //! Aborts and removes every row.
    void clear();

    bool isLoading() const { return m_pending > 0; }
    PresenceSource presenceSource() const { return m_source; }
    //! The sentence of the last load's failure; empty when it succeeded.
    QString errorText() const { return m_error; }
    //! When the last load finished (UTC), successfully or not.
    QDateTime loadedAt() const { return m_loadedAt; }
    //! The clock for loadedAt() and for "today" in the as-of texts; tests inject a fixed one.
    void setClock(std::function<QDateTime()> now);

    QString spaceIdAt(int row) const;
    int rowOf(const QString &spaceId) const;
    //! Occupied / Available only from a healthy reading; anything else is Unknown.
    Availability availability(int row) const;
    //! "Occupied", "Available" or "Unknown: sensor offline" (the reason follows the word).
    QString stateText(int row) const;
    //! "3 people", "3+ people" for a capped Waffle count, "—" when the count cannot be trusted.
    QString countText(int row) const;

    //! "3 people" or, capped, "3+ people" (ARCHITECTURE §3: a capped count is never "3").
    static QString peopleText(const CurrentCount &count);
    //! True for 404, 405 and 501: the server does not offer the route at all.
    static bool isNotOffered(const ApiError &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! A load finished and every part answered (a fallback to deprecated presence counts).
    void loaded();
    //! A load finished with at least one part failing; rows show Unknown for what is missing.
    void failed(const QString &sentence);

private:
    struct Row {
        Space space;
        std::optional<HealthPresence> presence; //!< from presence-health
        std::optional<bool> plainPresence;      //!< from the deprecated endpoint
        std::optional<CurrentCount> count;
        std::optional<QList<PresencePoint>> lastHour;
    };

    void start();
    void startDeprecatedPresence(quint64 generation);
    void partDone(quint64 generation, const QString &problem);
    void abortAll();
    const Row *row(int index) const;
    HealthStatus health(const Row &row) const;
    QString asOfText(const Row &row) const;
    QString lastHourText(const Row &row) const;

    QPointer<DensityClient> m_client;
    QList<Row> m_rows;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<RequestHandle> m_calls;
    QStringList m_problems; //!< failures of the running load, first one first
    PresenceSource m_source = PresenceSource::None;
    QString m_error;
    QDateTime m_loadedAt;
    std::function<QDateTime()> m_now;
};

} // namespace Density
