#pragma once

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace Density {

class DensityClient;
class SpaceTreeModel;

//! The dashboard's main window. For now it lists the portfolio's spaces as a tree and shows
//! the connection, the requests in flight and the last error in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(DensityClient *client, const QString &connectionName, QWidget *parent = nullptr);

    SpaceTreeModel *spaceModel() const { return m_spaces; }
    void reload();

private:
    void showError(const QString &message);

    DensityClient *m_client;
    SpaceTreeModel *m_spaces;
    QTreeView *m_tree;
    QLabel *m_connection;
    QLabel *m_inFlight;
    QLabel *m_message;
};

} // namespace Density
