#pragma once

#include <QPushButton>

class QLabel;

namespace Density {

//! A large button with a bold title and a wrapped description, for the welcome screen's
//! choices. QCommandLinkButton sizes its description for the title's width, which leaves gaps
//! or clips the text in a wide column; this one asks its layout (height for width).
class ChoiceButton : public QPushButton {
    Q_OBJECT
public:
    ChoiceButton(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace Density
