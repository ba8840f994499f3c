// Two exports read and compared off the GUI thread, for the comparison
// window: reading a ZIP inflates and hashes every entry and diffing edited
// articles takes a while, which must not freeze the window.
//
// The task is a QObject that finishes exactly once, like ApiCall and
// AccountTask: it starts at once, emits finished() with the outcome and then
// deletes itself. Destroyed earlier (its parent, a window, closed), it emits
// nothing; the worker still runs to its end on the thread pool, on copies,
// and its result is dropped. The outcome's parts are shared and read-only,
// so the window and a later "Save as HTML" use them without copying
// snapshots that may hold thousands of articles.
#pragma once

#include "core/compare/ExportComparison.h"
#include "core/compare/ExportSnapshot.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

template<typename T> class QFutureWatcher;

namespace d360::compare {

struct ComparisonOutcome
{
    // Why the exports could not be compared, naming the file; empty on
    // success.
    QString problem;
    std::shared_ptr<const ExportSnapshot> before;
    std::shared_ptr<const ExportSnapshot> after;
    std::shared_ptr<const ExportComparison> comparison;

    bool succeeded() const { return problem.isEmpty() && comparison != nullptr; }

    // On the calling thread: what the task does on its worker.
    static ComparisonOutcome compute(const QString &beforePath, const QString &afterPath);
};

class ExportComparisonTask : public QObject
{
    Q_OBJECT

public:
    // Starts reading both exports; parent owns the task until it finishes.
    static ExportComparisonTask *start(const QString &beforePath, const QString &afterPath,
                                       QObject *parent);

Q_SIGNALS:
    void finished(const d360::compare::ComparisonOutcome &outcome);

private:
    explicit ExportComparisonTask(QObject *parent);

    QFutureWatcher<ComparisonOutcome> *m_watcher;
};

} // namespace d360::compare

Q_DECLARE_METATYPE(d360::compare::ComparisonOutcome)
