#pragma once

#include "analyticspage.h"

class QLabel;

namespace Density {

//! Stands in for a chart page until its charts land: states plainly that charts come next and
//! echoes the query it would run, so the query bar can be tried and tested end to end.
class ChartPlaceholderPage : public AnalyticsPage {
    Q_OBJECT
public:
    ChartPlaceholderPage(const QString &title, const QString &description,
                         QWidget *parent = nullptr);

    void setSelection(const QList<Space> &spaces) override;
    void setQuery(const AnalyticsSelection &query) override;
    QString queryText() const;

private:
    void updateText();

    QLabel *m_query;
    QList<Space> m_spaces;
    AnalyticsSelection m_selection;
};

} // namespace Density
