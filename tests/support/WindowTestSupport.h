// What the window tests do to the real main window on the sandbox before
// they come to what they test: quick job settings, find a small active
// project, and pick its default version in the project tree with a click, as
// a writer would.
//
// Header-only, like the other support files, because only the tests that
// link the window (d360session) include it. One definition, so a change of
// the tree (a proxy model more, another role) is followed once.
#pragma once

#include "core/jobs/JobSettings.h"
#include "gui/MainWindow.h"
#include "gui/projects/ProjectTreeModel.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractProxyModel>
#include <QTest>
#include <QTreeView>

namespace d360::test {

// Polls and progress as quick as the sandbox answers, so a window test's
// exports finish in a fraction of a second.
inline jobs::JobSettings quickWindowJobSettings()
{
    jobs::JobSettings settings;
    settings.pollFirst = std::chrono::milliseconds(20);
    settings.pollCap = std::chrono::milliseconds(100);
    settings.progressInterval = std::chrono::milliseconds(50);
    return settings;
}

// The first active project with a few versions and at least two languages
// in its default version.
inline const sandbox::DemoProject *smallActiveProject(const sandbox::SandboxServer &server)
{
    for (const sandbox::DemoProject &project : server.demoData().projects()) {
        if (project.status == 0 && project.versions.size() > 1 && project.versions.size() < 20
            && project.defaultVersion()->languages.size() >= 2)
            return &project;
    }
    return nullptr;
}

// Expands the project in the tree, waits for its versions and clicks the
// default one; false when any of that did not happen within 15 s.
inline bool pickDefaultVersion(gui::MainWindow &window, const sandbox::DemoProject &project)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    gui::ProjectTreeModel *model = window.projectModel();
    if (!QTest::qWaitFor([&] { return model->indexOfProject(project.id).isValid(); }, 15000))
        return false;
    const QModelIndex projectIndex = model->indexOfProject(project.id);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    tree->expand(proxy->mapFromSource(projectIndex));
    const bool loaded = QTest::qWaitFor(
        [&] {
            return model->rowCount(projectIndex) > 0
                && model->versionAt(model->index(0, 0, projectIndex)).has_value();
        },
        15000);
    if (!loaded)
        return false;
    for (int row = 0; row < model->rowCount(projectIndex); ++row) {
        const QModelIndex version = model->index(row, 0, projectIndex);
        if (version.data(gui::ProjectTreeModel::IsDefaultRole).toBool()) {
            const QRect rect = tree->visualRect(proxy->mapFromSource(version));
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
            return tree->currentIndex() == proxy->mapFromSource(version);
        }
    }
    return false;
}

} // namespace d360::test
