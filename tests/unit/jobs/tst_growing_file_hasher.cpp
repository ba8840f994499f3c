// The SHA-256 of a file still being written, computed on a thread of its
// own: fed in pieces, cut back and rewritten (a server that ignored a range),
// resumed from bytes already on disk, an MD5 asked for midway, and a file
// that is not there.
#include "core/jobs/GrowingFileHasher.h"
#include "core/jobs/Sha256Stream.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class GrowingFileHasherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesWhatIsWrittenPieceByPiece()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray content = randomBytes(5 * 1024 * 1024 + 123);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GrowingFileHasher hasher(path);
        QSignalSpy done(&hasher, &GrowingFileHasher::finished);
        qint64 written = 0;
        for (qint64 piece : { 1, 4095, 700000, 3000000 }) {
            file.write(content.mid(written, piece));
            file.flush();
            written += piece;
            hasher.setAvailable(written);
        }
        file.write(content.mid(written));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QVERIFY(done.first().at(1).toString().isEmpty());
        QVERIFY(done.first().at(2).toByteArray().isEmpty()); // no MD5 unless asked for
    }

    void anMd5AskedForLateStillCoversTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GrowingFileHasher hasher(path);
        QSignalSpy done(&hasher, &GrowingFileHasher::finished);
        QCOMPARE(file.write(content.left(2 * 1024 * 1024)), 2 * 1024 * 1024);
        file.flush();
        hasher.setAvailable(2 * 1024 * 1024);
        // As when a resumed answer is the first to announce an MD5.
        hasher.includeMd5();
        file.write(content.mid(2 * 1024 * 1024));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QCOMPARE(done.first().at(2).toByteArray(),
                 QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
    }

    void startsOverWhenTheFileIsCutBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        const QByteArray wrong = randomBytes(3 * 1024 * 1024);
        QByteArray right = wrong;
        right[10] = char(right.at(10) ^ 0x55); // differs early: a prefix hash would be wrong
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        GrowingFileHasher hasher(path);
        QSignalSpy done(&hasher, &GrowingFileHasher::finished);
        file.write(wrong);
        file.flush();
        hasher.setAvailable(wrong.size());
        // The server ignored the range: everything again from byte 0.
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        hasher.truncate(0);
        file.write(right);
        file.close();
        hasher.setAvailable(right.size());
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
        file.write(content.left(1500000)); // an earlier run got this far
        file.flush();
        GrowingFileHasher hasher(path);
        QSignalSpy done(&hasher, &GrowingFileHasher::finished);
        hasher.setAvailable(1500000);
        file.write(content.mid(1500000));
        file.close();
        hasher.finish(content.size());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toByteArray(), sha256Hex(content));
        QString problem;
        QCOMPARE(Sha256Stream::fileHex(path, &problem), sha256Hex(content));
    }

    void aMissingFileIsAnError()
    {
        QTemporaryDir dir;
        GrowingFileHasher hasher(dir.filePath(QStringLiteral("gone.part")));
        QSignalSpy done(&hasher, &GrowingFileHasher::finished);
        hasher.finish(1000);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toByteArray().isEmpty());
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("gone.part")));
    }

    void destroyingItMidWayStopsTheThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.part"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(8 * 1024 * 1024));
        file.close();
        auto hasher = std::make_unique<GrowingFileHasher>(path);
        hasher->setAvailable(8 * 1024 * 1024);
        hasher.reset(); // must return promptly, and never deliver
    }
};

QTEST_GUILESS_MAIN(GrowingFileHasherTest)
#include "tst_growing_file_hasher.moc"
