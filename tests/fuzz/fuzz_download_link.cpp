// Fuzzes the checks a download link passes before anything is fetched: the
// export status's download_url (ExportStatus::fromJson), the URL rule every
// fetch and every redirect hop must pass (ServerAddress::isAllowedUrl), the
// https-to-http downgrade refusal of DownloadAttempt::followRedirect, and the
// same-origin test that decides whether a credential may go along
// (ServerAddress::isSameOrigin). A link from the server must never lead to
// plain http on another computer, nor carry the API key to another host.
//
// Input: a redirect Location up to the first newline, then the export
// status object as the server sends it in "data".
#include "FuzzSupport.h"
#include "core/api/ApiModels.h"
#include "core/api/ServerAddress.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace d360;

namespace {

// The rule, spelt out again independently of its implementation.
bool mayFetch(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && api::ServerAddress::isLoopbackHost(url.host()));
}

void checkHop(const QUrl &url, const QUrl &apiBase)
{
    QString problem;
    const bool allowed = api::ServerAddress::isAllowedUrl(url, &problem);
    D360_FUZZ_CHECK(allowed == mayFetch(url));
    if (!allowed)
        D360_FUZZ_CHECK(!problem.isEmpty());
    // A credential goes only where the API is.
    if (api::ServerAddress::isSameOrigin(url, apiBase))
        D360_FUZZ_CHECK(url.host().compare(apiBase.host(), Qt::CaseInsensitive) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), '\n', 2);
    const QJsonObject object = QJsonDocument::fromJson(parts.at(1)).object();
    QString problem;
    const std::optional<api::ExportStatus> status = api::ExportStatus::fromJson(object, &problem);
    if (!status)
        return 0;
    const QUrl link = status->downloadUrl;
    if (!link.isValid())
        return 0;
    const QUrl apiBase = api::ServerAddress::eu().apiBaseUrl();
    checkHop(link, apiBase);

    // One redirect hop, resolved the way DownloadAttempt resolves it.
    const QUrl location = link.resolved(QUrl::fromEncoded(parts.at(0)));
    const bool downgrade
        = link.scheme() == QLatin1String("https") && location.scheme() != QLatin1String("https");
    if (!downgrade)
        checkHop(location, apiBase);
    return 0;
}
