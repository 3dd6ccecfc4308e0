#include "summarycards.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Density {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void scaleFont(QLabel *label, qreal factor, bool bold) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

SummaryCards::SummaryCards(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
}

QWidget *SummaryCards::card(const QString &title, const SummaryFigure &figure, bool large) {
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("summaryCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    frame->setToolTip(figure.toolTip);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, large ? 8 : 4, 10, large ? 8 : 4);
    layout->setSpacing(2);
    if (!title.isEmpty()) {
        QLabel *caption = wrapped(title, frame);
        caption->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(caption);
    }
    QLabel *value = wrapped(figure.value, frame);
    value->setObjectName(QStringLiteral("summaryValue"));
    scaleFont(value, large ? 1.5 : 1.1, large || figure.warning);
    layout->addWidget(value);
    layout->addStretch(1);
    return frame;
}

void SummaryCards::setContent(const QStringList &titles, const QList<Row> &rows) {
    for (QWidget *widget : std::as_const(m_widgets))
        delete widget;
    m_widgets.clear();
    m_titles = titles;
    m_rows = rows;
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    if (rows.isEmpty())
        return;

    const bool single = rows.size() == 1;
    const int firstColumn = single ? 0 : 1;
    if (!single) {
        // One line of titles over all rows; each row starts with its space's colour and name.
        for (int c = 0; c < titles.size(); ++c) {
            QLabel *title = wrapped(titles.at(c), this);
            title->setForegroundRole(QPalette::PlaceholderText);
            title->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
            m_grid->addWidget(title, 0, firstColumn + c);
            m_widgets.append(title);
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (!single) {
            auto *name = new QLabel(this);
            name->setTextFormat(Qt::RichText);
            name->setWordWrap(true);
            name->setText(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                              .arg(row.colour.name(), row.name.toHtmlEscaped()));
            name->setToolTip(row.name);
            m_grid->addWidget(name, r + 1, 0);
            m_widgets.append(name);
        }
        for (int c = 0; c < row.figures.size(); ++c) {
            QWidget *cell = card(single ? titles.value(c) : QString(), row.figures.at(c), single);
            m_grid->addWidget(cell, single ? 0 : r + 1, firstColumn + c);
            m_widgets.append(cell);
        }
    }
    for (int c = 0; c < titles.size(); ++c)
        m_grid->setColumnStretch(firstColumn + c, 1);
    if (!single)
        m_grid->setColumnStretch(0, 1);
    // Shown now rather than on the next event-loop turn, so the size hints count them at once.
    for (QWidget *widget : std::as_const(m_widgets))
        widget->show();
}

QString SummaryCards::valueText(int row, int column) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).figures.value(column).value;
}

QString SummaryCards::toolTipText(int row, int column) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).figures.value(column).toolTip;
}

int SummaryCards::rowOf(const QString &name) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).name == name)
            return r;
    }
    return -1;
}

} // namespace Density
