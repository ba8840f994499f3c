// Decides whether a command line is for the window or for a headless verb, and
// runs the verb.
//
// main() asks before it creates any application object, because a headless
// verb must run with QCoreApplication: on a server with no display, merely
// constructing QApplication would abort. A verb that draws without a window
// (the sandbox renders PDFs, which needs fonts) asks for a QGuiApplication,
// which main() creates on the offscreen platform unless told otherwise.
// Verbs that live outside d360cli (the sandbox, which d360cli must not depend
// on) are registered by main().
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace d360::cli {

class Command;

class CommandLine
{
public:
    using Factory = std::function<Command *()>;

    // The application object a verb needs main() to create.
    enum class ApplicationKind { Core, Gui };

    CommandLine();

    void addVerb(const QString &name, const QString &summary, Factory factory,
                 ApplicationKind kind = ApplicationKind::Core);

    // True when the arguments name a verb, ask for help or the version, or are
    // not something the window understands; false when they open the window.
    bool isHeadless(const QStringList &arguments) const;

    // What the verb named in the arguments needs; Core for anything else.
    ApplicationKind applicationKind(const QStringList &arguments) const;

    // Runs the verb named in the arguments on the current QCoreApplication's
    // event loop and returns the process exit code.
    int run(const QStringList &arguments) const;

private:
    struct Verb
    {
        QString name;
        QString summary;
        Factory factory;
        ApplicationKind kind;
    };

    const Verb *findVerb(const QString &name) const;
    QString usage() const;

    std::vector<Verb> m_verbs;
};

} // namespace d360::cli
