// See ProjectTreeModel.h.
#include "gui/projects/ProjectTreeModel.h"

#include "core/api/ApiClient.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

#include <utility>

namespace d360::gui {

namespace {

// The version rows of project row N carry internal id N + 1; top-level rows 0.
constexpr quintptr topLevelId = 0;

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ProjectTreeModel::~ProjectTreeModel()
{
    abortLoads();
}

void ProjectTreeModel::abortLoads()
{
    // Forgotten first: an aborted call still reports (Cancelled), and so
    // does one that finished a moment ago; neither may change the model now.
    if (api::ApiCall *call = std::exchange(m_projectsCall, nullptr))
        call->abort();
    for (const auto &node : m_projects) {
        if (api::ApiCall *call = std::exchange(node->call, nullptr))
            call->abort();
    }
}

void ProjectTreeModel::setClient(api::ApiClient *client)
{
    beginResetModel();
    abortLoads();
    m_projects.clear();
    m_client = client;
    m_projectsState = LoadState::NotLoaded;
    m_projectsError = {};
    endResetModel();
    if (client)
        loadProjects();
}

void ProjectTreeModel::reload()
{
    setClient(m_client);
}

bool ProjectTreeModel::isLoading() const
{
    if (m_projectsState == LoadState::Loading)
        return true;
    for (const auto &node : m_projects) {
        if (node->versionsState == LoadState::Loading)
            return true;
    }
    return false;
}

int ProjectTreeModel::placeholderRows(LoadState state) const
{
    return state == LoadState::Loading || state == LoadState::Failed ? 1 : 0;
}

void ProjectTreeModel::loadProjects()
{
    if (!m_client)
        return;
    beginResetModel();
    abortLoads();
    m_projects.clear();
    m_projectsState = LoadState::Loading;
    m_projectsSoFar = 0;
    endResetModel();

    api::ProjectListCall *call = m_client->listProjects();
    m_projectsCall = call;
    connect(call, &api::ApiCall::progress, this, [this, call](int itemsSoFar) {
        if (call != m_projectsCall)
            return;
        m_projectsSoFar = itemsSoFar;
        const QModelIndex loadingRow = index(0, 0);
        Q_EMIT dataChanged(loadingRow, loadingRow, { Qt::DisplayRole });
    });
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (call != m_projectsCall)
            return; // replaced (F5, another account) or aborted: not ours to show
        m_projectsCall = nullptr;
        beginResetModel();
        if (call->succeeded()) {
            m_projectsState = LoadState::Loaded;
            for (const api::Project &project : call->result()) {
                auto node = std::make_unique<ProjectNode>();
                node->project = project;
                m_projects.push_back(std::move(node));
            }
        } else {
            m_projectsState = LoadState::Failed;
            m_projectsError = call->error();
        }
        endResetModel();
        if (call->succeeded())
            Q_EMIT projectsLoaded();
        else if (call->error().kind() != api::ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(call->error());
    });
}

void ProjectTreeModel::loadVersions(int projectRow)
{
    if (!m_client || projectRow < 0 || projectRow >= int(m_projects.size()))
        return;
    ProjectNode &node = *m_projects[size_t(projectRow)];
    const QModelIndex projectIndex = index(projectRow, 0);
    const int oldRows = rowCount(projectIndex);
    if (oldRows > 0) {
        beginRemoveRows(projectIndex, 0, oldRows - 1);
        // "Loaded, empty" while rows move: a view must not fetch again now.
        node.versions.clear();
        node.versionsState = LoadState::Loaded;
        endRemoveRows();
    }
    beginInsertRows(projectIndex, 0, 0);
    node.versionsState = LoadState::Loading;
    node.versionsSoFar = 0;
    endInsertRows();

    const QString projectId = node.project.id;
    if (api::ApiCall *previous = std::exchange(node.call, nullptr))
        previous->abort();
    api::VersionListCall *call = m_client->listVersions(projectId);
    node.call = call;
    connect(call, &api::ApiCall::progress, this, [this, call, projectId](int itemsSoFar) {
        ProjectNode *loading = nodeLoadedBy(call, projectId);
        if (!loading)
            return;
        loading->versionsSoFar = itemsSoFar;
        const QModelIndex where = indexOfProject(projectId);
        const QModelIndex loadingRow = index(0, 0, where);
        Q_EMIT dataChanged(loadingRow, loadingRow, { Qt::DisplayRole });
    });
    connect(call, &api::ApiCall::finished, this, [this, call, projectId] {
        ProjectNode *current = nodeLoadedBy(call, projectId);
        if (!current)
            return; // the list was reloaded, or another account's has the same id
        current->call = nullptr;
        ProjectNode &loaded = *current;
        const QModelIndex where = indexOfProject(projectId);
        beginRemoveRows(where, 0, 0);
        loaded.versionsState = LoadState::Loaded; // empty for now, see loadVersions()
        endRemoveRows();
        if (call->succeeded()) {
            std::vector<api::ProjectVersion> versions(call->result().begin(), call->result().end());
            // The default version first, then the server's order.
            std::stable_sort(versions.begin(), versions.end(),
                             [](const api::ProjectVersion &a, const api::ProjectVersion &b) {
                                 return a.isDefault && !b.isDefault;
                             });
            if (!versions.empty())
                beginInsertRows(where, 0, int(versions.size()) - 1);
            loaded.versions = std::move(versions);
            loaded.versionsState = LoadState::Loaded;
            if (!loaded.versions.empty())
                endInsertRows();
            Q_EMIT versionsLoaded(projectId);
        } else {
            beginInsertRows(where, 0, 0);
            loaded.versionsState = LoadState::Failed;
            loaded.versionsError = call->error();
            endInsertRows();
            if (call->error().kind() != api::ApiError::Kind::Cancelled)
                Q_EMIT loadFailed(call->error());
        }
    });
}

void ProjectTreeModel::retry(const QModelIndex &errorIndex)
{
    if (!errorIndex.isValid() || errorIndex.parent() == QModelIndex()) {
        if (m_projectsState == LoadState::Failed || !errorIndex.isValid())
            loadProjects();
        return;
    }
    loadVersions(errorIndex.parent().row());
}

ProjectTreeModel::ProjectNode *ProjectTreeModel::nodeLoadedBy(api::ApiCall *call,
                                                              const QString &projectId) const
{
    const QModelIndex where = indexOfProject(projectId);
    if (!where.isValid())
        return nullptr;
    ProjectNode *node = m_projects[size_t(where.row())].get();
    return node->call == call ? node : nullptr;
}

ProjectTreeModel::ProjectNode *ProjectTreeModel::nodeOf(const QModelIndex &versionIndex) const
{
    const quintptr id = versionIndex.internalId();
    if (id == topLevelId || id > m_projects.size())
        return nullptr;
    return m_projects[size_t(id - 1)].get();
}

std::optional<api::Project> ProjectTreeModel::projectAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    if (index.internalId() == topLevelId) {
        if (m_projectsState != LoadState::Loaded || index.row() >= int(m_projects.size()))
            return std::nullopt;
        return m_projects[size_t(index.row())]->project;
    }
    const ProjectNode *node = nodeOf(index);
    return node ? std::optional(node->project) : std::nullopt;
}

