#include "currentpresencepanel.h"

#include "api/densityclient.h"
#include "apptheme.h"
#include "liveavailabilitydelegate.h"
#include "models/currentpresencemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Density {
namespace {

QLabel *smallLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CurrentPresencePanel::CurrentPresencePanel(QWidget *parent)
    : QFrame(parent)
    , m_model(new CurrentPresenceModel(this))
    , m_title(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(smallLabel(this))
    , m_note(smallLabel(this))
    , m_error(smallLabel(this))
    , m_view(new QTableView(this))
    , m_legend(smallLabel(this)) {
    setObjectName(QStringLiteral("currentPresencePanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_refresh->setToolTip(tr("Ask for the current state now (it refreshes every minute while "
                             "this page is shown)."));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    colourError();
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);
    m_error->hide();
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setText(tr("\u2713 Available and \u25A0 Occupied come from a healthy sensor's "
                         "current reading. ? Unknown means the sensor is offline or degraded, or "
                         "there is no reading: such a space is never shown as available."));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Spaces right now"));
    auto *states = new LiveAvailabilityDelegate(m_view);
    states->setAvailabilityRole(CurrentPresenceModel::AvailabilityRole);
    states->setTextFromModel(true);
    m_view->setItemDelegateForColumn(CurrentPresenceModel::StateColumn, states);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setFrameShape(QFrame::NoFrame);
    // The page scrolls; the table shows every row at its full height instead of a second
    // scroll bar inside the first.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CurrentPresenceModel::SpaceColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_view);
    layout->addWidget(m_legend);

    m_timer.setInterval(DefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &CurrentPresencePanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &CurrentPresencePanel::refresh);
    connect(m_model, &CurrentPresenceModel::loadingChanged, this,
            &CurrentPresencePanel::onLoadingChanged);
    connect(m_model, &CurrentPresenceModel::loaded, this, &CurrentPresencePanel::onFinished);
    connect(m_model, &CurrentPresenceModel::failed, this, [this](const QString &) {
        onFinished();
        Q_EMIT failed(m_error->text());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CurrentPresencePanel::fitHeight);
    clear();
}

void CurrentPresencePanel::setClient(DensityClient *client) {
    if (client == m_model->client())
        return;
    m_model->setClient(client);
    m_dirty = true;
    loadIfShown();
}

void CurrentPresencePanel::setSpace(const Space &space, const QList<Space> &rows) {
    m_spaceName = space.name.isEmpty() ? space.id : space.name;
    m_title->setText(tr("Right now in %1").arg(m_spaceName));
    m_rows = rows;
    m_timeZone = space.timeZone;
    m_dirty = true;
    m_error->clear();
    m_error->hide();
    m_refresh->setEnabled(true);
    loadIfShown();
}

void CurrentPresencePanel::clear() {
    m_rows.clear();
    m_dirty = false;
    m_model->clear();
    m_title->setText(tr("Right now"));
    m_status->setText(tr("Select a space to see who is there now."));
    m_note->hide();
    m_error->hide();
    m_refresh->setEnabled(false);
}

void CurrentPresencePanel::setRefreshInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
}

void CurrentPresencePanel::refresh() {
    if (m_rows.isEmpty())
        return;
    if (m_dirty) {
        m_dirty = false;
        m_model->load(m_rows);
    } else {
        m_model->reload();
    }
}

void CurrentPresencePanel::loadIfShown() {
    // Loads (and the minute timer) run only while someone can see them.
    if (isVisible())
        refresh();
}

void CurrentPresencePanel::showEvent(QShowEvent *event) {
    QFrame::showEvent(event);
    m_timer.start();
    const QDateTime last = m_model->loadedAt();
    if (m_dirty || !last.isValid() ||
        last.msecsTo(QDateTime::currentDateTimeUtc()) >= m_timer.interval())
        refresh();
}

void CurrentPresencePanel::resizeEvent(QResizeEvent *event) {
    QFrame::resizeEvent(event);
    fitHeight();
}

void CurrentPresencePanel::hideEvent(QHideEvent *event) {
    QFrame::hideEvent(event);
    m_timer.stop();
}

void CurrentPresencePanel::onLoadingChanged(bool loading) {
    if (loading)
        m_status->setText(tr("Loading the current state\u2026"));
}

void CurrentPresencePanel::onFinished() {
    const QString time =
        QLocale().toString(m_model->loadedAt().toLocalTime().time(), QLocale::LongFormat);
    const QString basis = m_timeZone.isEmpty()
                              ? tr("Reading times are in UTC (the space has no time zone).")
                              : tr("Reading times are in %1.").arg(m_timeZone);
    m_status->setText(
        m_model->errorText().isEmpty()
            ? tr("Updated at %1; refreshes every minute while shown. %2").arg(time, basis)
            : tr("The update at %1 failed; it is tried again every minute while "
                 "shown. %2")
                  .arg(time, basis));
    const bool deprecated =
        m_model->presenceSource() == CurrentPresenceModel::PresenceSource::Deprecated;
    m_note->setText(deprecated ? tr("Health-aware presence is not available on this server, so "
                                    "presence comes from the deprecated endpoint, which cannot "
                                    "tell an empty space from an offline sensor.")
                               : QString());
    m_note->setVisible(deprecated);
    // The banner shows this sentence away from the panel, so it names the space.
    m_error->setText(m_model->errorText().isEmpty()
                         ? QString()
                         : tr("The current state of %1 could not be loaded. %2")
                               .arg(m_spaceName, m_model->errorText()));
    m_error->setVisible(!m_model->errorText().isEmpty());
    fitHeight();
}

void CurrentPresencePanel::fitHeight() {
    m_view->resizeRowsToContents();
    int height = m_view->horizontalHeader()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->rowHeight(row);
    // Long translations can make the columns wider than the panel: then the table scrolls
    // sideways, and its scroll bar must not cover the last row.
    if (m_view->horizontalHeader()->length() > m_view->viewport()->width())
        height += m_view->horizontalScrollBar()->sizeHint().height();
    m_view->setFixedHeight(height);
}

QString CurrentPresencePanel::titleText() const {
    return m_title->text();
}

QString CurrentPresencePanel::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

QString CurrentPresencePanel::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString CurrentPresencePanel::statusText() const {
    return m_status->text();
}

void CurrentPresencePanel::colourError() {
    // Red from the current palette, so the message keeps 4.5:1 on a light or a dark panel.
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, AppTheme::errorTextColour(palette()));
    m_error->setPalette(errorPalette);
}

void CurrentPresencePanel::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourError();
}

} // namespace Density
