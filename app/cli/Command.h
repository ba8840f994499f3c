// One headless verb (`export`, `projects`, `sandbox`, ...).
//
// Verbs are asynchronous like everything in the core: start() returns at once
// and the verb emits finished() with its exit code when its work is done, so
// main() simply runs the event loop until then. A verb ends exactly once
// (finish()): an answer or a signal that arrives after the end changes
// nothing, the same rule ApiCall keeps. The parsing every verb starts with
// (usage errors, --verbose, --help) is here, so each verb says the same.
// Output goes through out() and err() so that every verb writes UTF-8 the
// same way, with secrets masked and terminal controls taken out (see
// TerminalOutput.h).
#pragma once

#include "cli/ExitCode.h"

#include <QObject>
#include <QStringList>

class QCommandLineOption;
#include <functional>

class QCommandLineParser;
class QTextStream;

namespace d360::cli {

class Command : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // arguments holds the program name and the verb followed by its own
    // options, as QCommandLineParser expects them.
    virtual void start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Flushes the output and emits finished(exitCode), once
    // beforeFinishing() let it; only the first call counts.
    void finish(int exitCode);
    bool hasFinished() const { return m_finished; }
    // Last words of a verb, which may take a moment (a desktop notification
    // waits for its answer): call proceed() once, when done. reason is the
    // message of the fail() that ends the verb, or empty.
    virtual void beforeFinishing(int exitCode, const QString &reason,
                                 const std::function<void()> &proceed);
    // The message on stderr, as failureText() words it, then finish().
    void fail(const QString &message, int exitCode);
    // How the verb words a failure: the message as it is, or with the
    // verb's name in front ("export: ...").
    virtual QString failureText(const QString &message) const;

    enum class PositionalArguments { Refused, Accepted };
    // Parses the verb's arguments, applies --verbose and answers --help.
    // False when the verb has already finished: a usage error (or, with
    // Refused, an argument that is not an option) was reported, or the help
    // was printed. The parser must know helpOption() and verboseOption().
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                        PositionalArguments positional);

    static QTextStream &out();
    static QTextStream &err();

    // --verbose: the log's info lines (retries, failed jobs) reach stderr
    // only with it; warnings always do.
    static QCommandLineOption verboseOption();
    // -h, --help. Not QCommandLineParser::addHelpOption(), which also offers
    // --help-all (Qt's own options), which a verb that parses with parse()
    // never acts on: `export --help-all` was a usage error and
    // `sandbox --help-all` started the server.
    static QCommandLineOption helpOption();
    static void applyVerbosity(const QCommandLineParser &parser);
    // The parser's help, naming the verb: QCommandLineParser names only the
    // program, by the path it was started with. arguments[0] is
    // "PROGRAM VERB", as CommandLine passes it.
    static QString helpText(const QCommandLineParser &parser, const QStringList &arguments);

private:
    bool m_finished = false;
    QString m_failure;
};

} // namespace d360::cli