std::optional<api::ProjectVersion> ProjectTreeModel::versionAt(const QModelIndex &index) const
{
    const ProjectNode *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node || node->versionsState != LoadState::Loaded
        || index.row() >= int(node->versions.size()))
        return std::nullopt;
    return node->versions[size_t(index.row())];
}

QModelIndex ProjectTreeModel::indexOfProject(const QString &projectId) const
{
    if (m_projectsState != LoadState::Loaded)
        return {};
    for (size_t row = 0; row < m_projects.size(); ++row) {
        if (m_projects[row]->project.id == projectId)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevelId);
    if (parent.internalId() != topLevelId)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevelId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevelId);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid()) {
        if (m_projectsState == LoadState::Loaded)
            return int(m_projects.size());
        return placeholderRows(m_projectsState);
    }
    if (parent.internalId() != topLevelId || m_projectsState != LoadState::Loaded
        || parent.row() >= int(m_projects.size()))
        return 0;
    const ProjectNode &node = *m_projects[size_t(parent.row())];
    if (node.versionsState == LoadState::Loaded)
        return int(node.versions.size());
    return placeholderRows(node.versionsState);
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ProjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return rowCount(parent) > 0;
    if (parent.internalId() != topLevelId || m_projectsState != LoadState::Loaded)
        return false;
    const ProjectNode &node = *m_projects[size_t(parent.row())];
    return node.versionsState != LoadState::Loaded || !node.versions.empty();
}

