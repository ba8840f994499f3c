// The details pane as a writer reads it, offscreen, at a realistic size: a
// long hash, id or path does not widen the pane (it is elided in the middle,
// whole on hover and on copy); the end of a long failure message can always
// be scrolled to and read, none of its lines cut off; and the id for support
// shows once when the trace id and the request id are the same, both when
// they differ.
#include "core/jobs/ExportJob.h"
#include "gui/ElidedLabel.h"
#include "gui/jobs/JobDetailsPane.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace d360;

namespace {

jobs::ExportJob failedJob()
{
    jobs::ExportJob job;
    job.id = QUuid::createUuid();
    job.projectName = QStringLiteral("Acme Cloud Handbook");
    job.state = jobs::JobState::Failed;
    job.requestId = QStringLiteral("5447f8ae-d66c-41e8-bc7b-5101961597a7");
    job.traceId = job.requestId;
    QStringList sentences;
    for (int i = 1; i <= 40; ++i)
        sentences.append(QStringLiteral("Rendering stopped at article %1 of the section.").arg(i));
    job.errorMessage
        = sentences.join(QLatin1Char(' ')) + QStringLiteral(" THE END: start the export again.");
    return job;
}

template<typename Widget> Widget *child(QWidget &parent, const char *name)
{
    return parent.findChild<Widget *>(QLatin1String(name));
}

} // namespace

class JobDetailsPaneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longValuesDoNotWidenThePane()
    {
        gui::JobDetailsPane pane;
        pane.resize(pane.sizeHint().width(), 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QSize before = pane.sizeHint();
        const QSize minimumBefore = pane.minimumSizeHint();

        jobs::ExportJob job = failedJob();
        job.state = jobs::JobState::Completed;
        job.errorMessage.clear();
        job.sha256Hex = QByteArray(64, 'f');
        job.finalPath = QStringLiteral("/home/writer/Exports/a/very/long/folder/name/that/goes/on/"
                                       "Acme Cloud Handbook-v2.0-en.pdf");
        pane.showJob(&job);
        QCOMPARE(pane.sizeHint(), before);
        QCOMPARE(pane.minimumSizeHint(), minimumBefore);

        auto *sha = child<gui::ElidedLabel>(pane, "sha256Value");
        QVERIFY(sha && sha->isVisible());
        QVERIFY2(sha->isElided(), qPrintable(sha->text()));
        QVERIFY(sha->text().contains(QChar(0x2026)));
        QCOMPARE(sha->fullText(), QString::fromLatin1(job.sha256Hex));
        QCOMPARE(sha->toolTip(), QString::fromLatin1(job.sha256Hex));
        QSignalSpy copied(&pane, &gui::JobDetailsPane::copied);
        sha->setFocus();
        QTest::keyClick(sha, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(job.sha256Hex));
        QCOMPARE(copied.count(), 1);
    }

    void theEndOfALongMessageCanBeRead()
    {
        gui::JobDetailsPane pane;
        pane.resize(320, 220);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const jobs::ExportJob job = failedJob();
        pane.showJob(&job);
        auto *message = child<QLabel>(pane, "messageValue");
        auto *scroll = child<QScrollArea>(pane, "scrollArea");
        QVERIFY(message && scroll);
        QCoreApplication::sendPostedEvents();
        // Every wrapped line has its room ...
        QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
                     qPrintable(QStringLiteral("%1 px for %2 px of text")
                                    .arg(message->height())
                                    .arg(message->heightForWidth(message->width()))));
        // ... and the pane scrolls to the last of them.
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        const QPoint bottom = message->mapTo(scroll->viewport(), QPoint(0, message->height()));
        QVERIFY2(bottom.y() <= scroll->viewport()->height(),
                 "the message's last line is out of reach");
        QVERIFY(message->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(message->text().endsWith(QLatin1String("THE END: start the export again.")));
    }

    void theIdForSupportShowsOnce()
    {
        gui::JobDetailsPane pane;
        pane.resize(400, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        jobs::ExportJob job = failedJob();
        pane.showJob(&job);
        auto *support = child<gui::ElidedLabel>(pane, "traceIdValue");
        auto *request = child<gui::ElidedLabel>(pane, "requestIdValue");
        QCOMPARE(support->fullText(), job.traceId);
        QVERIFY(support->isVisible());
        QVERIFY(!request->isVisible());
        QVERIFY(support->toolTip().startsWith(job.traceId));
        QVERIFY(support->toolTip().contains(QLatin1String("Document360 support")));

        job.requestId = QStringLiteral("a-later-request");
        pane.showJob(&job);
        QVERIFY(request->isVisible());
        QCOMPARE(request->fullText(), job.requestId);

        job.traceId.clear(); // a completed job: the request id is the one to give
        pane.showJob(&job);
        QCOMPARE(support->fullText(), job.requestId);
        QVERIFY(!request->isVisible());
    }
};

QTEST_MAIN(JobDetailsPaneTest)
#include "tst_job_details_pane.moc"
