// See CommandLine.h.
#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "cli/ExitCode.h"
#include "cli/TerminalOutput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace d360::cli {

namespace {

bool isHelpOrVersion(const QString &argument)
{
    static const QStringList words { QStringLiteral("help"), QStringLiteral("--help"),
                                     QStringLiteral("-h"), QStringLiteral("--version"),
                                     QStringLiteral("-v") };
    return words.contains(argument);
}

} // namespace

CommandLine::CommandLine() = default;

void CommandLine::addVerb(const QString &name, const QString &summary, Factory factory,
                          ApplicationKind kind)
{
    m_verbs.push_back(Verb { name, summary, std::move(factory), kind });
}

bool CommandLine::isHeadless(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // Options (`--sandbox`, Qt's own `-platform`, ...) belong to the window; a
    // bare word is a verb, and an unknown one is a usage error to report
    // without a display.
    return isHelpOrVersion(first) || !first.startsWith(QLatin1Char('-'));
}

CommandLine::ApplicationKind CommandLine::applicationKind(const QStringList &arguments) const
{
    const Verb *verb = findVerb(arguments.value(1));
    return verb ? verb->kind : ApplicationKind::Core;
}

int CommandLine::run(const QStringList &arguments) const
{
    QTextStream &out = standardOutput();
    QTextStream &err = standardError();
    const QString first = arguments.value(1);

    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        out.flush();
        return Success;
    }
    if (isHelpOrVersion(first)) {
        out << usage();
        out.flush();
        return Success;
    }

    const Verb *verb = findVerb(first);
    if (!verb) {
        err << QCoreApplication::translate("d360::cli::CommandLine", "Unknown command \"%1\".")
                   .arg(first)
            << "\n\n"
            << usage();
        err.flush();
        return UsageError;
    }

    std::unique_ptr<Command> command(verb->factory());
    // Queued, because a verb may finish inside start() (a usage error, say),
    // before the event loop that exit() ends has begun.
    QObject::connect(
        command.get(), &Command::finished, QCoreApplication::instance(),
        [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    QStringList verbArguments = arguments;
    verbArguments.removeAt(1);
    verbArguments[0] = arguments.at(0) + QLatin1Char(' ') + first;
    command->start(verbArguments);
    return QCoreApplication::exec();
}

const CommandLine::Verb *CommandLine::findVerb(const QString &name) const
{
    for (const Verb &verb : m_verbs) {
        if (verb.name == name)
            return &verb;
    }
    return nullptr;
}

QString CommandLine::usage() const
{
    QString text
        = QCoreApplication::translate("d360::cli::CommandLine",
                                      "Usage: d360-exporter [--sandbox]          open the window\n"
                                      "       d360-exporter COMMAND [OPTIONS]    run headless\n"
                                      "       d360-exporter --version\n\n"
                                      "Commands:\n");
    for (const Verb &verb : m_verbs)
        text += QStringLiteral("  %1  %2\n").arg(verb.name, -12).arg(verb.summary);
    text += QCoreApplication::translate(
        "d360::cli::CommandLine",
        "\nRun \"d360-exporter COMMAND --help\" for the options of a command.\n");
    return text;
}

} // namespace d360::cli
