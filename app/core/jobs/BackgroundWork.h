// Runs a piece of blocking file work (hashing a gigabyte, extracting an
// archive) on Qt's thread pool, and hands its result back on the event loop.
//
// The window must not freeze while a resumed download's first gigabyte is
// hashed again. The result is delivered to the thread of `context` through
// the application object, which outlives everything, and only if `context`
// still exists then: a job cancelled meanwhile simply never hears back. The
// work itself must not touch `context`.
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace d360::jobs {

template<typename Work, typename Deliver>
void runInBackground(QObject *context, Work work, Deliver deliver)
{
    using Result = decltype(work());
    QPointer<QObject> guard(context);
    auto shared = std::make_shared<std::pair<Work, Deliver>>(std::move(work), std::move(deliver));
    QThreadPool::globalInstance()->start([guard, shared] {
        auto result = std::make_shared<Result>(shared->first());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, shared, result] {
                if (guard)
                    shared->second(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace d360::jobs
