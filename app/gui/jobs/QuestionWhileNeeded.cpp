// See QuestionWhileNeeded.h. One flag, shared by both ways of answering, is
// what makes proceed() run once: a click and a queue change can both arrive
// before the closed question is deleted.
#include "gui/jobs/QuestionWhileNeeded.h"

#include "core/jobs/JobQueue.h"

#include <QAbstractButton>
#include <QMessageBox>

#include <memory>
#include <utility>

namespace d360::gui {

void openQuestionWhileNeeded(QMessageBox *question, QAbstractButton *yes, jobs::JobQueue *queue,
                             QObject *context, std::function<bool()> stillNeeded,
                             std::function<void()> proceed)
{
    question->setAttribute(Qt::WA_DeleteOnClose);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(question, &QMessageBox::buttonClicked, context,
                     [yes, proceed, answered](QAbstractButton *button) {
                         if (!std::exchange(*answered, true) && button == yes)
                             proceed();
                     });
    QObject::connect(queue, &jobs::JobQueue::jobChanged, question,
                     [question, context, stillNeeded, proceed, answered] {
                         if (*answered || stillNeeded())
                             return;
                         *answered = true;
                         question->close();
                         QMetaObject::invokeMethod(context, proceed, Qt::QueuedConnection);
                     });
    question->open();
}

} // namespace d360::gui
