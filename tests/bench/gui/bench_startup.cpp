// Benchmark: time from process start to the first painted window, and the
// memory the process holds once the window is idle, for d360-exporter beside
// a bare Qt Widgets window (bench_bare_window: a QMainWindow with a
// QTableView) on the same machine. Goal: the exporter within 1.5x of the
// bare window on both.
//
// Both programs report their first paint themselves through the opt-in
// D360_REPORT_FIRST_PAINT=<file> protocol (app/gui/FirstPaintReport.h):
// the steady clock at that moment, which this harness compares with the
// same clock read just before it started the process (microseconds; the
// kernel's own start time has only 10 ms resolution), and VmRSS at that
// moment. No LD_PRELOAD, no screenshots. Idle memory is VmRSS read from
// /proc/<pid>/status two seconds after the first paint.
//
// Two situations, each run with a throw-away HOME and XDG folders:
// - first run: no account, so the exporter opens on its first-run screen;
// - returning user: one stored account (added before the run with
//   `d360-exporter accounts add`, its token in the keychain) on a sandbox
//   this harness starts, so the exporter opens on the workspace, reads the
//   token and loads the projects while it starts, as it does every day.
// Within a situation, runs alternate between the two programs after one
// unmeasured warm-up each (so both start from a warm disk cache), and the
// median of the runs is reported; for the time, also the ratio of the
// fastest runs, the least disturbed by a shared machine's other work.
//
// Built with the tests, never run by CTest. Run it on a real display with a
// keychain, for example inside the test session (Xvfb, a D-Bus session and
// gnome-keyring):
//   tests/support/test-session.sh build/gui/bench/bench_startup startup.txt 7
// Arguments: figures file (default startup.txt), runs per program and
// situation (default 7), the exporter's path (default: env D360_EXECUTABLE,
// else ../bin/d360-exporter beside this program). bench_bare_window must be
// beside this program.
#include "gui/FirstPaintReport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace {

struct Sample
{
    qint64 firstPaintMicroseconds = -1;
    qint64 firstPaintRssKiB = -1;
    qint64 idleRssKiB = -1;
};

// Prepares a fresh HOME before a run; false (and a reason) if it could not.
using HomePreparation
    = std::function<bool(const QProcessEnvironment &environment, QString *problem)>;

QProcessEnvironment environmentWithHome(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char *name :
         { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
        const QString folder = home.filePath(QString::fromLatin1(name));
        QDir().mkpath(folder);
        environment.insert(QString::fromLatin1(name), folder);
    }
    return environment;
}

