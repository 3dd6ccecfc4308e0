#include "spaceeditform.h"

#include "api/densityclient.h"
#include "models/spacetreemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace Density {
namespace {

constexpr int kMaxNameLength = 255;      // the API's limit, which the simulator enforces too
constexpr qint64 kMaxCapacity = 1000000; // more people than any building holds: a typo

// clang-format off
//! The function values seen in Density's docs and clients (REFERENCE §4.13), offered as
//! suggestions; SpaceTreeModel::functionText() humanises them.
const char *const kKnownFunctions[] = {
    "desk", "phone_booth", "meeting_room", "open_workstation", "flex_space", "lounge", "cafe",
    "gym", "wellness_room", "kitchen", "library", "lobby", "restroom",
};
// clang-format on

const Space *findSpace(const QList<Space> &spaces, const QString &id) {
    for (const Space &space : spaces) {
        if (space.id == id)
            return &space;
    }
    return nullptr;
}

//! Qt also accepts fixed offsets ("UTC+05:00"); they are not IANA names and ignore daylight
//! saving, so the space's local hours would be wrong half the year.
bool isFixedOffsetId(const QString &id) {
    return id.size() > 3 &&
           (id.startsWith(QLatin1String("UTC+")) || id.startsWith(QLatin1String("UTC-")));
}

bool isIanaZone(const QString &id) {
    return !id.isEmpty() && !isFixedOffsetId(id) && QTimeZone::isTimeZoneIdAvailable(id.toLatin1());
}

//! Keeps the loaded value when the text differs from it only by surrounding spaces, so an
//! untouched field is never sent.
QString typed(const QString &text, const QString &loaded) {
    const QString trimmed = text.trimmed();
    return trimmed == loaded.trimmed() ? loaded : trimmed;
}

void collectFunctions(const QAbstractItemModel *model, const QModelIndex &parent,
                      QStringList &out) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString function = index.data(SpaceTreeModel::FunctionRole).toString();
        if (!function.isEmpty() && !out.contains(function))
            out.append(function);
        collectFunctions(model, index, out);
    }
}

} // namespace

SpaceEditForm::SpaceEditForm(DensityClient *client, const QString &spaceId,
                             const SpaceTreeModel *tree, QWidget *parent)
    : AdminForm(parent)
    , m_spaceId(spaceId)
    , m_tree(tree)
    , m_heading(new QLabel)
    , m_name(new QLineEdit)
    , m_capacity(new QLineEdit)
    , m_function(new QComboBox)
    , m_timeZone(new QComboBox)
    , m_address(new QLineEdit)
    , m_iwmsId(new QLineEdit) {
    setClient(client);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setText(m_spaceId);
    addRow(m_heading);

    addField(tr("&Name:"), m_name);

    m_capacity->setPlaceholderText(tr("Not set"));
    m_capacity->setClearButtonEnabled(true);
    m_capacity->setToolTip(tr("How many people the space is meant for; utilization is "
                              "occupancy divided by this. Leave empty for \u201Cnot set\u201D."));
    addField(tr("&Capacity:"), m_capacity);

    m_function->setEditable(true);
    m_function->setInsertPolicy(QComboBox::NoInsert);
    m_function->lineEdit()->setPlaceholderText(tr("Not set: pick one or type your own"));
    m_function->lineEdit()->setClearButtonEnabled(true);
    m_function->setToolTip(tr("What the space is used for: one of the suggestions or your own "
                              "words, stored like the API's values (\u201Cquiet_room\u201D)."));
    QStringList functions;
    for (const char *raw : kKnownFunctions)
        functions.append(QLatin1String(raw));
    if (m_tree)
        collectFunctions(m_tree, {}, functions);
    // Sorted as people read them, not by the raw values.
    std::sort(functions.begin(), functions.end(), [](const QString &a, const QString &b) {
        const QString textA = SpaceTreeModel::functionText(a);
        return textA.localeAwareCompare(SpaceTreeModel::functionText(b)) < 0;
    });
    for (const QString &raw : std::as_const(functions))
        addFunctionSuggestion(raw);
    m_function->completer()->setFilterMode(Qt::MatchContains);
    m_function->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_function->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_function->setCurrentIndex(-1);
    addField(tr("&Function:"), m_function);

    // Every named zone Qt knows, searchable by any part ("york", "berlin") from the keyboard.
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Type part of a city or region"));
    m_timeZone->setToolTip(tr("The space's own IANA time zone: local hours, heatmaps and "
                              "operating hours of this space use it."));
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zoneIds) {
        const QString zone = QString::fromLatin1(id);
        if (!isFixedOffsetId(zone))
            m_timeZone->addItem(zone);
    }
    auto *zoneCompleter = new QCompleter(m_timeZone->model(), m_timeZone);
    zoneCompleter->setFilterMode(Qt::MatchContains);
    zoneCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    zoneCompleter->setCompletionMode(QCompleter::PopupCompletion);
    zoneCompleter->setMaxVisibleItems(12);
    m_timeZone->setCompleter(zoneCompleter);
    m_timeZone->setCurrentIndex(-1);
    addField(tr("&Time zone:"), m_timeZone);

    m_address->setPlaceholderText(tr("Not set"));
    addField(tr("&Address:"), m_address);
    m_iwmsId->setPlaceholderText(tr("Not set"));
    m_iwmsId->setToolTip(tr("The space's id in your integrated workplace management system"));
    addField(tr("&IWMS id:"), m_iwmsId);

    // The base's buttons were made first; Tab goes through the fields, then to them.
    QWidget *order[] = {m_name,    m_capacity, m_function,     m_timeZone,
                        m_address, m_iwmsId,   reloadButton(), applyButton()};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (QLineEdit *edit : {m_name, m_capacity, m_address, m_iwmsId})
        connect(edit, &QLineEdit::textChanged, this, [this] { fieldEdited(); });
    for (QComboBox *combo : {m_function, m_timeZone})
        connect(combo, &QComboBox::editTextChanged, this, [this] { fieldEdited(); });
}

