// Keeps secrets out of everything a person or a log file can read.
//
// One place, as in Document360's official CLI: every secret the process holds
// in memory is registered here, and every line that may be shown or logged
// passes through redact(). Besides the registered secrets it masks what looks
// like one whatever its origin: d360_sk_ keys, Bearer tokens, the signature of
// a signed download link, and OAuth codes and tokens in URLs or form bodies.
// installMessageHandler() routes all of Qt's logging through it, so even a
// warning from inside Qt cannot print a signed URL.
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace d360::api {

class Redactor
{
public:
    static Redactor &instance();

    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);

    QString redact(QString text) const;
    QString redactUrl(const QUrl &url) const;

    // Installs a Qt message handler that redacts every message, and takes
    // out terminal controls (see ControlCharacters.h), before it is printed
    // by the handler that was installed before.
    static void installMessageHandler();

    static QString mask() { return QStringLiteral("[redacted]"); }

private:
    Redactor() = default;

    mutable QMutex m_mutex;
    QStringList m_secrets;
};

} // namespace d360::api
