#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Density {

//! A non-modal strip for long loads: "Loading window 12 of 53" with a bar and Cancel. The
//! caller owns the work; Cancel only asks (cancelRequested) and the caller aborts it.
class ProgressBanner : public QFrame {
    Q_OBJECT
public:
    explicit ProgressBanner(QWidget *parent = nullptr);

    //! `total` 0 shows a busy bar (the length of the work is unknown). An empty `text` reads
    //! "Loading window <done> of <total>".
    void setProgress(int done, int total, const QString &text = {});
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void finish();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Density
