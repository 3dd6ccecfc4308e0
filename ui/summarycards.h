#pragma once

#include <QColor>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Density {

//! One figure of a summary card: the value as read ("3+", "42%", "No capacity set") and its
//! basis for the tooltip (what it is computed over, what was left out).
struct SummaryFigure {
    QString value;
    QString toolTip;
    bool warning = false; //!< drawn bold: the figure needs attention (no capacity, low data)
};

//! The figures under a chart: one card per figure for a single space; for compared spaces a
//! row per space under one line of titles, so eight spaces still fit. Titles and names wrap,
//! values never get cut.
class SummaryCards : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString name;
        QColor colour;
        QList<SummaryFigure> figures;
    };

    explicit SummaryCards(QWidget *parent = nullptr);

    void setContent(const QStringList &titles, const QList<Row> &rows);
    void clear() { setContent({}, {}); }

    int rowCount() const { return int(m_rows.size()); }
    QStringList titles() const { return m_titles; }
    QString valueText(int row, int column) const;
    QString toolTipText(int row, int column) const;
    //! The row whose name is `name`, or -1.
    int rowOf(const QString &name) const;

private:
    QWidget *card(const QString &title, const SummaryFigure &figure, bool large);

    QGridLayout *m_grid;
    QStringList m_titles;
    QList<Row> m_rows;
    QList<QWidget *> m_widgets;
};

} // namespace Density
