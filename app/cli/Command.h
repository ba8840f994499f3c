// One headless verb (`export`, `projects`, `sandbox`, ...).
//
// Verbs are asynchronous like everything in the core: start() returns at once
// and the verb emits finished() with its exit code when its work is done, so
// main() simply runs the event loop until then. Output goes through out() and
// err() so that every verb writes UTF-8 the same way.
#pragma once

#include "cli/ExitCode.h"

#include <QObject>
#include <QStringList>

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
    static QTextStream &out();
    static QTextStream &err();
};

} // namespace d360::cli
