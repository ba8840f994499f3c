// See NetworkErrors.h.
#include "core/api/NetworkErrors.h"

#include <QNetworkReply>

namespace d360::api {

ApiError transportError(const QNetworkReply *reply, bool timedOut)
{
    using Kind = ApiError::Kind;
    Kind kind = Kind::NetworkUnreachable;
    QString detail = reply->errorString();
    if (timedOut) {
        kind = Kind::Timeout;
        detail = ApiError::tr("no answer in time");
    } else {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            kind = Kind::ConnectionRefused;
            break;
        case QNetworkReply::RemoteHostClosedError:
            kind = Kind::ConnectionLost;
            break;
        case QNetworkReply::HostNotFoundError:
            kind = Kind::HostNotFound;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::ProxyTimeoutError:
            kind = Kind::Timeout;
            break;
        case QNetworkReply::OperationCanceledError:
            kind = Kind::Cancelled;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            kind = Kind::Tls;
            break;
        case QNetworkReply::TooManyRedirectsError:
            kind = Kind::TooManyRedirects;
            break;
        case QNetworkReply::InsecureRedirectError:
            kind = Kind::InsecureUrl;
            break;
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProtocolFailure:
            kind = Kind::InvalidResponse;
            break;
        default:
            kind = Kind::NetworkUnreachable;
            break;
        }
    }
    ApiError error(kind, detail);
    error.setHost(reply->url().host());
    return error;
}

} // namespace d360::api
