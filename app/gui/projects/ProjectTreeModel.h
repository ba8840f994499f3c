// The account's projects and their versions, as a two-level tree.
//
// Projects load when the model is given a client; a project's versions load
// when its row is expanded (fetchMore), because a writer with forty projects
// opens two. While a list is on its way its place shows a "Loading…" row
// that counts the items as pages arrive; when it fails, the place shows the
// error (with the server's trace id) and double-clicking it, or retry(),
// tries again. The default version is bold and marked, inactive projects
// are dimmed. The model never blocks: every list comes from an ApiCall.
// Only the current call of a place may fill it: a call that was replaced
// (F5, another account, a retry) or aborted is forgotten at once, so its
// late answer, even a "cancelled", shows nothing.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiModels.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace d360::api {
class ApiClient;
class ApiCall;
} // namespace d360::api

namespace d360::gui {

class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemKind { Project, Version, Loading, Error };
    enum Role {
        ItemKindRole = Qt::UserRole + 1,
        IdRole, // project or version id
        ProjectIdRole, // the project of a version (or the project itself)
        IsDefaultRole, // versions
        IsActiveRole, // projects
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    // Forgets everything and loads the projects of this client (null: empty).
    void setClient(api::ApiClient *client);
    // Tries again the list whose error row this is (or the projects).
    void retry(const QModelIndex &errorIndex);
    void reload();

    std::optional<api::Project> projectAt(const QModelIndex &index) const;
    std::optional<api::ProjectVersion> versionAt(const QModelIndex &index) const;
    QModelIndex indexOfProject(const QString &projectId) const;
    bool isLoading() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // Projects (or a project's versions) finished loading, or failed.
    void projectsLoaded();
    void versionsLoaded(const QString &projectId);
    void loadFailed(const api::ApiError &error);

private:
    // Requested: asked for by a view, starting on the next event-loop turn.
    enum class LoadState { NotLoaded, Requested, Loading, Loaded, Failed };
    struct ProjectNode
    {
        api::Project project;
        LoadState versionsState = LoadState::NotLoaded;
        std::vector<api::ProjectVersion> versions;
        api::ApiError versionsError;
        int versionsSoFar = 0;
        QPointer<api::ApiCall> call;
    };

    // Internal ids: 0 for top-level rows, project row + 1 for a version row.
    ProjectNode *nodeOf(const QModelIndex &versionIndex) const;
    // The node whose versions call is this one, or null when it is stale.
    ProjectNode *nodeLoadedBy(api::ApiCall *call, const QString &projectId) const;
    void abortLoads();
    void loadProjects();
    void loadVersions(int projectRow);
    int placeholderRows(LoadState state) const;

    QPointer<api::ApiClient> m_client;
    LoadState m_projectsState = LoadState::NotLoaded;
    api::ApiError m_projectsError;
    int m_projectsSoFar = 0;
    QPointer<api::ApiCall> m_projectsCall;
    std::vector<std::unique_ptr<ProjectNode>> m_projects;
};

} // namespace d360::gui
