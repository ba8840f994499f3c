// Streams one byte range of an export file from disk to one client.
//
// A 1 GB export must neither sit in memory nor be pushed into a socket
// buffer in one go, so the stream writes a chunk at a time and writes more
// only when the socket has drained below a mark (bytesWritten), reading the
// file as it goes. It can also play the storage faults: a throttle (bytes per
// second, paced by a timer) and a cut (the connection closes after N body
// bytes, Content-Length notwithstanding). The head of the answer (status and
// headers) is written by the caller; the stream writes only the body.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace d360::sandbox {

class ResponseChannel;

class DownloadStream : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QString filePath;
        qint64 offset = 0;
        qint64 length = 0;
        qint64 bytesPerSecond = 0; // 0: as fast as the socket takes it
        qint64 cutAfterBytes = -1; // -1: never cut
        bool closeWhenDone = false; // the body has no length: closing ends it
    };

    DownloadStream(std::shared_ptr<ResponseChannel> channel, const Plan &plan,
                   QObject *parent = nullptr);

    // Starts writing; emits finished() once, at the end, on a cut or when
    // the client goes away. Deletes itself after that.
    void start();

Q_SIGNALS:
    // complete: the whole planned range went out.
    void finished(bool complete, qint64 bodyBytesWritten);

private:
    void pump();
    void finish(bool complete);

    std::shared_ptr<ResponseChannel> m_channel;
    Plan m_plan;
    QFile m_file;
    qint64 m_written = 0;
    qint64 m_limit = 0;
    bool m_finished = false;
    QElapsedTimer m_clock;
    QTimer m_pace;
};

} // namespace d360::sandbox
