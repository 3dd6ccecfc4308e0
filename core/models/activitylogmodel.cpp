#include "activitylogmodel.h"

#include <QLocale>

namespace Density {
namespace {

//! Table cells hold one line: line breaks in before/after values would make rows of uneven
//! height. The tooltip and FullTextRole keep the text as written.
QString oneLine(const QString &text) {
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

//! Rich text so long values wrap in the tooltip instead of running off the screen.
QString wrappingToolTip(const QString &text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + escaped + QLatin1String("</qt>");
}

} // namespace

ActivityLogModel::ActivityLogModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log) {
    if (m_log) {
        connect(m_log, &ActivityLog::recorded, this, &ActivityLogModel::prepend);
        connect(m_log, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        });
    }
    reload();
}

void ActivityLogModel::reload() {
    beginResetModel();
    m_entries.clear();
    if (m_log) {
        const QList<ActivityEntry> oldestFirst = m_log->entries();
        m_entries.reserve(oldestFirst.size());
        for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it)
            m_entries.append(*it);
    }
    endResetModel();
}

void ActivityLogModel::prepend(const ActivityEntry &entry) {
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const ActivityEntry *ActivityLogModel::entry(int row) const {
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

QString ActivityLogModel::outcomeLabel(ActivityEntry::Outcome outcome) {
    switch (outcome) {
    case ActivityEntry::Outcome::Applied:
        return QStringLiteral("\u2713 ") + ActivityEntry::outcomeText(outcome);
    case ActivityEntry::Outcome::PartlyApplied:
        return QStringLiteral("\u25d0 ") + ActivityEntry::outcomeText(outcome);
    case ActivityEntry::Outcome::Failed:
        break;
    }
    return QStringLiteral("\u2717 ") + ActivityEntry::outcomeText(ActivityEntry::Outcome::Failed);
}

QString ActivityLogModel::localTime(const QDateTime &when) {
    if (!when.isValid())
        return {};
    //! ISO order reads the same in every language and sorts as text.
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const {
    const ActivityEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == OutcomeRole)
        return int(e->outcome);
    if (role == WhenRole)
        return e->when;

    QString full;
    switch (Column(index.column())) {
    case WhenColumn:
        full = localTime(e->when);
        break;
    case ConnectionColumn:
        full = e->connection;
        break;
    case ActionColumn:
        full = e->action;
        break;
    case TargetColumn:
        full = e->target;
        break;
    case BeforeColumn:
        full = e->before;
        break;
    case AfterColumn:
        full = e->after;
        break;
    case OutcomeColumn:
        full = outcomeLabel(e->outcome);
        break;
    case DetailColumn:
        full = e->detail;
        break;
    case ColumnCount:
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
        return oneLine(full);
    case FullTextRole:
        return full;
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn) {
            //: %1 local date and time with its zone, %2 the same instant in UTC (ISO 8601).
            return tr("%1 (%2 UTC)")
                .arg(QLocale().toString(e->when.toLocalTime(), QLocale::LongFormat),
                     e->when.toUTC().toString(Qt::ISODate));
        }
        return full.isEmpty() ? QVariant() : QVariant(wrappingToolTip(full));
    case Qt::AccessibleTextRole:
        return full;
    default:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn:
        return tr("When (local time)");
    case ConnectionColumn:
        return tr("Connection");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Density
