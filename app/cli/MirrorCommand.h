// `d360-exporter mirror --preset NAME [--repo DIR [--branch BRANCH] | --off]`:
// sets up (or shows, or ends) the Git mirror of a preset.
//
// With --repo, DIR becomes the preset's mirror: a Git repository with a
// working tree, which must be on BRANCH (by default the branch it is on), or
// a missing or empty folder, which becomes a new repository whose first
// branch is BRANCH (by default "main"). From then on every
// `export --preset NAME` commits what changed in its Markdown exports there
// (mirror/GitMirror). Setting up runs no export and makes no commit; --off
// forgets the mirror and leaves the repository as it is; without either it
// says what the preset mirrors into. The preset must export Markdown, since
// that is what the mirror keeps. Exit 0 done, 2 usage or a folder that
// cannot be a mirror, 4 no such preset, 6 no state database.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace d360::cli {

class MirrorCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start(const QStringList &arguments) override;

private:
    QString failureText(const QString &message) const override;

    QCommandLineParser m_parser;
};

} // namespace d360::cli
