#pragma once

#include "api/pendingcall.h"
#include "model/space.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace Density {

class DensityClient;

//! The portfolio as a tree (campus > building > floor > space), built from `children_ids`.
//! Spaces that are nobody's child are roots, so a portfolio without a campus still shows.
class SpaceTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        CapacityColumn,
        CountingModeColumn,
        FunctionColumn,
        ColumnCount
    };
    enum Role {
        SpaceIdRole = Qt::UserRole + 1,
        SpaceTypeRole,
        FunctionRole,   //!< the raw `function` string ("meeting_room"), empty when unset
        LabelNamesRole, //!< QStringList of the space's label names, for filtering
    };

    explicit SpaceTreeModel(QObject *parent = nullptr);

    //! Fetches /v3/spaces through `client`; a previous load still running is aborted. The
    //! answer is decoded on a pool thread (50,000 spaces take most of a second to decode), so
    //! only the model reset happens on the caller's thread.
    void load(DensityClient *client);
    //! The connection the spaces were last loaded from. Views of these spaces (the chart
    //! pages) fetch their analytics through it, so they follow a switch of connection.
    DensityClient *client() const;
    void setSpaces(QList<Space> spaces);
    //! Aborts a load still running; the current tree stays as it is.
    void cancelLoad();
    bool isLoading() const { return m_isLoading; }
    const Space *space(const QModelIndex &index) const;
    const Space *spaceById(const QString &spaceId) const;
    QModelIndex indexOf(const QString &spaceId) const;
    //! Names from the root down to the space's parent ("HQ", "Building A", "Floor 2").
    QStringList ancestorNames(const QString &spaceId) const;
    int spaceCount() const { return int(m_spaces.size()); }
    //! id -> name of every space, for views that receive ids from elsewhere (live streams).
    QHash<QString, QString> spaceNames() const;

    //! "meeting_room" -> "Meeting room": known values through tr(), others as capitalised words
    //! so that a value the API adds later still reads as text.
    static QString functionText(const QString &function);
    static QString countingModeText(const QString &mode);
    static QString spaceTypeText(const QString &type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    struct Node {
        int parent = -1; //!< node index, -1 for roots
        int row = 0;     //!< position among its siblings
        QList<int> children;
    };
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    void setLoading(bool loading);

    QList<Space> m_spaces; //!< node i describes m_spaces[i]
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byId;
    RequestHandle m_loading;
    QPointer<DensityClient> m_client;
    bool m_isLoading = false;
};

} // namespace Density
