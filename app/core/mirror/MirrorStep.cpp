// See MirrorStep.h.
#include "core/mirror/MirrorStep.h"

#include "core/jobs/BackgroundWork.h"

namespace d360::mirror {

MirrorStep::MirrorStep(QObject *parent)
    : QObject(parent)
{ }

MirrorStep *MirrorStep::start(const MirrorRequest &request, QObject *parent)
{
    auto *step = new MirrorStep(parent);
    jobs::runInBackground(
        step, [request] { return GitMirror::update(request); },
        [step](const MirrorResult &result) {
            Q_EMIT step->finished(result);
            step->deleteLater();
        });
    return step;
}

} // namespace d360::mirror
