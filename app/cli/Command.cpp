// See Command.h.
#include "cli/Command.h"

#include "cli/TerminalOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace d360::cli {

QTextStream &Command::out()
{
    return standardOutput();
}

QTextStream &Command::err()
{
    return standardError();
}

QCommandLineOption Command::verboseOption()
{
    return QCommandLineOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("d360::cli::Command",
                                    "Also print what happens on the way (retries, failures)."));
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    beforeFinishing(exitCode, m_failure, [this, exitCode] {
        out().flush();
        err().flush();
        Q_EMIT finished(exitCode);
    });
}

void Command::beforeFinishing(int, const QString &, const std::function<void()> &proceed)
{
    proceed();
}

void Command::fail(const QString &message, int exitCode)
{
    if (m_finished)
        return;
    err() << failureText(message) << '\n';
    m_failure = message;
    finish(exitCode);
}

QString Command::failureText(const QString &message) const
{
    return message;
}

bool Command::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                             PositionalArguments positional)
{
    if (!parser.parse(arguments)) {
        fail(parser.errorText(), UsageError);
        return false;
    }
    applyVerbosity(parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, arguments);
        finish(Success);
        return false;
    }
    if (positional == PositionalArguments::Refused && !parser.positionalArguments().isEmpty()) {
        fail(QCoreApplication::translate("d360::cli::Command", "Unexpected argument \"%1\".")
                 .arg(parser.positionalArguments().first()),
             UsageError);
        return false;
    }
    return true;
}

QCommandLineOption Command::helpOption()
{
    return QCommandLineOption(
        { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("d360::cli::Command", "Print this command's options."));
}

void Command::applyVerbosity(const QCommandLineParser &parser)
{
    // QT_LOGGING_RULES, when set, still has the last word.
    QLoggingCategory::setFilterRules(parser.isSet(QStringLiteral("verbose"))
                                         ? QStringLiteral("*.info=false\nd360.*.info=true")
                                         : QStringLiteral("*.info=false"));
}

QString Command::helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString help = parser.helpText();
    const QString verb = arguments.value(0).section(QLatin1Char(' '), -1);
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    const QString firstLine = help.left(firstLineEnd);
    const qsizetype options = firstLine.indexOf(QLatin1String(" ["));
    help.replace(0, options < 0 ? firstLineEnd : options,
                 QStringLiteral("Usage: d360-exporter ") + verb);
    return help;
}

} // namespace d360::cli
