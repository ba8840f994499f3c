// See StateDatabase.h.
#include "core/state/StateDatabase.h"

#include "core/PrivateFiles.h"
#include "core/state/StateSchema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace d360::state {

namespace {

// A writer holds the database for milliseconds; a process that finds it busy
// waits this long before it reports the database as busy.
constexpr int busyTimeoutMs = 10000;
// Opening and migrating takes milliseconds; another process holding the
// open lock longer than this is stuck.
constexpr int openLockWaitMs = 30000;

// Below this, a failure to open is most likely the full disk: SQLite needs
// room for its write-ahead log and its shared-memory index.
constexpr qint64 minimumFreeBytes = 1024 * 1024;

// SQLite's result codes for a file that is not, or no longer, a database.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> next = 0;
    return QStringLiteral("d360-state-%1").arg(next.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

StateDatabase::StateDatabase(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath))
    , m_connectionName(std::move(connectionName))
{ }

StateDatabase::~StateDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::shared_ptr<StateDatabase> StateDatabase::open(const QString &filePath, QString *problem)
{
    const QString shownPath = QDir::toNativeSeparators(filePath);
    QString why;
    if (!makePrivateFolder(QFileInfo(filePath).absolutePath(), &why)) {
        *problem = tr("The state database %1 cannot be created: %2").arg(shownPath, why);
        return nullptr;
    }
    if (!QFileInfo::exists(filePath)) {
        // Created owner-only before SQLite opens it, so the database is never
        // readable by others, not even for a moment; SQLite gives its
        // write-ahead log the same permissions.
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (!QFileInfo::exists(filePath)) {
                *problem = tr("The state database %1 cannot be created: %2")
                               .arg(shownPath, file.errorString());
                return nullptr;
            }
        } else {
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    // One process at a time opens and migrates: two connections switching a
    // new database to WAL, or upgrading their locks to migrate it, get
    // SQLITE_BUSY at once, without the busy timeout (SQLite's rule against
    // deadlock). Held for milliseconds; a process that died holding it is
    // recognised by QLockFile.
    QLockFile opening(filePath + QStringLiteral(".open.lock"));
    opening.setStaleLockTime(openLockWaitMs);
    // A lock that cannot even be made (a full disk, a read-only folder) is
    // no reason to stop here: the open that follows says what is wrong.
    if (!opening.tryLock(openLockWaitMs) && opening.error() == QLockFile::LockFailedError) {
        *problem = tr("The state database %1 is being opened by another D360 Exporter that does "
                      "not finish; try again, or look for a stuck process.")
                       .arg(shownPath);
        return nullptr;
    }

    std::shared_ptr<StateDatabase> database(new StateDatabase(filePath, uniqueConnectionName()));
    bool unusableFile = false;
    if (database->openConnection(problem, &unusableFile))
        return database;
    if (!unusableFile) {
        // SQLite says "disk I/O error" when it cannot make its index file.
        const QStorageInfo storage(QFileInfo(filePath).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < minimumFreeBytes)
            *problem = tr("%1 (the disk that holds %2 is full)").arg(*problem, shownPath);
        return nullptr;
    }

    const QString aside = database->moveAside();
    if (aside.isEmpty()) {
        *problem = tr("The state database %1 is damaged (%2) and could not be moved aside.")
                       .arg(shownPath, *problem);
        return nullptr;
    }
    const QString reason = *problem;
    problem->clear();
    if (!database->openConnection(problem, &unusableFile))
        return nullptr;
    database->m_notice = tr("The state database was damaged (%1). It was moved aside to %2, "
                            "and a new one was started: the queue, history and presets "
                            "start empty.")
                             .arg(reason, QDir::toNativeSeparators(aside));
    return database;
}

bool StateDatabase::isUnusableFile(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return code == sqliteNotADatabase || code == sqliteCorrupt;
}

bool StateDatabase::openConnection(QString *problem, bool *unusableFile)
{
    *unusableFile = false;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.isValid())
        database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!database.isValid()) {
        *problem = tr("The state database cannot be opened: Qt's SQLite driver (QSQLITE) is "
                      "missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).");
        return false;
    }
    database.setDatabaseName(m_filePath);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!database.open()) {
        *unusableFile = isUnusableFile(database.lastError());
        *problem = tr("The state database %1 cannot be opened: %2")
                       .arg(QDir::toNativeSeparators(m_filePath), describe(database.lastError()));
        return false;
    }
    // journal_mode answers with the mode it set: a file that is not a
    // database fails here, the first time SQLite reads it.
    QSqlQuery mode(database);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next()) {
        *unusableFile = isUnusableFile(mode.lastError());
        *problem = describe(mode.lastError());
        mode = QSqlQuery();
        database.close();
        return false;
    }
    mode = QSqlQuery();
    QString error;
    if (!run(QStringLiteral("PRAGMA synchronous = NORMAL"), &error)
        || !run(QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        || !StateSchema::migrate(*this, &error)) {
        *problem = error;
        database.close();
        return false;
    }
    return true;
}

QString StateDatabase::moveAside() const
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.unreadable-%2").arg(m_filePath, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.unreadable-%2-%3").arg(m_filePath, stamp).arg(n);
    if (!QFile::rename(m_filePath, target))
        return {};
    restrictToOwner(target);
    const QString log = m_filePath + QStringLiteral("-wal");
    if (QFileInfo::exists(log))
        QFile::rename(log, target + QStringLiteral("-wal"));
    // The shared-memory index holds no data; SQLite rebuilds it.
    QFile::remove(m_filePath + QStringLiteral("-shm"));
    return target;
}

QSqlDatabase StateDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StateDatabase::run(QSqlQuery &query, QString *error) const
{
    if (query.exec())
        return true;
    *error = tr("the state database %1 refused a change: %2")
                 .arg(QDir::toNativeSeparators(m_filePath), describe(query.lastError()));
    return false;
}

bool StateDatabase::run(const QString &statement, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    *error = tr("the state database %1 refused a change: %2")
                 .arg(QDir::toNativeSeparators(m_filePath), describe(query.lastError()));
    return false;
}

StateDatabase::Transaction::Transaction(const StateDatabase &database)
    : m_database(database)
{ }

StateDatabase::Transaction::~Transaction()
{
    if (m_open) {
        QString ignored;
        m_database.run(QStringLiteral("ROLLBACK"), &ignored);
    }
}

bool StateDatabase::Transaction::begin(QString *error)
{
    m_open = m_database.run(QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_open;
}

bool StateDatabase::Transaction::commit(QString *error)
{
    if (!m_database.run(QStringLiteral("COMMIT"), error))
        return false; // the destructor rolls back
    m_open = false;
    return true;
}

} // namespace d360::state
