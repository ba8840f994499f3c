// See VerifyCommand.h.
#include "cli/VerifyCommand.h"

#include "core/routines/ManifestVerifier.h"

#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace d360::cli {

using routines::VerifyFinding;
using routines::VerifyReport;

namespace {

void printGroup(QTextStream &stream, const QString &heading, const QList<VerifyFinding> &findings)
{
    if (findings.isEmpty())
        return;
    stream << heading << '\n';
    for (const VerifyFinding &finding : findings)
        stream << VerifyCommand::tr("  %1: %2").arg(finding.path, finding.detail) << '\n';
}

} // namespace

void VerifyCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Check that a backup run folder holds exactly the files its manifest.json lists: "
           "reports missing, changed and extra files, and planned files that were never "
           "exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest."));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("folder"),
                                   tr("The run folder (the one that holds manifest.json)."));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print the report as one JSON object.")));
    m_parser.addOption(verboseOption());
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1) {
        fail(positional.isEmpty()
                 ? tr("Name the run folder to verify.")
                 : tr("Name one run folder to verify, not %1.").arg(positional.size()),
             UsageError);
        return;
    }
    const QString folder = positional.first();
    const VerifyReport report = routines::ManifestVerifier::verify(folder);
    if (m_parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    switch (report.manifestState) {
    case VerifyReport::ManifestState::Missing:
        fail(tr("%1: %2").arg(QDir::toNativeSeparators(folder), report.manifestProblem), NotFound);
        return;
    case VerifyReport::ManifestState::Unreadable:
        fail(tr("%1: %2").arg(QDir::toNativeSeparators(folder), report.manifestProblem), ApiError);
        return;
    case VerifyReport::ManifestState::Read:
        break;
    }
    if (!m_parser.isSet(QStringLiteral("json")))
        printText(report);
    finish(report.isWhole() ? Success : ApiError);
}

void VerifyCommand::printText(const VerifyReport &report)
{
    QTextStream &stream = out();
    const QString folder = QDir::toNativeSeparators(report.folder);
    // The singulars come from the English plural forms, loaded in every
    // language (ApplicationInfo::installTranslations).
    if (report.isWhole()) {
        stream << tr("%1 is whole: %n files checked against its manifest.", nullptr,
                     report.filesChecked)
                      .arg(folder)
               << '\n';
    } else {
        const int problems = int(report.missing.size() + report.changed.size() + report.extra.size()
                                 + report.notExported.size());
        stream << tr("%1 is not whole: %n problems.", nullptr, problems).arg(folder) << '\n';
        printGroup(stream, tr("Missing (%1):").arg(report.missing.size()), report.missing);
        printGroup(stream, tr("Changed (%1):").arg(report.changed.size()), report.changed);
        printGroup(stream, tr("Extra (%1):").arg(report.extra.size()), report.extra);
        if (!report.notExported.isEmpty()) {
            stream << tr("Never exported, as the manifest's verdict says (%1):")
                          .arg(report.notExported.size())
                   << '\n';
            for (const routines::ManifestItem &item : report.notExported)
                stream << tr("  %1: %2")
                              .arg(item.displayTitle(),
                                   item.errorMessage.isEmpty() ? item.state : item.errorMessage)
                       << '\n';
        }
    }
    for (const QString &warning : report.warnings)
        stream << tr("Warning: %1").arg(warning) << '\n';
}

QString VerifyCommand::failureText(const QString &message) const
{
    return tr("verify: %1").arg(message);
}

} // namespace d360::cli