bool ProjectTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != topLevelId
        || m_projectsState != LoadState::Loaded || parent.row() >= int(m_projects.size()))
        return false;
    return m_projects[size_t(parent.row())]->versionsState == LoadState::NotLoaded;
}

void ProjectTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views ask from inside their own handling of other changes (a reset,
    // an insertion): change the rows on the next turn, not in the middle.
    ProjectNode &node = *m_projects[size_t(parent.row())];
    node.versionsState = LoadState::Requested;
    const QString projectId = node.project.id;
    QMetaObject::invokeMethod(
        this,
        [this, projectId] {
            const QModelIndex where = indexOfProject(projectId);
            if (where.isValid()
                && m_projects[size_t(where.row())]->versionsState == LoadState::Requested)
                loadVersions(where.row());
        },
        Qt::QueuedConnection);
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto kind = ItemKind(data(index, ItemKindRole).toInt());
    if (kind == ItemKind::Loading)
        return Qt::ItemIsEnabled;
    if (kind == ItemKind::Project && !data(index, IsActiveRole).toBool())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable; // dimmed, still usable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Projects and versions");
    return {};
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool topLevel = index.internalId() == topLevelId;

    // Placeholders: loading, or the error of the list in this place.
    LoadState state = m_projectsState;
    const api::ApiError *error = &m_projectsError;
    int soFar = m_projectsSoFar;
    if (!topLevel) {
        const ProjectNode *node = nodeOf(index);
        if (!node)
            return {};
        state = node->versionsState;
        error = &node->versionsError;
        soFar = node->versionsSoFar;
    }
    if (state == LoadState::Loading || state == LoadState::Failed) {
        const bool loading = state == LoadState::Loading;
        switch (role) {
        case ItemKindRole:
            return int(loading ? ItemKind::Loading : ItemKind::Error);
        case Qt::DisplayRole:
            if (loading)
                return soFar > 0 ? tr("Loading… (%1 so far)").arg(soFar) : tr("Loading…");
            return tr("Could not load: %1 Double-click to retry.").arg(error->displayText());
        case Qt::ToolTipRole:
            return loading ? QVariant() : QVariant(error->displayText());
        case Qt::DecorationRole:
            return loading ? QVariant()
                           : QVariant(QIcon(QStringLiteral(":/icons/status-failed.svg")));
        case Qt::ForegroundRole:
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        default:
            return {};
        }
    }

    if (topLevel) {
        const api::Project &project = m_projects[size_t(index.row())]->project;
        switch (role) {
        case ItemKindRole:
            return int(ItemKind::Project);
        case IdRole:
        case ProjectIdRole:
            return project.id;
        case IsActiveRole:
            return project.active;
        case Qt::DisplayRole:
            return project.active ? project.name : tr("%1 (inactive)").arg(project.name);
        case Qt::ToolTipRole:
            return project.description.isEmpty() ? project.name : project.description;
        case Qt::ForegroundRole:
            if (!project.active)
                return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::AccessibleDescriptionRole:
            return project.active ? tr("Project") : tr("Inactive project");
        default:
            return {};
        }
    }

    const ProjectNode *node = nodeOf(index);
    if (index.row() >= int(node->versions.size()))
        return {};
    const api::ProjectVersion &version = node->versions[size_t(index.row())];
    switch (role) {
    case ItemKindRole:
        return int(ItemKind::Version);
    case IdRole:
        return version.id;
    case ProjectIdRole:
        return node->project.id;
    case IsDefaultRole:
        return version.isDefault;
    case Qt::DisplayRole:
        return version.isDefault ? tr("%1 (default)").arg(version.name) : version.name;
    case Qt::FontRole:
        if (version.isDefault) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return version.slug.isEmpty() ? version.name : version.slug;
    case Qt::AccessibleDescriptionRole:
        return version.isDefault ? tr("Default version") : tr("Version");
    default:
        return {};
    }
}

} // namespace d360::gui
