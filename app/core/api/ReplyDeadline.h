// Ends a QNetworkReply that takes too long, and remembers that it did.
//
// Two clocks: a total deadline for API requests, and an inactivity timeout
// that restarts whenever a byte moves, for everything. Qt has a transfer
// timeout of its own, but it reports the same error as abort(); this object
// records *why* the reply ended, so the error can say "timed out" and the
// retry logic can tell a timeout from a cancel. It is a child of the reply
// and goes away with it.
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkReply;

namespace d360::api {

class ReplyDeadline : public QObject
{
    Q_OBJECT

public:
    // total of zero: no total deadline.
    ReplyDeadline(QNetworkReply *reply, std::chrono::milliseconds total,
                  std::chrono::milliseconds inactivity);

    bool expired() const { return m_expired; }

private:
    void expire();

    QNetworkReply *m_reply;
    QTimer m_total;
    QTimer m_inactivity;
    bool m_expired = false;
};

} // namespace d360::api
