#include "adminform.h"

#include "apptheme.h"

#include "api/densityclient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Density {
namespace {

enum class Tone { Normal, Warning, Error };

//! The same reds and ambers as the rest of the app's states, chosen from the form's palette so
//! they keep 4.5:1 on light and dark windows; text carries a symbol as well, so an error never
//! depends on colour alone. Normal text inherits the palette (and so follows a theme change).
void colourLabel(QLabel *label, Tone tone, const QPalette &form) {
    if (tone == Tone::Normal) {
        label->setPalette(QPalette());
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Error ? AppTheme::errorTextColour(form)
                                                               : AppTheme::warningTextColour(form));
    label->setPalette(palette);
}

} // namespace

AdminForm::AdminForm(QWidget *parent)
    : QWidget(parent)
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_reload(new QPushButton(tr("&Reload"), this)) {
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Form status"));
    m_busy->setRange(0, 0); // loads and applies have no measurable length
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_apply->setDefault(true);
    m_reload->setToolTip(tr("Read the current values again, discarding unapplied edits"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_reload, &QPushButton::clicked, this, &AdminForm::reload);
    setState(State::Idle);
}

void AdminForm::setClient(DensityClient *client) {
    m_client = client;
    m_reload->setEnabled(m_client && m_state != State::Loading && m_state != State::Applying);
}

DensityClient *AdminForm::client() const {
    return m_client;
}

void AdminForm::setActivityLog(ActivityLog *log, const QString &connection) {
    m_log = log;
    m_connection = connection;
}

void AdminForm::describeChange(const QString &action, const QString &target, const QString &before,
                               const QString &after) {
    ActivityEntry entry;
    entry.connection = m_connection;
    entry.action = action;
    entry.target = target;
    entry.before = before;
    entry.after = after;
    m_change = entry;
}

void AdminForm::recordOutcome(ActivityEntry::Outcome outcome, const QString &detail) {
    if (!m_change)
        return;
    ActivityEntry entry = *m_change;
    m_change.reset();
    entry.outcome = outcome;
    entry.detail = detail;
    if (m_log)
        m_log->record(entry);
}

void AdminForm::reload() {
    m_running.abort();
    m_dirty = false;
    setState(State::Loading);
    showStatus(tr("Loading the current values\u2026"), false);
    load();
}

bool AdminForm::submit() {
    if (m_state == State::Loading || m_state == State::Applying)
        return false;
    runValidation();
    if (hasErrors()) {
        showStatus(tr("\u2716 Fix the fields marked above; nothing was sent."), true);
        return false;
    }
    setState(State::Applying);
    showStatus(tr("Applying\u2026"), false);
    apply();
    return true;
}

void AdminForm::cancel() {
    if (!m_running.isRunning() && m_state != State::Loading && m_state != State::Applying)
        return;
    const bool wasApplying = m_state == State::Applying;
    m_running.abort();
    if (wasApplying)
        recordOutcome(ActivityEntry::Outcome::Failed,
                      tr("Cancelled while applying; the change may have been applied."));
    setState(State::Ready);
    showStatus(wasApplying ? tr("Cancelled. A change already sent may have been applied; "
                                "Reload shows the current values.")
                           : tr("Loading cancelled."),
               wasApplying);
}

bool AdminForm::hasErrors() const {
    for (const FieldMessage &message : m_messages) {
        if (message.isError && !message.label->text().isEmpty())
            return true;
    }
    return false;
}

QString AdminForm::fieldMessage(const QWidget *field) const {
    const auto it = m_messages.constFind(field);
    return it == m_messages.constEnd() ? QString() : it->label->text();
}

bool AdminForm::fieldHasError(const QWidget *field) const {
    const auto it = m_messages.constFind(field);
    return it != m_messages.constEnd() && it->isError && !it->label->text().isEmpty();
}

QString AdminForm::statusText() const {
    return m_status->text();
}

void AdminForm::addField(const QString &label, QWidget *field) {
    // The field and its message share a cell, so the message sits right under what it is about.
    auto *cell = new QWidget(m_fields);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    field->setParent(cell);
    cellLayout->addWidget(field);
    auto *message = new QLabel(cell);
    message->setWordWrap(true);
    message->hide();
    cellLayout->addWidget(message);
    m_messages.insert(field, {message, false});
    auto *caption = new QLabel(label, m_fields);
    caption->setBuddy(field);
    m_form->addRow(caption, cell);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void AdminForm::addRow(QWidget *widget) {
    widget->setParent(m_fields);
    m_form->addRow(widget);
}

void AdminForm::setFieldError(QWidget *field, const QString &message) {
    setFieldMessage(field, message.isEmpty() ? message : QStringLiteral("\u2716 ") + message, true);
}

void AdminForm::setFieldWarning(QWidget *field, const QString &message) {
    setFieldMessage(field, message.isEmpty() ? message : QStringLiteral("\u26A0 ") + message,
                    false);
}

void AdminForm::setFieldMessage(QWidget *field, const QString &message, bool isError) {
    const auto it = m_messages.find(field);
    Q_ASSERT_X(it != m_messages.end(), "AdminForm", "a field not added with addField()");
    if (it == m_messages.end())
        return;
    // The first finding per field wins: validate() checks in order of importance.
    if (!it->label->text().isEmpty() && !message.isEmpty())
        return;
    it->isError = isError;
    it->label->setText(message);
    it->label->setVisible(!message.isEmpty());
    colourLabel(it->label, isError ? Tone::Error : Tone::Warning, palette());
    field->setAccessibleDescription(message);
}

void AdminForm::fieldEdited() {
    if (m_filling)
        return;
    m_dirty = true;
    runValidation();
    if (m_state == State::Ready && !hasErrors())
        showStatus(tr("Edited; Apply sends the changes."), false);
}

void AdminForm::runValidation() {
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        it->label->clear();
        it->label->hide();
        it->isError = false;
    }
    validate();
    m_apply->setEnabled(m_state == State::Ready && !hasErrors());
}

void AdminForm::loadSucceeded() {
    m_dirty = false;
    setState(State::Ready);
    runValidation();
    showStatus(QString(), false);
    Q_EMIT loaded();
}

void AdminForm::loadFailed(const ApiError &error) {
    setState(State::Ready);
    showStatus(tr("\u2716 Could not load the current values: %1").arg(error.message()), true);
}

void AdminForm::applySucceeded(const QString &summary) {
    m_dirty = false;
    setState(State::Ready);
    runValidation();
    showStatus(QStringLiteral("\u2714 ") + summary, false);
    recordOutcome(ActivityEntry::Outcome::Applied, summary);
    Q_EMIT applied();
}

void AdminForm::applyFailed(const ApiError &error) {
    // Nothing the user typed is touched: the fields keep their text for another try.
    setState(State::Ready);
    runValidation();
    showStatus(tr("\u2716 Not applied: %1 Your input is kept.").arg(error.message()), true);
    recordOutcome(ActivityEntry::Outcome::Failed, error.message());
    Q_EMIT failed(error.message());
}

void AdminForm::applyPartlyFailed(const QStringList &applied, const QStringList &notApplied,
                                  const ApiError &error) {
    setState(State::Ready);
    runValidation();
    const QString sentence =
        tr("\u2716 Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.")
            .arg(applied.join(QStringLiteral("; ")), notApplied.join(QStringLiteral("; ")),
                 error.message());
    showStatus(sentence, true);
    recordOutcome(ActivityEntry::Outcome::PartlyApplied, sentence);
    Q_EMIT failed(sentence);
}

void AdminForm::setStatus(const QString &text) {
    showStatus(text, false);
}

void AdminForm::setState(State state) {
    m_state = state;
    const bool busy = state == State::Loading || state == State::Applying;
    m_fields->setEnabled(state == State::Ready);
    m_busy->setVisible(busy);
    m_reload->setEnabled(!busy && m_client);
    m_apply->setEnabled(state == State::Ready && !hasErrors());
    Q_EMIT stateChanged(state);
}

void AdminForm::showStatus(const QString &text, bool isError) {
    m_status->setText(text);
    m_statusIsError = isError;
    colourLabel(m_status, isError ? Tone::Error : Tone::Normal, palette());
}

void AdminForm::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The message colours were picked for the old palette: pick them again for the new one.
    for (const FieldMessage &message : std::as_const(m_messages))
        colourLabel(message.label, message.isError ? Tone::Error : Tone::Warning, palette());
    colourLabel(m_status, m_statusIsError ? Tone::Error : Tone::Normal, palette());
}

} // namespace Density
