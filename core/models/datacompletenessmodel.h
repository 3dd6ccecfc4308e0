#pragma once

#include "api/pendingcall.h"
#include "model/datastatus.h"
#include "model/query.h"
#include "model/space.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace Density {

class DensityClient;
class SpaceTreeModel;

//! How much of each floor's expected Open Area data has arrived (`/v3/analytics/data-status`,
//! REFERENCE §3.1): one row per floor, the floor's name in column 0 and one column per data-status
//! window (the API takes at most 10 days, so longer ranges come back as several windows and are
//! shown as such rather than averaged into one number that hides where the gap is).
//!
//! A value below 100 % has three documented causes: the floor is still in planning, the data is
//! less than about 8 hours old (still being processed), or sensors were offline. The API does
//! not say which; the model names the most likely one it can tell from the floor's status and
//! the window's age, and only as a likely cause. Floors the answer leaves out have no Open Area
//! sensors (the endpoint covers only those): they stay as rows that say so.
class DataCompletenessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    //! The likely reason for a cell's value, most specific first.
    enum class Reason {
        Complete,      //!< 100 %: all expected data has arrived
        Planning,      //!< `planning` status, or the window began before the go-live date
        Processing,    //!< the window reaches into the last ~8 hours (or the future)
        Offline,       //!< none of the above: sensors offline or data missing
        NoValue,       //!< the floor has a value in other windows but not in this one
        NotApplicable, //!< no Open Area sensors on the floor: completeness does not apply
    };
    Q_ENUM(Reason)

    enum Role {
        FloorIdRole = Qt::UserRole + 1,
        FractionRole,    //!< double 0..1, invalid when there is no value
        ReasonRole,      //!< int(Reason)
        ReasonTextRole,  //!< short likely cause ("Still processing")
        WindowStartRole, //!< QDateTime of the cell's window
        WindowEndRole,   //!< QDateTime, inclusive
    };

    //! Density processes data within about 8 hours (REFERENCE, Understand Historical Data).
    static constexpr qint64 ProcessingLagSeconds = 8 * 3600;
    //! "Do not apply" rows put their sentence in the first window column.
    static constexpr int FloorColumn = 0;

    explicit DataCompletenessModel(QObject *parent = nullptr);

    //! The floors a selection covers: a floor itself, the floor a room or space sits on, every
    //! floor of a building or campus. In tree order, each once.
    static QList<Space> floorsOf(const SpaceTreeModel &tree, const QList<Space> &selection);

    //! Zone the window headers are written in (the selection's own; UTC when invalid).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    //! Asks for `floors` over `range` (split into 10-day windows by the client); `now` decides
    //! which windows are still within the processing lag. A load still running is aborted, so
    //! an older answer never fills the table.
    void load(DensityClient *client, const QList<Space> &floors, const TimeRange &range,
              const QDateTime &now);
    void cancelLoad();
    bool isLoading() const { return m_loading; }
    //! Replaces the table (what load() does with the answer); public for tests and exports.
    void setResult(const QList<Space> &floors, const QList<DataStatusWindow> &windows,
                   const QDateTime &now);
    void clear();

    int floorCount() const { return int(m_floors.size()); }
    int windowCount() const { return int(m_windows.size()); }
    const Space &floor(int row) const { return m_floors.at(row); }
    //! The window's range as sent to the API.
    TimeRange window(int index) const;
    std::optional<double> fraction(int row, int window) const;
    Reason reason(int row, int window) const;
    //! False for floors without Open Area sensors (left out of every window of the answer).
    bool isApplicable(int row) const;
    QDateTime now() const { return m_now; }
    int count(Reason reason) const; //!< cells with that reason
    //! "4 floors: 2 complete, 1 still processing, 1 with gaps (likely offline sensors); 1 floor
    //! has no open-area sensors."
    QString summary() const;

    static QString percentText(double fraction);
    static QString reasonText(Reason reason);
    //! One sentence on what the reason means, for tooltips, the details line and exports.
    static QString reasonExplanation(Reason reason);
    //! Fixed English tags for CSV ("offline_or_missing").
    static QString reasonKey(Reason reason);
    static QString notApplicableText();
    //! "1 Nov – 10 Nov" in the model's zone, for headers and details.
    QString windowText(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    //! Windows answered so far, of `total`.
    void progressChanged(int done, int total);

private:
    struct Cell {
        std::optional<double> fraction;
        Reason reason = Reason::NotApplicable;
    };
    Reason reasonFor(const Space &floor, const TimeRange &window,
                     const std::optional<double> &fraction) const;

    QList<Space> m_floors;
    QList<TimeRange> m_windows;
    QList<QList<Cell>> m_cells; //!< [row][window]
    QList<bool> m_applicable;
    QDateTime m_now;
    QTimeZone m_zone = QTimeZone::utc();
    RequestHandle m_call;
    int m_generation = 0; //!< bumped by every load, so a stale answer is dropped
    bool m_loading = false;
};

} // namespace Density
