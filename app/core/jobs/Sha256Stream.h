// SHA-256 of a file that arrives in pieces, fast enough to keep up with a
// download.
//
// Qt 6.4's QCryptographicHash computes SHA-256 in portable C at about
// 100 MB/s here, which would make hashing, not the network, the limit of a
// gigabyte download. OpenSSL's libcrypto (there wherever Qt's own TLS
// works) does 1.8 GB/s with the CPU's SHA extensions, so it is linked and
// used through its EVP interface. One object belongs to one thread at a time
// (DownloadHasher feeds it from its own).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace d360::jobs {

class Sha256Stream
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::Sha256Stream)

public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(Sha256Stream &&other) noexcept;
    Sha256Stream &operator=(Sha256Stream &&other) noexcept;
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;

    void reset();
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Lower-case hex; the stream can no longer be fed afterwards.
    QByteArray finalHex();

    // Feeds the first `bytes` bytes of a file. False, with *error, when the
    // file is shorter or cannot be read.
    bool addFilePrefix(const QString &path, qint64 bytes, QString *error);

    // The hash of a whole file, or an empty array with *error.
    static QByteArray fileHex(const QString &path, QString *error);

    // OpenSSL's name and version, for benchmark reports.
    static QString implementationName();

private:
    struct Context; // keeps OpenSSL's headers out of this one
    std::unique_ptr<Context> m_context;
};

} // namespace d360::jobs
