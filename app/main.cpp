// d360-exporter: opens the window, or runs a headless verb.
//
// Deliberately thin: it only chooses a front end; the window's wiring is
// WindowSession's (app/session), the verbs' the command line's. Headless
// verbs get a QCoreApplication so they run on machines without a display; a
// verb that needs fonts (the sandbox draws PDFs) gets a QGuiApplication on the
// offscreen platform, unless QT_QPA_PLATFORM says otherwise.
#include "FontConfigWarmUp.h"
#include "SandboxCommand.h"
#include "cli/AccountsCommand.h"
#include "cli/CommandLine.h"
#include "cli/CompareCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/InterruptWatcher.h"
#include "cli/ListCommands.h"
#include "cli/MirrorCommand.h"
#include "cli/PresetsCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/VerifyCommand.h"
#include "core/ApplicationInfo.h"
#include "core/api/Redactor.h"
#include "gui/ApplicationIcon.h"
#include "gui/ApplicationStyle.h"
#include "session/WindowSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStyle>

namespace {

int runWindow(int &argc, char **argv)
{
    d360::FontConfigWarmUp fonts;
    QApplication application(argc, argv);
    fonts.wait();
    QApplication::setStyle(new d360::gui::ApplicationStyle(QApplication::style()->name()));
    d360::ApplicationInfo::apply();
    d360::ApplicationInfo::installTranslations();
    QApplication::setApplicationDisplayName(d360::ApplicationInfo::displayName());
    // The installed desktop file's name: window managers, notifications and
    // the task bar find the program's icon and name through it.
    QApplication::setDesktopFileName(d360::ApplicationInfo::applicationId());
    QApplication::setWindowIcon(d360::gui::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Export Document360 knowledge bases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Open the window on a built-in Document360 simulator."));
    parser.addOption(sandboxOption);
    parser.process(application);

    // Logging out, `kill` or Ctrl-C in the terminal that started it: leave
    // through the event loop, so the session's destructors stop the jobs
    // and remove the sandbox's temporary folders. The status is the shell's
    // for a signal (128 + its number), as the headless export gives.
    d360::cli::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &d360::cli::InterruptWatcher::interrupted, &application,
                     [](int signalNumber) { QCoreApplication::exit(128 + signalNumber); });

    d360::WindowSessionOptions options;
    options.sandboxOnly = parser.isSet(sandboxOption);
    d360::WindowSession session(options);
    QString error;
    if (!session.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return d360::cli::NetworkError;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // First, so that no message, not even one from Qt while it starts, can
    // print a secret.
    d360::api::Redactor::installMessageHandler();

    using d360::cli::CommandLine;
    CommandLine commandLine;
    commandLine.addVerb(
        QStringLiteral("accounts"),
        QCoreApplication::translate("main", "Add, list, test, rename or remove stored accounts"),
        [] { return new d360::cli::AccountsCommand; });
    commandLine.addVerb(
        QStringLiteral("export"),
        QCoreApplication::translate("main", "Export versions, languages and formats into a folder"),
        [] { return new d360::cli::ExportCommand; });
    commandLine.addVerb(
        QStringLiteral("presets"),
        QCoreApplication::translate("main", "Save, list, show, share or remove saved exports"),
        [] { return new d360::cli::PresetsCommand; });
    commandLine.addVerb(QStringLiteral("history"),
                        QCoreApplication::translate(
                            "main", "List the runs of exports, with their files and failures"),
                        [] { return new d360::cli::HistoryCommand; });
    commandLine.addVerb(QStringLiteral("projects"),
                        QCoreApplication::translate("main", "List the projects the token can see"),
                        [] { return new d360::cli::ProjectsCommand; });
    commandLine.addVerb(QStringLiteral("versions"),
                        QCoreApplication::translate("main", "List the versions of a project"),
                        [] { return new d360::cli::VersionsCommand; });
    commandLine.addVerb(
        QStringLiteral("languages"),
        QCoreApplication::translate("main", "List the languages of a project's version"),
        [] { return new d360::cli::LanguagesCommand; });
    // A schedule runs a preset: the preset store says whether it exists.
    commandLine.addVerb(
        QStringLiteral("schedule"),
        QCoreApplication::translate("main", "Back up a preset daily, weekly or every N hours"),
        [] { return new d360::cli::ScheduleCommand(&d360::cli::PresetsCommand::presetExists); });
    commandLine.addVerb(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Serve a Document360 API simulator on loopback"),
        [] { return new d360::SandboxCommand; }, CommandLine::ApplicationKind::Gui);
    commandLine.addVerb(
        QStringLiteral("compare"),
        QCoreApplication::translate("main",
                                    "Show what changed between two Markdown or HTML "
                                    "exports"),
        [] { return new d360::cli::CompareCommand; });
    commandLine.addVerb(QStringLiteral("mirror"),
                        QCoreApplication::translate(
                            "main", "Keep a Git repository in step with a preset's Markdown"),
                        [] { return new d360::cli::MirrorCommand; });
    commandLine.addVerb(
        QStringLiteral("verify"),
        QCoreApplication::translate("main", "Check a backup run folder against its manifest.json"),
        [] { return new d360::cli::VerifyCommand; });

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (commandLine.isHeadless(arguments)
        && commandLine.applicationKind(arguments) == CommandLine::ApplicationKind::Gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
        QGuiApplication application(argc, argv);
        d360::ApplicationInfo::apply();
        d360::ApplicationInfo::installTranslations();
        return commandLine.run(QCoreApplication::arguments());
    }
    if (commandLine.isHeadless(arguments)) {
        QCoreApplication application(argc, argv);
        d360::ApplicationInfo::apply();
        d360::ApplicationInfo::installTranslations();
        return commandLine.run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
