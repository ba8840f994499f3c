// See ReplyDeadline.h.
#include "core/api/ReplyDeadline.h"

#include <QNetworkReply>

namespace d360::api {

ReplyDeadline::ReplyDeadline(QNetworkReply *reply, std::chrono::milliseconds total,
                             std::chrono::milliseconds inactivity)
    : QObject(reply)
    , m_reply(reply)
{
    m_total.setSingleShot(true);
    m_inactivity.setSingleShot(true);
    connect(&m_total, &QTimer::timeout, this, &ReplyDeadline::expire);
    connect(&m_inactivity, &QTimer::timeout, this, &ReplyDeadline::expire);
    if (total.count() > 0)
        m_total.start(total);
    m_inactivity.start(inactivity);

    auto restartInactivity = [this] {
        m_inactivity.start();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, restartInactivity);
    connect(reply, &QNetworkReply::uploadProgress, this, restartInactivity);
    connect(reply, &QNetworkReply::metaDataChanged, this, restartInactivity);
    connect(reply, &QNetworkReply::finished, this, [this] {
        m_total.stop();
        m_inactivity.stop();
    });
}

void ReplyDeadline::expire()
{
    if (m_reply->isFinished())
        return;
    m_expired = true;
    m_reply->abort();
}

} // namespace d360::api
