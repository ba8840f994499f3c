// The SHA-256 of a download computed from its bytes as they arrive, on a
// thread of its own: fed in pieces, restarted from byte 0 (a server that
// ignored a range), resumed from bytes already on disk, an MD5 asked for
// midway, a file that is not there, and a hasher destroyed while it still
// has a terabyte to go, which must return at once and never deliver.
#include "core/jobs/DownloadHasher.h"
#include "core/jobs/Sha256Stream.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace d360::jobs;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Writes bytes to the file and hands them to the hasher, as JobDownload does.
void writeAndAdd(QFile &file, DownloadHasher &hasher, const QByteArray &bytes)
{
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
    QVERIFY(file.flush());
    hasher.add(bytes);
}

} // namespace

class DownloadHasherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesWhatArrivesPieceByPiece()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray content = randomBytes(5 * 1024 * 1024 + 123);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        hasher.resumeAt(0);
        qint64 written = 0;
        for (qint64 piece : { 1, 4095, 700000, 3000000 }) {
            writeAndAdd(file, hasher, content.mid(written, piece));
            written += piece;
        }
        writeAndAdd(file, hasher, content.mid(written));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QVERIFY(done.first().at(1).toString().isEmpty());
        QVERIFY(done.first().at(2).toByteArray().isEmpty()); // no MD5 unless asked for
        QCOMPARE(done.count(), 1);
    }

    void anMd5AskedForLateStillCoversTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        writeAndAdd(file, hasher, content.left(2 * 1024 * 1024));
        // As when a resumed answer is the first to announce an MD5.
        hasher.includeMd5();
        writeAndAdd(file, hasher, content.mid(2 * 1024 * 1024));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QCOMPARE(done.first().at(2).toByteArray(),
                 QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
    }

    void startsOverWhenTheBodyRestartsAtZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray wrong = randomBytes(3 * 1024 * 1024);
        QByteArray right = wrong;
        right[10] = char(right.at(10) ^ 0x55); // differs early: a prefix hash would be wrong
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        writeAndAdd(file, hasher, wrong);
        // The server ignored the range: everything again from byte 0.
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        hasher.resumeAt(0);
        writeAndAdd(file, hasher, right);
        file.close();
        hasher.finish(right.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(right));
    }

    void bytesAlreadyOnDiskAreHashedFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray content = randomBytes(2 * 1024 * 1024);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content.left(1500000)), 1500000); // an earlier run got this far
        QVERIFY(file.flush());
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        hasher.resumeAt(1500000);
        writeAndAdd(file, hasher, content.mid(1500000));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QString problem;
        QCOMPARE(Sha256Stream::fileHex(path, &problem), sha256Hex(content));
    }

    void aHashFarBehindTheDownloadReadsTheRestBackFromTheFile()
    {
        // The thread is busy with 64 MiB an earlier run left while 32 MiB
        // more arrive in an instant: more than may wait in memory, so most
        // of them reach the hash through the file. The digest must not care.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        QByteArray content(96 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(content.data()),
                                      content.size() / 4);
        const qsizetype earlier = 64 * 1024 * 1024;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content.left(earlier)), qint64(earlier));
        QVERIFY(file.flush());
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        hasher.resumeAt(earlier);
        for (qsizetype at = earlier; at < content.size(); at += 1024 * 1024)
            writeAndAdd(file, hasher, content.mid(at, 1024 * 1024));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
    }

    void fewerBytesThanTheFileHasAreAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        DownloadHasher hasher(path);
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        writeAndAdd(file, hasher, randomBytes(1000));
        hasher.finish(1001);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toByteArray().isEmpty());
        QVERIFY2(done.first().at(1).toString().contains(QLatin1String("1000 of the 1001 bytes")),
                 qPrintable(done.first().at(1).toString()));
    }

    void aMissingFileIsAnError()
    {
        QTemporaryDir dir;
        DownloadHasher hasher(dir.filePath(QStringLiteral("gone.part")));
        QSignalSpy done(&hasher, &DownloadHasher::finished);
        hasher.resumeAt(1000);
        hasher.finish(1000);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toByteArray().isEmpty());
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("gone.part")));
    }

    void destroyingItMidWayReturnsAtOnceAndNeverDelivers()
    {
        // A terabyte on disk (sparse: it takes no space) that an earlier
        // run "left": hashing it takes many minutes, so a destructor that
        // waited for it would hold the test until CTest's timeout fails it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const qint64 terabyte = qint64(1) << 40;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (!file.resize(terabyte))
                QSKIP("this file system has no sparse files of a terabyte");
        }
        auto hasher = std::make_unique<DownloadHasher>(path);
        bool delivered = false;
        connect(hasher.get(), &DownloadHasher::finished, this, [&delivered] { delivered = true; });
        hasher->resumeAt(terabyte);
        hasher->add(randomBytes(4096));
        hasher->finish(terabyte + 4096);
        hasher.reset();
        // Whatever the thread had posted before it stopped is in the queue
        // now (the destructor waited for the thread): run it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(DownloadHasherTest)
#include "tst_download_hasher.moc"
