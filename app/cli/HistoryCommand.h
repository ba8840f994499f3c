// `d360-exporter history [--preset NAME] [--limit N] [--json]`: the runs the
// window, the command line and schedules made, newest first, from the same
// history the window shows.
//
// The text is one line per run, to find a run; --json has every run with its
// files (path, size, SHA-256, the server's export and request ids) and its
// failures (message, trace id), for scripts, and its field names are stable.
// Failed runs are listed like the others, and the exit code says whether the
// history could be read, not whether the runs went well.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace d360::cli {

class HistoryCommand : public Command
{
    Q_OBJECT

public:
    explicit HistoryCommand(QObject *parent = nullptr);

    void start(const QStringList &arguments) override;

private:
    QString failureText(const QString &message) const override;

    QCommandLineParser m_parser;
};

} // namespace d360::cli
