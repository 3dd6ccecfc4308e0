#pragma once

#include "spacedetails.h"

#include <QDialog>

class QPushButton;

namespace Density {

//! Asked when a space changed on the server while the user was editing it: shows their version
//! (on the server now) beside the user's, marks what each side changed since the form loaded,
//! and lets the user choose. Escape and closing the window keep editing, the choice that loses
//! nothing.
class SpaceConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Resolution {
        ApplyMine,   //!< send the user's changed fields anyway; their other changes stay
        TakeTheirs,  //!< discard the user's edits and show the server's values
        KeepEditing, //!< send nothing, keep the input
    };

    SpaceConflictDialog(const SpaceDetails &loaded, const SpaceDetails &theirs,
                        const SpaceDetails &mine, QWidget *parent = nullptr);

    //! Shows the dialog modally and returns the choice.
    Resolution ask();
    Resolution resolution() const { return m_resolution; }

    QPushButton *applyMineButton() const { return m_applyMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepEditingButton() const { return m_keepEditing; }

protected:
    bool event(QEvent *event) override;

private:
    void choose(Resolution resolution);

    Resolution m_resolution = Resolution::KeepEditing;
    QPushButton *m_applyMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_keepEditing;
};

} // namespace Density
