// How a one-shot handle (ApiCall, AccountTask) reports its end: its finished
// signal is emitted on a later turn of the event loop, and the handle is
// deleted once the slots have returned.
//
// Later, because the caller may still be inside the function that created the
// handle, with no slot connected yet, and because a slot that deletes its own
// sender must not run inside that sender. The handle decides once that it has
// ended (it keeps its own flag, so a second end is ignored before this is
// reached); this is the one place that says how the end is announced.
#pragma once

#include <QMetaObject>
#include <QObject>

namespace d360 {

template<typename Handle> void announceThenDelete(Handle *handle, void (Handle::*finishedSignal)())
{
    QMetaObject::invokeMethod(
        handle,
        [handle, finishedSignal] {
            Q_EMIT(handle->*finishedSignal)();
            handle->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace d360
