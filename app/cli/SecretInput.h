// Reads a secret (an API token) for the command line without it ever being a
// command-line argument.
//
// On a terminal it prompts on stderr and turns echo off while the writer
// types or pastes, so the token is not left on the screen or in a terminal
// recording; from a pipe or a file it reads the first line, so scripts can
// run `secret-tool lookup ... | d360-exporter accounts add ...`. argv is
// readable by every user of the machine, which is why there is no
// --token option at all.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace d360::cli {

class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(d360::cli::SecretInput)

public:
    // The secret, trimmed; nothing (with *problem set) when none could be
    // read or it is empty.
    static std::optional<QString> read(const QString &prompt, QString *problem);

    static bool standardInputIsTerminal();
};

} // namespace d360::cli
