#include "mainwindow.h"

#include "api/densityclient.h"
#include "models/spacetreemodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>

namespace Density {

MainWindow::MainWindow(DensityClient *client, const QString &connectionName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_spaces(new SpaceTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_connection(new QLabel(connectionName, this))
    , m_inFlight(new QLabel(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Density Dashboard"));
    m_tree->setModel(m_spaces);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The name takes the spare width; the short attribute columns fit their contents, so a
    // long function such as "open_workstation" is never cut off.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SpaceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    setCentralWidget(m_tree);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_inFlight);
    connect(m_client, &DensityClient::requestsInFlightChanged, this, [this](int count) {
        m_inFlight->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
    });
    connect(m_spaces, &SpaceTreeModel::loadFailed, this, &MainWindow::showError);
    connect(m_spaces, &SpaceTreeModel::modelReset, this, [this] {
        m_tree->expandToDepth(1);
        m_message->setText(tr("%n space(s)", nullptr, m_spaces->spaceCount()));
    });
    resize(1100, 720);
}

void MainWindow::reload() {
    m_message->setText(tr("Loading spaces…"));
    m_spaces->load(m_client);
}

void MainWindow::showError(const QString &message) {
    m_message->setText(message);
}

} // namespace Density
