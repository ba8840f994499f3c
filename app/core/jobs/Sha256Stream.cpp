// See Sha256Stream.h.
#include "core/jobs/Sha256Stream.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLibrary>

#include <utility>

namespace d360::jobs {

namespace {

// Big enough to read a file at disk speed, small enough to be no burden.
constexpr qint64 fileChunkBytes = 1024 * 1024;

// libcrypto's digest calls, resolved once, at the first hash. The library
// is not linked: every start of the program (a window's, a script's) would
// load it, 1.7 ms before main() on the benchmark machine, while most starts
// hash nothing. The signatures are OpenSSL 1.1's and 3's (EVP_MD_CTX and
// EVP_MD are opaque there too).
struct LibCrypto
{
    using NewContext = void *(*)();
    using FreeContext = void (*)(void *);
    using Sha256 = const void *(*)();
    using DigestInit = int (*)(void *, const void *, void *);
    using DigestUpdate = int (*)(void *, const void *, size_t);
    using DigestFinal = int (*)(void *, unsigned char *, unsigned int *);

    NewContext newContext = nullptr;
    FreeContext freeContext = nullptr;
    Sha256 sha256 = nullptr;
    DigestInit digestInit = nullptr;
    DigestUpdate digestUpdate = nullptr;
    DigestFinal digestFinal = nullptr;

    // Null when no libcrypto can be loaded; then Qt's SHA-256 serves.
    static const LibCrypto *instance()
    {
        static const std::unique_ptr<LibCrypto> loaded = load();
        return loaded.get();
    }

private:
    static std::unique_ptr<LibCrypto> load()
    {
        // The names OpenSSL 3 and 1.1 install under: libcrypto.so.3 on
        // Linux (libssl3; the unversioned name comes only with libssl-dev),
        // libcrypto.3.dylib on macOS, and on Windows a DLL whose name carries
        // the version and the architecture, which QLibrary cannot derive.
#if defined(Q_OS_WIN)
        const std::pair<const char *, const char *> candidates[]
            = { { "libcrypto-3-x64", nullptr },
                { "libcrypto-3", nullptr },
                { "libcrypto-1_1-x64", nullptr } };
#else
        const std::pair<const char *, const char *> candidates[]
            = { { "crypto", "3" }, { "crypto", "1.1" } };
#endif
        for (const auto &[name, version] : candidates) {
            // Stays loaded when `library` goes: QLibrary unloads only when
            // told to, and these calls are used for the life of the process.
            QLibrary library;
            if (version)
                library.setFileNameAndVersion(QString::fromLatin1(name),
                                              QString::fromLatin1(version));
            else
                library.setFileName(QString::fromLatin1(name));
            if (!library.load())
                continue;
            auto functions = std::make_unique<LibCrypto>();
            functions->newContext = reinterpret_cast<NewContext>(library.resolve("EVP_MD_CTX_new"));
            functions->freeContext
                = reinterpret_cast<FreeContext>(library.resolve("EVP_MD_CTX_free"));
            functions->sha256 = reinterpret_cast<Sha256>(library.resolve("EVP_sha256"));
            functions->digestInit
                = reinterpret_cast<DigestInit>(library.resolve("EVP_DigestInit_ex"));
            functions->digestUpdate
                = reinterpret_cast<DigestUpdate>(library.resolve("EVP_DigestUpdate"));
            functions->digestFinal
                = reinterpret_cast<DigestFinal>(library.resolve("EVP_DigestFinal_ex"));
            if (functions->newContext && functions->freeContext && functions->sha256
                && functions->digestInit && functions->digestUpdate && functions->digestFinal)
                return functions;
        }
        return nullptr;
    }
};

} // namespace

struct Sha256Stream::Engine
{
    Engine()
        : crypto(LibCrypto::instance())
        , context(crypto ? crypto->newContext() : nullptr)
    {
        if (!context)
            fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        reset();
    }
    ~Engine()
    {
        if (context)
            crypto->freeContext(context);
    }
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    void reset()
    {
        if (context)
            crypto->digestInit(context, crypto->sha256(), nullptr);
        else
            fallback->reset();
    }
    void add(const char *data, qsizetype size)
    {
        if (context)
            crypto->digestUpdate(context, data, size_t(size));
        else
            fallback->addData(QByteArrayView(data, size));
    }
    QByteArray result()
    {
        if (!context)
            return fallback->result();
        constexpr int maximumDigestBytes = 64; // EVP_MAX_MD_SIZE
        unsigned char digest[maximumDigestBytes];
        unsigned int length = 0;
        crypto->digestFinal(context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }

    const LibCrypto *crypto;
    void *context;
    std::unique_ptr<QCryptographicHash> fallback;
};

Sha256Stream::Sha256Stream()
    : m_engine(std::make_unique<Engine>())
{ }

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
    return LibCrypto::instance() ? QStringLiteral("OpenSSL") : QStringLiteral("Qt");
}

} // namespace d360::jobs