void SpaceEditForm::setConflictResolver(ConflictResolver resolver) {
    m_resolver = std::move(resolver);
}

QString SpaceEditForm::functionValue(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]+"));
    return text.trimmed().toLower().replace(separators, QStringLiteral("_"));
}

void SpaceEditForm::addFunctionSuggestion(const QString &raw) {
    if (raw.isEmpty() || m_function->findData(raw) >= 0)
        return;
    m_function->addItem(SpaceTreeModel::functionText(raw), raw);
}

QString SpaceEditForm::currentFunction() const {
    const QString text = m_function->currentText().trimmed();
    if (text.isEmpty())
        return {};
    for (int i = 0; i < m_function->count(); ++i) {
        const QString raw = m_function->itemData(i).toString();
        if (m_function->itemText(i).compare(text, Qt::CaseInsensitive) == 0 || raw == text)
            return raw;
    }
    return functionValue(text);
}

SpaceEditForm::CapacityParse SpaceEditForm::parseCapacity(qint64 *value) const {
    const QString text = m_capacity->text().trimmed();
    if (text.isEmpty())
        return CapacityParse::Unset;
    // The user's locale first ("1.200" in German), then plain digits.
    bool ok = false;
    qint64 number = QLocale().toLongLong(text, &ok);
    if (!ok)
        number = QLocale::c().toLongLong(text, &ok);
    if (ok) {
        *value = number;
        if (number < 0)
            return CapacityParse::Negative;
        return number > kMaxCapacity ? CapacityParse::TooLarge : CapacityParse::Value;
    }
    bool isDecimal = false;
    const double decimal = QLocale().toDouble(text, &isDecimal);
    if (!isDecimal)
        QLocale::c().toDouble(text, &isDecimal);
    if (isDecimal)
        return decimal < 0 ? CapacityParse::Negative : CapacityParse::Fraction;
    return CapacityParse::NotANumber;
}

SpaceDetails SpaceEditForm::currentDetails() const {
    const SpaceDetails loaded = m_space ? SpaceDetails::of(*m_space) : SpaceDetails();
    SpaceDetails details;
    details.name = typed(m_name->text(), loaded.name);
    qint64 capacity = 0;
    switch (parseCapacity(&capacity)) {
    case CapacityParse::Value:
    case CapacityParse::Negative:
    case CapacityParse::TooLarge:
        details.capacity = capacity; // what the field says; validate() keeps bad values home
        break;
    default:
        break;
    }
    details.function = currentFunction();
    details.timeZone = typed(m_timeZone->currentText(), loaded.timeZone);
    details.address = typed(m_address->text(), loaded.address);
    details.iwmsId = typed(m_iwmsId->text(), loaded.iwmsId);
    return details;
}

SpaceUpdate SpaceEditForm::pendingUpdate() const {
    if (!m_space)
        return {};
    return currentDetails().changesFrom(SpaceDetails::of(*m_space));
}

