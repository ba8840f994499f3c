// `d360-exporter verify FOLDER [--json]`: is a backup run folder whole?
//
// Re-reads every file that the folder's manifest.json lists and reports the
// files that are missing, changed (size or SHA-256) or extra, and the
// planned files the manifest's verdict says were never exported. Exit 0
// when whole, 1 when not (or when the manifest cannot be read), 2 on a usage
// error, 4 when the folder has no manifest.json. The text report is short
// and grouped, with paths relative to the folder; --json prints one object
// (ManifestVerifier's report) whose keys scripts may rely on. The check runs
// directly on this thread: the command has nothing else to do meanwhile.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace d360::routines {
struct VerifyReport;
} // namespace d360::routines

namespace d360::cli {

class VerifyCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start(const QStringList &arguments) override;

private:
    QString failureText(const QString &message) const override;
    void printText(const routines::VerifyReport &report);

    QCommandLineParser m_parser;
};

} // namespace d360::cli
