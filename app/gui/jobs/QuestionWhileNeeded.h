// A question about exports that can stop being worth asking while it is on
// screen: "these exports are already running; queue them again?", "remove
// exports that are still running?". The exports may end while the writer
// reads it, and then the question is stale: its text no longer says what is
// so, and its answer no longer matters.
//
// So it goes with its reason. proceed() runs at most once: when the writer
// presses the yes button, or, after any change in the queue, as soon as
// stillNeeded() no longer holds (the question then closes itself, because
// the action the writer asked for needs no question any more). From the
// queue's own announcement it runs queued, never changing the queue inside
// it. The question opens with open(), not exec(): no event loop inside the
// event loop.
#pragma once

#include <functional>

class QAbstractButton;
class QMessageBox;
class QObject;

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

// Takes ownership of question (it is deleted once closed). context owns the
// connections and must outlive proceed's captures.
void openQuestionWhileNeeded(QMessageBox *question, QAbstractButton *yes, jobs::JobQueue *queue,
                             QObject *context, std::function<bool()> stillNeeded,
                             std::function<void()> proceed);

} // namespace d360::gui
