// What every libFuzzer target here shares: the bytes as Qt types, a way to cut
// one input into several fields, a QCoreApplication for code that needs one,
// an empty folder for code that writes files, and a check that stops the run.
//
// libFuzzer mutates one flat byte string, so a target that needs several
// values (headers, a pattern and its fields) reads them as fields separated by
// a byte the mutator can insert and delete; the last field takes the rest.
// A broken promise of the code under test calls abort(), which libFuzzer
// reports as a crash and saves as a reproducer, exactly like a sanitizer
// report: a fuzzer that only looks for crashes would miss a wrong answer.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define D360_FUZZ_CHECK(condition)                                                                 \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace d360::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Exactly count fields; missing ones are empty, the last one keeps any
// further separators.
inline QList<QByteArray> fields(const QByteArray &input, char separator, int count)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0) {
            result.append(input.mid(from));
            from = input.size();
            continue;
        }
        result.append(input.mid(from, at - from));
        from = at + 1;
    }
    result.append(input.mid(from));
    return result;
}

// Timers and translations need an application object; one for the process.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "d360-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

// A real folder, empty at every call, inside a temporary folder the process
// removes at exit: targets that write files start each input from nothing.
inline QString emptyFolder()
{
    static QTemporaryDir workspace;
    D360_FUZZ_CHECK(workspace.isValid());
    const QString folder = workspace.filePath(QStringLiteral("run"));
    QDir(folder).removeRecursively();
    D360_FUZZ_CHECK(QDir().mkpath(folder));
    return folder;
}

} // namespace d360::fuzz
