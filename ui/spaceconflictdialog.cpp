#include "spaceconflictdialog.h"

#include "windowfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Density {
namespace {

const QString kChangedMark = QStringLiteral("\u270E "); // a pencil: changed, not by colour alone

QLabel *valueLabel(const QString &text, bool changed, QWidget *parent) {
    auto *label = new QLabel(changed ? kChangedMark + text : text, parent);
    label->setTextFormat(Qt::PlainText); // names and addresses are the user's text, not markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(160);
    if (changed) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QLabel *headerLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SpaceConflictDialog::SpaceConflictDialog(const SpaceDetails &loaded, const SpaceDetails &theirs,
                                         const SpaceDetails &mine, QWidget *parent)
    : QDialog(parent)
    , m_applyMine(new QPushButton(tr("Apply &mine anyway"), this))
    , m_takeTheirs(new QPushButton(tr("&Take theirs"), this))
    , m_keepEditing(new QPushButton(tr("&Keep editing"), this)) {
    setWindowTitle(tr("Space changed meanwhile \u2014 %1").arg(theirs.name));

    auto *heading = new QLabel(
        tr("Someone else changed this space after you opened it. Compare the two versions "
           "and choose which one to keep."),
        this);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *table = new QFrame(this);
    table->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(table);
    grid->setHorizontalSpacing(16);
    grid->addWidget(headerLabel(tr("Theirs, on the server now"), table), 0, 1);
    grid->addWidget(headerLabel(tr("Yours, not applied yet"), table), 0, 2);
    const QList<SpaceDetails::Field> theirChanges = theirs.differences(loaded);
    const QList<SpaceDetails::Field> myChanges = mine.differences(loaded);
    for (int f = 0; f < SpaceDetails::FieldCount; ++f) {
        const auto field = SpaceDetails::Field(f);
        const bool theyChanged = theirChanges.contains(field);
        const bool iChanged = myChanges.contains(field);
        QString name = SpaceDetails::fieldName(field);
        if (theyChanged && iChanged && theirs.valueText(field) != mine.valueText(field))
            name = tr("\u26A0 %1 (both changed)").arg(name);
        auto *nameLabel = new QLabel(name, table);
        nameLabel->setWordWrap(true);
        grid->addWidget(nameLabel, f + 1, 0, Qt::AlignTop);
        grid->addWidget(valueLabel(theirs.valueText(field), theyChanged, table), f + 1, 1,
                        Qt::AlignTop);
        grid->addWidget(valueLabel(mine.valueText(field), iChanged, table), f + 1, 2, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *legend = new QLabel(
        tr("%1 marks a value changed since you opened the space. “Apply mine anyway” "
           "sends only the fields you changed; their changes to other fields stay. \u201CTake "
           "theirs\u201D discards your edits. \u201CKeep editing\u201D sends nothing.")
            .arg(kChangedMark.trimmed()),
        this);
    legend->setWordWrap(true);

    m_applyMine->setToolTip(tr("Send the fields you changed, replacing their values"));
    m_takeTheirs->setToolTip(tr("Discard your edits and show the values on the server now"));
    m_keepEditing->setToolTip(tr("Send nothing and go back to the form with your input"));
    m_keepEditing->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_applyMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_keepEditing, QDialogButtonBox::RejectRole);
    connect(m_applyMine, &QPushButton::clicked, this, [this] { choose(Resolution::ApplyMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Resolution::TakeTheirs); });
    connect(m_keepEditing, &QPushButton::clicked, this,
            [this] { choose(Resolution::KeepEditing); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(table);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    setMinimumWidth(520); // two columns of values that wrap, not one word a line
}

bool SpaceConflictDialog::event(QEvent *event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        growToFitHeight(this);
    return handled;
}

SpaceConflictDialog::Resolution SpaceConflictDialog::ask() {
    m_resolution = Resolution::KeepEditing; // Escape and the window's close button
    exec();
    return m_resolution;
}

void SpaceConflictDialog::choose(Resolution resolution) {
    m_resolution = resolution;
    if (resolution == Resolution::KeepEditing)
        reject();
    else
        accept();
}

} // namespace Density
