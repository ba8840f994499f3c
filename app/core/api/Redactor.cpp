// See Redactor.h.
#include "core/api/Redactor.h"

#include "core/ControlCharacters.h"

#include <QRegularExpression>

namespace d360::api {

namespace {

// Secrets shorter than this are not masked by value: masking "a" would turn
// every message into noise, and such a short token is refused long before.
constexpr int minimumSecretLength = 6;

QtMessageHandler previousHandler = nullptr;

void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    // A log line often quotes a server (a failed job's reason): it may hold
    // escapes a terminal would obey, as well as a secret.
    const QString redacted
        = withoutControls(Redactor::instance().redact(message), LineBreaks::Keep);
    if (previousHandler)
        previousHandler(type, context, redacted);
}

// Query items and form fields whose values are secrets.
const QStringList &secretParameterNames()
{
    static const QStringList names {
        QStringLiteral("sig"),          QStringLiteral("signature"),
        QStringLiteral("code"),         QStringLiteral("code_verifier"),
        QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),     QStringLiteral("token"),
        QStringLiteral("api_key"),      QStringLiteral("client_secret"),
        QStringLiteral("password"),
    };
    return names;
}

} // namespace

Redactor &Redactor::instance()
{
    static Redactor redactor;
    return redactor;
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

void Redactor::removeSecret(const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.removeAll(secret);
}

QString Redactor::redact(QString text) const
{
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &secret : m_secrets)
            text.replace(secret, mask());
    }

    static const QRegularExpression apiKey(QStringLiteral("d360_sk_[A-Za-z0-9_\\-]+"));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=\\-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apiKeyHeader(QStringLiteral("(X-API-Key\\s*[:=]\\s*)\\S+"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretParameter = [] {
        return QRegularExpression(QStringLiteral("([?&;\\s\"']|^)(%1)=([^&\\s\"'#]+)")
                                      .arg(secretParameterNames().join(QLatin1Char('|'))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    static const QRegularExpression secretJsonField = [] {
        return QRegularExpression(QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")[^\"]*\"")
                                      .arg(secretParameterNames().join(QLatin1Char('|'))),
                                  QRegularExpression::CaseInsensitiveOption);
    }();

    text.replace(apiKey, QStringLiteral("d360_sk_") + mask());
    text.replace(bearer, QStringLiteral("\\1") + mask());
    text.replace(apiKeyHeader, QStringLiteral("\\1") + mask());
    text.replace(secretParameter, QStringLiteral("\\1\\2=") + mask());
    text.replace(secretJsonField, QStringLiteral("\\1") + mask() + QLatin1Char('"'));
    return text;
}

QString Redactor::redactUrl(const QUrl &url) const
{
    return redact(url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
}

void Redactor::installMessageHandler()
{
    previousHandler = qInstallMessageHandler(redactingMessageHandler);
}

} // namespace d360::api
