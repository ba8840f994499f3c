// Sends one API answer whose body is large (the pad_answers_to_bytes fault) a
// chunk at a time, and counts the bytes that really left the socket.
//
// A client that refuses an oversized answer hangs up early; one that does not
// takes it all. Writing the whole body into the socket at once would hide the
// difference (Qt would buffer it in this process), so the stream writes only
// when the socket has drained below a mark, the way DownloadStream does for
// files, and adds what the socket reports as written to a counter a test can
// read. Without Content-Length (the unsized_answers fault) the end of the
// body is the end of the connection, which HTTP/1.1 allows.
#pragma once

#include "sandbox/HttpMessage.h"

#include <QObject>

#include <memory>

namespace d360::sandbox {

class ResponseChannel;

class AnswerStream : public QObject
{
    Q_OBJECT

public:
    // bytesSent must outlive the stream's writes: the sandbox's statistics.
    AnswerStream(std::shared_ptr<ResponseChannel> channel, HttpReply reply, bool sized,
                 qint64 *bytesSent, QObject *parent = nullptr);

    // Writes the head and starts on the body; deletes itself at the end, or
    // when the client goes away.
    void start();

private:
    void pump();
    void finish();

    std::shared_ptr<ResponseChannel> m_channel;
    HttpReply m_reply;
    bool m_sized;
    qint64 *m_bytesSent;
    qint64 m_queued = 0;
    bool m_finished = false;
};

} // namespace d360::sandbox
