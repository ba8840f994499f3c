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
