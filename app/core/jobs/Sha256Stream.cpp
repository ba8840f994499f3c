// See Sha256Stream.h.
#include "core/jobs/Sha256Stream.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace d360::jobs {

namespace {

// Big enough to read a file at disk speed, small enough to be no burden.
constexpr qint64 fileChunkBytes = 1024 * 1024;

} // namespace

struct Sha256Stream::Context
{
    Context()
        : digest(EVP_MD_CTX_new())
    {
        // Only a failed allocation makes these fail; the digest then comes
        // out empty, which no announced or saved digest matches.
        if (digest)
            EVP_DigestInit_ex(digest, EVP_sha256(), nullptr);
    }
    ~Context() { EVP_MD_CTX_free(digest); }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    EVP_MD_CTX *digest;
};

Sha256Stream::Sha256Stream()
    : m_context(std::make_unique<Context>())
{ }

Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream &&other) noexcept = default;
Sha256Stream &Sha256Stream::operator=(Sha256Stream &&other) noexcept = default;

void Sha256Stream::reset()
{
    if (m_context->digest)
        EVP_DigestInit_ex(m_context->digest, EVP_sha256(), nullptr);
}

void Sha256Stream::addData(const char *data, qsizetype size)
{
    if (m_context->digest)
        EVP_DigestUpdate(m_context->digest, data, size_t(size));
}

QByteArray Sha256Stream::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_context->digest || EVP_DigestFinal_ex(m_context->digest, digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

bool Sha256Stream::addFilePrefix(const QString &path, qint64 bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray buffer(int(qMin(fileChunkBytes, qMax<qint64>(bytes, 1))), Qt::Uninitialized);
    qint64 left = bytes;
    while (left > 0) {
        const qint64 read = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (read <= 0) {
            *error = read < 0 ? file.errorString()
                              : tr("%1 has fewer than %2 bytes").arg(path).arg(bytes);
            return false;
        }
        addData(buffer.constData(), read);
        left -= read;
    }
    return true;
}

QByteArray Sha256Stream::fileHex(const QString &path, QString *error)
{
    const qint64 size = QFile(path).size();
    Sha256Stream stream;
    if (!stream.addFilePrefix(path, size, error))
        return {};
    return stream.finalHex();
}

QString Sha256Stream::implementationName()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace d360::jobs
