// See MirrorCommand.h.
#include "cli/MirrorCommand.h"

#include "cli/ExitCode.h"
#include "core/mirror/GitMirror.h"
#include "core/routines/Preset.h"
#include "core/routines/PresetStore.h"
#include "core/state/ApplicationState.h"
#include "core/state/StateDatabase.h"

#include <QDir>
#include <QFileInfo>

namespace d360::cli {

void MirrorCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Keep a Git repository in step with a preset's Markdown exports: after each "
           "\"d360-exporter export --preset NAME\", the exports are extracted into the "
           "repository, one folder per version and language, and one commit says what "
           "changed. The mirror never pushes and commits only to its branch.\n\n"
           "  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up\n"
           "  mirror --preset NAME                                show it\n"
           "  mirror --preset NAME --off                          stop mirroring"));
    m_parser.addOption(helpOption());
    m_parser.addOptions({
        QCommandLineOption(QStringLiteral("preset"), tr("The preset to mirror."), tr("NAME")),
        QCommandLineOption(QStringLiteral("repo"),
                           tr("The repository's folder: a Git repository with a working tree, or "
                              "a missing or empty folder to make one in."),
                           tr("DIR")),
        QCommandLineOption(QStringLiteral("branch"),
                           tr("The branch to commit to (default: the repository's current "
                              "branch, or \"main\" for a new one)."),
                           tr("BRANCH")),
        QCommandLineOption(QStringLiteral("off"),
                           tr("Stop mirroring; the repository is left as it is.")),
        verboseOption(),
    });
    if (!parseArguments(m_parser, arguments, PositionalArguments::Refused))
        return;
    const QString name = m_parser.value(QStringLiteral("preset"));
    if (name.isEmpty()) {
        fail(tr("Name the preset: --preset NAME."), UsageError);
        return;
    }
    const bool off = m_parser.isSet(QStringLiteral("off"));
    if (off
        && (m_parser.isSet(QStringLiteral("repo")) || m_parser.isSet(QStringLiteral("branch")))) {
        fail(tr("--off takes no --repo or --branch."), UsageError);
        return;
    }
    if (m_parser.isSet(QStringLiteral("branch")) && !m_parser.isSet(QStringLiteral("repo"))) {
        fail(tr("--branch goes with --repo DIR."), UsageError);
        return;
    }

    QString problem;
    const std::shared_ptr<state::StateDatabase> database
        = state::openApplicationState(&problem, nullptr);
    if (!database) {
        fail(problem, NotConfigured);
        return;
    }
    routines::PresetStore presets(database);
    std::optional<routines::Preset> preset = presets.find(name, &problem);
    if (!preset) {
        fail(problem, presets.contains(name) ? ApiError : NotFound);
        return;
    }

    if (!off && !m_parser.isSet(QStringLiteral("repo"))) {
        if (preset->hasMirror())
            out() << tr("The preset \"%1\" mirrors its Markdown exports into %2, on the branch "
                        "\"%3\".")
                         .arg(preset->name, QDir::toNativeSeparators(preset->mirrorRepository),
                              preset->mirrorBranch)
                  << '\n';
        else
            out() << tr("The preset \"%1\" has no Git mirror. Set one up with: d360-exporter "
                        "mirror --preset \"%1\" --repo DIR")
                         .arg(preset->name)
                  << '\n';
        finish(Success);
        return;
    }

    if (off) {
        const QString was = preset->mirrorRepository;
        preset->mirrorRepository.clear();
        preset->mirrorBranch.clear();
        if (!presets.save(*preset, &problem)) {
            fail(problem, NotConfigured);
            return;
        }
        out() << (was.isEmpty() ? tr("The preset \"%1\" had no Git mirror.").arg(preset->name)
                                : tr("The preset \"%1\" no longer mirrors into %2; the repository "
                                     "is left as it is.")
                                      .arg(preset->name, QDir::toNativeSeparators(was)))
              << '\n';
        finish(Success);
        return;
    }

    const QString repository = QFileInfo(m_parser.value(QStringLiteral("repo"))).absoluteFilePath();
    routines::Preset mirrored = *preset;
    QString branch = m_parser.value(QStringLiteral("branch"));
    mirrored.mirrorRepository = repository;
    mirrored.mirrorBranch = branch.isEmpty() ? QStringLiteral("main") : branch;
    // The preset's own rules first (it must export Markdown), so a folder
    // is never made for a mirror that cannot be saved.
    const QString why = mirrored.problem();
    if (!why.isEmpty()) {
        fail(tr("%1 Add the format with \"d360-exporter presets save\" and --replace.").arg(why),
             UsageError);
        return;
    }
    bool created = false;
    if (!mirror::GitMirror::prepare(repository, &branch, &created, &problem)) {
        fail(problem, UsageError);
        return;
    }
    mirrored.mirrorBranch = branch;
    if (!presets.save(mirrored, &problem)) {
        fail(problem, NotConfigured);
        return;
    }
    const QString where = QDir::toNativeSeparators(repository);
    if (created)
        out() << tr("Made a new Git repository in %1, on the branch \"%2\".").arg(where, branch)
              << '\n';
    out() << tr("The preset \"%1\" now mirrors its Markdown exports into %2, on the branch "
                "\"%3\". Each run of d360-exporter export --preset \"%1\" commits what "
                "changed.")
                 .arg(mirrored.name, where, branch)
          << '\n';
    finish(Success);
}

QString MirrorCommand::failureText(const QString &message) const
{
    return tr("mirror: %1").arg(message);
}

} // namespace d360::cli
