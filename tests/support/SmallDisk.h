// A real, small, nearly full file system for the tests of a full disk.
//
// A full disk cannot be faked honestly: what matters is what write(),
// close() and rename() really answer when the blocks run out, so the tests
// mount a tmpfs of a few hundred KiB and fill it. As root (CI) the test
// mounts it directly. Otherwise D360_REQUIRE_SMALL_DISK runs the same test
// function again in a child process inside its own user and mount namespace
// (`unshare -Urm`), where it may mount a tmpfs nobody else sees, and passes
// or fails with the child. Only when that is impossible too does the test
// skip, saying why. (The test process has threads, Qt Test's watchdog among
// them, so it cannot unshare() itself.)
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>

namespace d360::testing {

class SmallDisk
{
public:
    explicit SmallDisk(qint64 sizeBytes)
    {
        if (!m_mountPoint.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder for the mount point");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
        if (::mount("tmpfs", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs",
                    MS_NOSUID | MS_NODEV, options.constData())
            == 0) {
            m_mounted = true;
            return;
        }
        m_whyNot = QStringLiteral("cannot mount a tmpfs at %1: %2")
                       .arg(m_mountPoint.path(), QString::fromLocal8Bit(std::strerror(errno)));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_mountPoint.path(); }
    QString filePath(const QString &name) const { return QDir(path()).filePath(name); }

    // Gives the file system a new size, as freeing space on a real disk
    // would: what is on it stays.
    bool resize(qint64 sizeBytes)
    {
        const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
        return ::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs",
                       MS_REMOUNT | MS_NOSUID | MS_NODEV, options.constData())
            == 0;
    }

    qint64 freeBytes() const
    {
        struct statvfs info = {};
        if (::statvfs(QFile::encodeName(path()).constData(), &info) != 0)
            return -1;
        return qint64(info.f_bavail) * qint64(info.f_frsize);
    }

    // Writes a filler file until only about `leftBytes` are free.
    bool fillLeaving(qint64 leftBytes)
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (freeBytes() > leftBytes) {
            if (filler.write(block) != block.size())
                return false;
        }
        return true;
    }

    struct ChildRun
    {
        bool skipped = false;
        bool passed = false;
        QString report;
    };

    // Runs the current test function of this executable again under
    // `unshare -Urm`. whyNotHere is what the mount said in this process.
    static ChildRun rerunInOwnNamespace(const QString &whyNotHere)
    {
        ChildRun run;
        if (qEnvironmentVariableIsSet("D360_SMALL_DISK_CHILD")) {
            run.skipped = true;
            run.report = whyNotHere + QStringLiteral(", even in a namespace of its own");
            return run;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("D360_SMALL_DISK_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("unshare"),
                    { QStringLiteral("-Urm"), QCoreApplication::applicationFilePath(),
                      QString::fromLatin1(QTest::currentTestFunction()) });
        const bool finished = child.waitForFinished(120000);
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (!finished || child.exitStatus() != QProcess::NormalExit || output.isEmpty()) {
            run.skipped = true;
            run.report = whyNotHere
                + QStringLiteral("; `unshare -Urm` did not run the test either: ")
                + (child.errorString() + QLatin1Char(' ') + output).trimmed();
            return run;
        }
        run.skipped = output.contains(QLatin1String("SKIP   :"));
        run.passed = child.exitCode() == 0 && !run.skipped;
        run.report = QStringLiteral("in a child under `unshare -Urm`:\n") + output;
        return run;
    }

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace d360::testing

// Declares `disk`, a SmallDisk of sizeBytes. Without the right to mount, the
// test function is run again in a namespace of its own and ends here with
// that run's verdict.
#define D360_REQUIRE_SMALL_DISK(disk, sizeBytes)                                                   \
    d360::testing::SmallDisk disk(sizeBytes);                                                      \
    if (!disk.isMounted()) {                                                                       \
        const d360::testing::SmallDisk::ChildRun childRun                                          \
            = d360::testing::SmallDisk::rerunInOwnNamespace(disk.whyNot());                        \
        if (childRun.skipped)                                                                      \
            QSKIP(qPrintable(childRun.report));                                                    \
        QVERIFY2(childRun.passed, qPrintable(childRun.report));                                    \
        qInfo("%s", qPrintable(childRun.report.section(QLatin1Char('\n'), 0, 0)));                 \
        return;                                                                                    \
    }