// A benchmark harness may poll and wait in place: nothing else runs here.
Sample measure(const QString &program, const HomePreparation &prepare, QString *problem)
{
    QTemporaryDir home;
    const QString reportPath = home.filePath(QStringLiteral("first-paint.txt"));
    QProcessEnvironment environment = environmentWithHome(home);
    Sample sample;
    if (prepare && !prepare(environment, problem))
        return sample;
    environment.insert(QStringLiteral("D360_REPORT_FIRST_PAINT"), reportPath);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    const qint64 launchedNs = QDeadlineTimer::current().deadlineNSecs();
    process.start(program, {});
    if (!process.waitForStarted(10000)) {
        *problem = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return sample;
    }
    QDeadlineTimer deadline(30000);
    while (!QFile::exists(reportPath) && !deadline.hasExpired()
           && process.state() == QProcess::Running)
        QThread::msleep(5);
    QFile report(reportPath);
    if (!report.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1 wrote no first-paint report").arg(program);
    } else {
        for (const QByteArray &line : report.readAll().split('\n')) {
            if (line.startsWith("monotonic_ns="))
                sample.firstPaintMicroseconds = (line.mid(13).toLongLong() - launchedNs) / 1000;
            else if (line.startsWith("rss_kb="))
                sample.firstPaintRssKiB = line.mid(7).toLongLong();
        }
        QThread::msleep(2000); // idle: two seconds after the first paint
        sample.idleRssKiB = d360::gui::residentMemoryKiB(process.processId());
    }
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return sample;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString milliseconds(qint64 microseconds)
{
    return QString::number(double(microseconds) / 1000.0, 'f', 1);
}

QString millisecondList(const QList<qint64> &values)
{
    QStringList texts;
    for (qint64 value : values)
        texts.append(milliseconds(value));
    return texts.join(QLatin1Char(' '));
}

QString ratio(qint64 a, qint64 b)
{
    return b > 0 ? QString::number(double(a) / double(b), 'f', 2) : QStringLiteral("?");
}

// One situation: warm-ups, then alternating runs; the figures as text.
QString compare(const QString &title, const QString &bare, const QString &exporter, int runs,
                const HomePreparation &prepare, QString *problem)
{
    measure(bare, {}, problem); // warm-ups, not counted
    measure(exporter, prepare, problem);
    QList<qint64> bareMs, bareRss, bareIdle, appMs, appRss, appIdle;
    for (int run = 0; run < runs && problem->isEmpty(); ++run) {
        const Sample b = measure(bare, {}, problem);
        const Sample a = measure(exporter, prepare, problem);
        bareMs.append(b.firstPaintMicroseconds);
        bareRss.append(b.firstPaintRssKiB);
        bareIdle.append(b.idleRssKiB);
        appMs.append(a.firstPaintMicroseconds);
        appRss.append(a.firstPaintRssKiB);
        appIdle.append(a.idleRssKiB);
    }
    if (!problem->isEmpty())
        return {};
    QString text;
    QTextStream out(&text);
    out << title << ":\n";
    out << "  bare window:   first paint " << milliseconds(median(bareMs))
        << " ms (runs: " << millisecondList(bareMs) << "), RSS at first paint " << median(bareRss)
        << " KiB, idle RSS " << median(bareIdle) << " KiB\n";
    out << "  d360-exporter: first paint " << milliseconds(median(appMs))
        << " ms (runs: " << millisecondList(appMs) << "), RSS at first paint " << median(appRss)
        << " KiB, idle RSS " << median(appIdle) << " KiB\n";
    out << "  ratio exporter/bare: first paint " << ratio(median(appMs), median(bareMs))
        << " (fastest runs: "
        << ratio(*std::min_element(appMs.cbegin(), appMs.cend()),
                 *std::min_element(bareMs.cbegin(), bareMs.cend()))
        << "), idle RSS " << ratio(median(appIdle), median(bareIdle)) << " (goal: both <= 1.5)\n";
    return text;
}

// The sandbox for the returning user's account, running for the whole
// benchmark; its address and key come from its first lines of output.
struct Sandbox
{
    QProcess process;
    QUrl baseUrl;
    QByteArray apiKey;

    bool start(const QString &exporter, QString *problem)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(
            exporter,
            { QStringLiteral("sandbox"), QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QDeadlineTimer deadline(30000);
        while ((!baseUrl.isValid() || apiKey.isEmpty()) && !deadline.hasExpired()
               && process.state() != QProcess::NotRunning) {
            if (!process.canReadLine() && !process.waitForReadyRead(int(deadline.remainingTime())))
                continue;
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line.startsWith("D360_BASE_URL="))
                    baseUrl = QUrl(QString::fromUtf8(line.mid(14)));
                else if (line.startsWith("D360_API_KEY="))
                    apiKey = line.mid(13);
            }
        }
        if (!baseUrl.isValid() || apiKey.isEmpty())
            *problem = QStringLiteral("the sandbox did not start");
        return problem->isEmpty();
    }

    ~Sandbox()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString figuresPath = args.value(1, QStringLiteral("startup.txt"));
    const int runs = qMax(1, args.value(2, QStringLiteral("7")).toInt());
    const QString here = QCoreApplication::applicationDirPath();
    QString exporter = args.value(3, qEnvironmentVariable("D360_EXECUTABLE"));
    if (exporter.isEmpty())
        exporter = QDir(here).filePath(QStringLiteral("../bin/d360-exporter"));
    const QString bare = QDir(here).filePath(QStringLiteral("bench_bare_window"));

    QString problem;
    Sandbox sandbox;
    sandbox.start(exporter, &problem);
    // The token goes to the keychain through standard input, as a user's
    // would; never on a command line.
    const HomePreparation addAccount = [&](const QProcessEnvironment &environment, QString *why) {
        QProcess add;
        add.setProcessEnvironment(environment);
        add.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        add.setStandardOutputFile(QProcess::nullDevice());
        add.start(exporter,
                  { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Bench"), QStringLiteral("--base-url"),
                    sandbox.baseUrl.toString() });
        add.write(sandbox.apiKey + '\n');
        add.closeWriteChannel();
        if (!add.waitForFinished(30000) || add.exitStatus() != QProcess::NormalExit
            || add.exitCode() != 0)
            *why = QStringLiteral("could not add the benchmark's account (exit %1)")
                       .arg(add.exitCode());
        return why->isEmpty();
    };

    QString text;
    QTextStream out(&text);
    out << "bench_startup: " << runs << " runs each, median; platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)")) << ", DISPLAY "
        << qEnvironmentVariable("DISPLAY") << '\n';
    if (problem.isEmpty())
        out << compare(QStringLiteral("first run (no account: the first-run screen)"), bare,
                       exporter, runs, {}, &problem);
    if (problem.isEmpty())
        out << compare(QStringLiteral("returning user (one account on a sandbox: the workspace)"),
                       bare, exporter, runs, addAccount, &problem);
    out.flush();
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n';
        return 1;
    }
    QTextStream(stdout) << text;
    QFile figures(figuresPath);
    if (!figures.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 1;
    figures.write(text.toUtf8());
    return 0;
}
