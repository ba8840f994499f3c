// The program's one state database: the export queues, the history of runs
// and the saved presets, in one SQLite file that the window, the command line
// and scheduled runs share, each process through its own connection.
//
// SQLite through Qt SQL, because each change is then one small transaction
// and costs the same in a queue of ten jobs or ten thousand, where the JSON
// file it replaces was rewritten whole at every change. WAL lets a window
// read history while a command-line run writes. synchronous=NORMAL in WAL
// mode keeps every committed transaction when a process is killed (what the
// crash test does) and spares an fsync per change; only a power cut may roll
// back the last changes, which the queue resumes from as from any earlier
// moment. A busy timeout makes a second process wait its turn rather than
// fail, and writes begin IMMEDIATE, so two processes never deadlock while
// upgrading their read locks. Opening itself (the switch to WAL, the
// migrations) is done by one process at a time, under a lock file beside the
// database, since SQLite answers "database is locked" at once, without
// waiting, when two processes do it together.
//
// The schema is versioned (PRAGMA user_version) and migrated forward at open
// (StateSchema). A file that is not a database is moved aside under a
// timestamped name, with its write-ahead log, and a new one is started: the
// user is told, and nothing is deleted. A database written by a newer
// version is refused and left untouched, because an older program must not
// lose a newer one's data.
//
// Qt SQL ties a connection to the thread that opened it, so an instance is
// used on one thread only; each instance has a connection of its own.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace d360::state {

class StateDatabase
{
    Q_DECLARE_TR_FUNCTIONS(d360::state::StateDatabase)

public:
    // Opens (creating it and its folder, owner-only, when missing) and
    // migrates the database at filePath. Null, with a message for the user
    // in *problem, when it cannot be used.
    static std::shared_ptr<StateDatabase> open(const QString &filePath, QString *problem);
    ~StateDatabase();
    StateDatabase(const StateDatabase &) = delete;
    StateDatabase &operator=(const StateDatabase &) = delete;

    const QString &filePath() const { return m_filePath; }
    QSqlDatabase connection() const;
    // For the user when open() moved a damaged file aside; empty otherwise.
    const QString &notice() const { return m_notice; }

    // Runs a prepared statement; false with a message naming the database
    // and SQLite's reason in *error.
    bool run(QSqlQuery &query, QString *error) const;
    // The same for a statement without parameters.
    bool run(const QString &statement, QString *error) const;

    // The rule for every write: begin IMMEDIATE, commit, and roll back on
    // any failure. A transaction left without commit() rolls back.
    class Transaction
    {
    public:
        explicit Transaction(const StateDatabase &database);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool begin(QString *error);
        bool commit(QString *error);

    private:
        const StateDatabase &m_database;
        bool m_open = false;
    };

private:
    StateDatabase(QString filePath, QString connectionName);
    // "not a database" and "malformed": the file itself is unusable.
    static bool isUnusableFile(const class QSqlError &error);
    bool openConnection(QString *problem, bool *unusableFile);
    QString moveAside() const;

    QString m_filePath;
    QString m_connectionName;
    QString m_notice;
};

} // namespace d360::state