void SpaceEditForm::fill(const Space &space) {
    setFilling(true);
    m_space = space;
    setFieldsEnabled(true);
    QString heading = SpaceTreeModel::spaceTypeText(space.spaceType);
    const QStringList ancestors = m_tree ? m_tree->ancestorNames(space.id) : QStringList();
    if (!ancestors.isEmpty())
        heading = tr("%1 in %2").arg(heading, ancestors.join(QStringLiteral(" \u203A ")));
    m_heading->setText(tr("%1 \u00B7 id %2").arg(heading, space.id));

    m_name->setText(space.name);
    m_capacity->setText(space.capacity.hasValue() ? QString::number(space.capacity.value())
                                                  : QString());
    const QString function = space.function.valueOr(QString());
    addFunctionSuggestion(function); // a value the API added later still round-trips unchanged
    m_function->setCurrentIndex(function.isEmpty() ? -1 : m_function->findData(function));
    m_function->setEditText(function.isEmpty() ? QString()
                                               : SpaceTreeModel::functionText(function));
    m_timeZone->setCurrentIndex(m_timeZone->findText(space.timeZone));
    m_timeZone->setEditText(space.timeZone);
    m_address->setText(space.address);
    m_iwmsId->setText(space.iwmsId);
    setFilling(false);
}

void SpaceEditForm::load() {
    if (!client()) {
        loadFailed(ApiError(ApiError::Kind::Network, tr("There is no connection to load from.")));
        return;
    }
    track(client()->spaces(this, [this](const Result<QList<Space>> &result) {
        if (!result) {
            failLoad(result.error());
            return;
        }
        const Space *space = findSpace(result.value(), m_spaceId);
        if (!space) {
            failLoad(ApiError(ApiError::Kind::Http,
                              tr("Space %1 is not in the organization's space list (404); it "
                                 "may have been deleted.")
                                  .arg(m_spaceId),
                              404));
            return;
        }
        fill(*space);
        loadSucceeded();
        if (!m_statusAfterLoad.isEmpty())
            setStatus(m_statusAfterLoad);
        m_statusAfterLoad.clear();
    }));
}

void SpaceEditForm::failLoad(const ApiError &error) {
    loadFailed(error);
    // Never loaded: empty fields would invite typing that can never be applied. A failed
    // reload keeps the values shown before.
    if (!m_space)
        setFieldsEnabled(false);
}

void SpaceEditForm::setFieldsEnabled(bool enabled) {
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_capacity, m_function,
                                                           m_timeZone, m_address, m_iwmsId})
        field->setEnabled(enabled);
}

void SpaceEditForm::validate() {
    if (!m_space)
        return; // nothing loaded to check against; apply() refuses
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        setFieldError(m_name, tr("A space needs a name."));
    else if (name.size() > kMaxNameLength)
        setFieldError(
            m_name,
            tr("At most %1 characters; this name has %2.").arg(kMaxNameLength).arg(name.size()));

    const QString notSetMeans =
        tr("utilization is unavailable for this space (shown as \u201Cno capacity set\u201D).");
    qint64 capacity = 0;
    switch (parseCapacity(&capacity)) {
    case CapacityParse::Unset:
        setFieldWarning(m_capacity, tr("Not set: %1").arg(notSetMeans));
        break;
    case CapacityParse::Value:
        if (capacity == 0)
            setFieldWarning(m_capacity, tr("Capacity 0: %1").arg(notSetMeans));
        break;
    case CapacityParse::Negative:
        setFieldError(m_capacity, tr("Capacity cannot be negative. Leave the field empty for "
                                     "\u201Cnot set\u201D."));
        break;
    case CapacityParse::Fraction:
        setFieldError(m_capacity, tr("Capacity is a whole number of people, such as 6."));
        break;
    case CapacityParse::TooLarge:
        setFieldError(
            m_capacity,
            tr("At most %1 people; check the number.").arg(QLocale().toString(kMaxCapacity)));
        break;
    case CapacityParse::NotANumber:
        setFieldError(m_capacity, tr("Enter a whole number of people, or leave the field empty "
                                     "for \u201Cnot set\u201D."));
        break;
    }

    const QString function = currentFunction();
    if (!function.isEmpty() && m_function->findData(function) < 0)
        setFieldWarning(m_function, tr("Not one of the suggestions; it will be stored as "
                                       "\u201C%1\u201D.")
                                        .arg(function));

    const QString zone = m_timeZone->currentText().trimmed();
    const QString loadedZone = m_space ? m_space->timeZone : QString();
    if (zone.isEmpty()) {
        if (loadedZone.isEmpty())
            setFieldWarning(m_timeZone, tr("Not set: this space's times are shown in UTC."));
        else
            setFieldError(m_timeZone, tr("Choose the space's time zone from the list."));
    } else if (!isIanaZone(zone) && zone == loadedZone) {
        // Not sent unless changed, so it does not block the other fields.
        setFieldWarning(m_timeZone, tr("The API's value is not a known time zone, so this "
                                       "space's times are shown in UTC. Pick one from the list."));
    } else if (!isIanaZone(zone)) {
        const int similar = m_timeZone->findText(zone, Qt::MatchFixedString); // case-insensitive
        if (similar >= 0)
            setFieldError(
                m_timeZone,
                tr("Not a known time zone. Did you mean %1?").arg(m_timeZone->itemText(similar)));
        else
            setFieldError(m_timeZone, tr("Not a known time zone: type part of a city or region "
                                         "and pick a zone from the list."));
    } else if (zone != loadedZone) {
        const QString offset =
            QTimeZone(zone.toLatin1())
                .displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName);
        setFieldWarning(
            m_timeZone,
            tr("Charts of this space will use %1 local time (%2 now).").arg(zone, offset));
    }
}

