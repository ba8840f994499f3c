// See Sha256Stream.h.
#include "core/jobs/Sha256Stream.h"

#include <QCoreApplication>
#include <QFile>

#ifdef D360_HAVE_OPENSSL_SHA256
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace d360::jobs {

namespace {

// Big enough to read a file at disk speed, small enough to be no burden.
constexpr qint64 fileChunkBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("d360::jobs::Sha256Stream", text);
}

} // namespace

#ifdef D360_HAVE_OPENSSL_SHA256
struct Sha256Stream::Engine
{
    Engine()
        : context(EVP_MD_CTX_new())
    {
        reset();
    }
    ~Engine() { EVP_MD_CTX_free(context); }
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    void reset() { EVP_DigestInit_ex(context, EVP_sha256(), nullptr); }
    void add(const char *data, qsizetype size) { EVP_DigestUpdate(context, data, size_t(size)); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }

    EVP_MD_CTX *context;
};
#else
struct Sha256Stream::Engine
{
    void reset() { hash.reset(); }
    void add(const char *data, qsizetype size) { hash.addData(QByteArrayView(data, size)); }
    QByteArray result() { return hash.result(); }

    QCryptographicHash hash{QCryptographicHash::Sha256};
};
#endif

Sha256Stream::Sha256Stream()
    : m_engine(std::make_unique<Engine>())
{
}

Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream &&other) noexcept = default;
Sha256Stream &Sha256Stream::operator=(Sha256Stream &&other) noexcept = default;

void Sha256Stream::reset()
{
    m_engine->reset();
    m_bytes = 0;
}

void Sha256Stream::addData(const char *data, qsizetype size)
{
    m_engine->add(data, size);
    m_bytes += size;
}

QByteArray Sha256Stream::finalHex()
{
    return m_engine->result().toHex();
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
#ifdef D360_HAVE_OPENSSL_SHA256
    return QStringLiteral("OpenSSL");
#else
    return QStringLiteral("Qt");
#endif
}

} // namespace d360::jobs
