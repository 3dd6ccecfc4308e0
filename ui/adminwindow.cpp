#include "adminwindow.h"

#include "activitylogwidget.h"
#include "adminform.h"
#include "labelsadminwidget.h"
#include "useradminwidget.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {

AdminWindow::AdminWindow(DensityClient *client, const SpaceTreeModel *spaces, ActivityLog *log,
                         const QString &connection, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_labels(new LabelsAdminWidget(client, spaces, this))
    , m_users(new UserAdminWidget(client, spaces, this))
    , m_activity(new ActivityLogWidget(log, this)) {
    setWindowTitle(tr("Administration \u2014 %1").arg(connection));
    setModal(false);
    m_labels->setActivityLog(log, connection);
    m_users->setActivityLog(log, connection);
    m_tabs->addTab(m_labels, tr("&Labels"));
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_activity, tr("&Activity log"));
    m_tabs->setDocumentMode(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1000, 680);

    // Label changes show in the space tree (its labels column and filter); user changes do
    // not, but the Users tab reloads itself.
    connect(m_labels, &LabelsAdminWidget::changed, this, &AdminWindow::spacesChanged);
}

void AdminWindow::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

AdminWindow::Tab AdminWindow::currentTab() const {
    return Tab(m_tabs->currentIndex());
}

bool AdminWindow::hasUnappliedEdits() const {
    const QList<AdminForm *> forms = findChildren<AdminForm *>();
    return std::any_of(forms.cbegin(), forms.cend(),
                       [](const AdminForm *form) { return form->hasUnappliedEdits(); });
}

void AdminWindow::done(int result) {
    if (hasUnappliedEdits()) {
        const bool discard =
            m_discardQuestion
                ? m_discardQuestion()
                : QMessageBox::question(this, tr("Discard your edits?"),
                                        tr("Some administration changes have not been "
                                           "applied. Close and discard them?"),
                                        QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Cancel) == QMessageBox::Discard;
        if (!discard)
            return;
    }
    const QList<AdminForm *> forms = findChildren<AdminForm *>();
    for (AdminForm *form : forms)
        form->cancel();
    QDialog::done(result);
}

} // namespace Density