void SpaceEditForm::apply() {
    if (!m_space || !client()) {
        applyFailed(ApiError::validation(
            tr("The space's current values were not loaded, so nothing was sent. Reload first.")));
        return;
    }
    const SpaceDetails loaded = SpaceDetails::of(*m_space);
    const SpaceDetails mine = currentDetails();
    const QList<SpaceDetails::Field> changed = mine.differences(loaded);
    if (changed.isEmpty()) {
        applySucceeded(tr("Nothing to apply: no field was changed."));
        return;
    }
    describeChange(tr("Edit space"), tr("%1 (%2)").arg(m_space->name, m_spaceId),
                   loaded.valuesText(changed), mine.valuesText(changed));
    setStatus(tr("Checking whether someone else changed the space\u2026"));
    // Re-read first: a PUT only sends fields, so another admin's edit since this form loaded
    // would otherwise be overwritten without anyone noticing.
    track(client()->spaces(this, [this, loaded, mine](const Result<QList<Space>> &result) {
        if (!result) {
            applyFailed(result.error());
            return;
        }
        const Space *found = findSpace(result.value(), m_spaceId);
        if (!found) {
            applyFailed(ApiError(ApiError::Kind::Http,
                                 tr("Space %1 was deleted after you opened it (it is no longer "
                                    "in the space list); nothing was sent.")
                                     .arg(m_spaceId),
                                 404));
            return;
        }
        const Space server = *found;
        if (SpaceDetails::of(server) != loaded) {
            QPointer<SpaceEditForm> self(this);
            const Resolution resolution = resolveConflict(server, mine.changesFrom(loaded));
            if (!self)
                return; // closed while the question was open
            switch (resolution) {
            case Resolution::ApplyMine:
                break;
            case Resolution::TakeTheirs:
                takeTheirs();
                return;
            case Resolution::KeepEditing:
                applyFailed(ApiError::validation(
                    tr("Someone else changed this space after you opened it, and you chose to "
                       "keep editing; nothing was sent.")));
                return;
            }
        }
        sendUpdate(loaded, mine);
    }));
}

SpaceEditForm::Resolution SpaceEditForm::resolveConflict(const Space &server,
                                                         const SpaceUpdate &mine) {
    if (m_resolver)
        return m_resolver(*m_space, server, mine);
    const SpaceDetails loaded = SpaceDetails::of(*m_space);
    auto *dialog =
        new SpaceConflictDialog(loaded, SpaceDetails::of(server), loaded.with(mine), this);
    QPointer<SpaceConflictDialog> guard(dialog);
    const Resolution resolution = dialog->ask();
    delete guard.data();
    return resolution;
}

void SpaceEditForm::takeTheirs() {
    applyFailed(ApiError::validation(tr("Someone else changed this space after you opened it, "
                                        "and you chose their version; nothing was sent.")));
    m_statusAfterLoad = tr("Their version is shown; your edits were discarded.");
    reload();
}

void SpaceEditForm::sendUpdate(const SpaceDetails &loaded, const SpaceDetails &mine) {
    const QString summary = SpaceDetails::describeChanges(loaded, mine);
    setStatus(tr("Applying\u2026"));
    track(client()->updateSpace(m_spaceId, mine.changesFrom(loaded), this,
                                [this, summary](const Result<Space> &result) {
                                    if (!result) {
                                        applyFailed(result.error());
                                        return;
                                    }
                                    fill(result.value());
                                    applySucceeded(tr("Applied. %1").arg(summary));
                                }));
}

} // namespace Density
