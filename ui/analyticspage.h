#pragma once

#include "model/space.h"
#include "models/analyticsselection.h"

#include <QDateTime>
#include <QImage>
#include <QWidget>

#include <functional>

namespace Density {

class DensityClient;

//! What the page area asks of each page. Pages receive the selected spaces (in selection
//! order, at most 8) and, if they chart data, the shared query; they report long work and
//! failures through signals so the window shows one progress and one error banner.
class AnalyticsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setSelection(const QList<Space> &spaces) = 0;
    //! The connection to load from (changes when the user connects or switches accounts).
    virtual void setClient(DensityClient *client) { Q_UNUSED(client) }
    //! How exports name the data's source ("Demo portfolio (simulated) at ...").
    virtual void setOrganization(const QString &name) { Q_UNUSED(name) }
    //! Pages that chart data show the query bar above them; Overview does not.
    virtual bool usesQuery() const { return true; }
    virtual void setQuery(const AnalyticsSelection &query) { Q_UNUSED(query) }
    //! "Now" for the page's ranges and ages; the wall clock by default (tests and the demo pin
    //! it to the simulator's).
    virtual void setClock(std::function<QDateTime()> clock) { Q_UNUSED(clock) }
    //! Re-runs the current query (Refresh, Retry); aborts one still running first.
    virtual void reload() {}
    //! Aborts the running query; what is shown stays.
    virtual void cancel() {}
    //! True while this page's query runs (the progress banner belongs to it).
    virtual bool isLoading() const { return false; }

    //! Export of what the page shows (File > Export). Pages without data return false.
    virtual bool canExport() const { return false; }
    //! The chart or heatmap as an image, at `devicePixelRatio` for crisp slides.
    virtual QImage exportImage(qreal devicePixelRatio = 2.0) const {
        Q_UNUSED(devicePixelRatio)
        return {};
    }
    //! The numbers behind it as CSV with the provenance comment block (core/export).
    virtual QByteArray exportCsv() const { return {}; }
    //! A file-name stem such as "occupancy-hudson-yards-floor-2".
    virtual QString exportBaseName() const { return QString(); }

Q_SIGNALS:
    //! `total` 0 = unknown length; `text` empty = "Loading window <done> of <total>".
    void progressChanged(int done, int total, const QString &text);
    void finished();
    void failed(const QString &sentence);
};

} // namespace Density
