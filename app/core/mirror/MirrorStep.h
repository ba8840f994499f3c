// A Git mirror's update (GitMirror) as one asynchronous step after a run:
// started, it works on Qt's thread pool, because extracting archives and
// hashing a working tree take time a window must not freeze for, and
// finished() follows exactly once, on the thread that started it, after
// which the step deletes itself. The command line waits for it before it
// exits; the window's session (ExportSession) starts one after each run of a
// preset with a mirror.
#pragma once

#include "core/mirror/GitMirror.h"

#include <QObject>

namespace d360::mirror {

class MirrorStep : public QObject
{
    Q_OBJECT

public:
    static MirrorStep *start(const MirrorRequest &request, QObject *parent);

Q_SIGNALS:
    void finished(const d360::mirror::MirrorResult &result);

private:
    explicit MirrorStep(QObject *parent);
};

} // namespace d360::mirror
