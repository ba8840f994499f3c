// See HistoryCommand.h.
#include "cli/HistoryCommand.h"

#include "cli/TextTable.h"
#include "core/routines/HistoryStore.h"
#include "core/state/ApplicationState.h"
#include "core/state/StateDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace d360::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject runJson(const routines::RunRecord &run, const QList<routines::RunItem> &items)
{
    QJsonArray files;
    QJsonArray failures;
    for (const routines::RunItem &item : items) {
        QJsonObject object { { QStringLiteral("job_id"),
                               item.jobId.toString(QUuid::WithoutBraces) },
                             { QStringLiteral("title"), item.title },
                             { QStringLiteral("version_id"), item.versionId },
                             { QStringLiteral("version"), item.versionName },
                             { QStringLiteral("language"), item.languageCode },
                             { QStringLiteral("format"), item.format },
                             { QStringLiteral("state"), item.state },
                             { QStringLiteral("export_id"), textJson(item.exportId) },
                             { QStringLiteral("request_id"), textJson(item.requestId) },
                             { QStringLiteral("started"), timeJson(item.startedAt) },
                             { QStringLiteral("finished"), timeJson(item.finishedAt) } };
        if (item.isCompleted()) {
            object.insert(QStringLiteral("path"), item.path);
            object.insert(QStringLiteral("bytes"), item.bytes);
            object.insert(QStringLiteral("sha256"), item.sha256);
            files.append(object);
        } else {
            object.insert(QStringLiteral("message"), item.errorMessage);
            object.insert(QStringLiteral("trace_id"), textJson(item.traceId));
            object.insert(QStringLiteral("error"), textJson(item.errorKind));
            failures.append(object);
        }
    }
    return QJsonObject {
        { QStringLiteral("id"), run.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("origin"), routines::RunOriginText::name(run.origin) },
        { QStringLiteral("account"), run.accountName },
        { QStringLiteral("preset"), textJson(run.presetName) },
        { QStringLiteral("project_id"), run.projectId },
        { QStringLiteral("project"), run.projectName },
        { QStringLiteral("description"), run.description },
        { QStringLiteral("started"), timeJson(run.startedAt) },
        { QStringLiteral("finished"), timeJson(run.finishedAt) },
        { QStringLiteral("planned"), run.planned },
        { QStringLiteral("completed"), run.completed },
        { QStringLiteral("failed"), run.failed },
        { QStringLiteral("bytes"), run.bytes },
        { QStringLiteral("complete"), run.isComplete() },
        { QStringLiteral("run_folder"), textJson(run.runFolder) },
        { QStringLiteral("manifest"), textJson(run.manifestPath) },
        { QStringLiteral("files"), files },
        { QStringLiteral("failures"), failures },
    };
}

} // namespace

HistoryCommand::HistoryCommand(QObject *parent)
    : Command(parent)
{ }

void HistoryCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("The runs of exports (from the window, the command line and schedules), newest "
           "first, with their files and failures."));
    m_parser.addOption(helpOption());
    m_parser.addOptions({
        option("preset", tr("Only the runs of the preset NAME."), tr("NAME")),
        option("limit", tr("At most N runs (default: 20; 0 for all)."), tr("N")),
        option("json", tr("Print the runs, with every file and failure, as JSON.")),
        verboseOption(),
    });
    if (!parseArguments(m_parser, arguments, PositionalArguments::Refused))
        return;
    routines::HistoryStore::Filter filter;
    filter.presetName = m_parser.value(QStringLiteral("preset"));
    filter.limit = 20;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0) {
            fail(tr("--limit takes a number of runs (0 for all)."), UsageError);
            return;
        }
    }

    QString problem;
    const std::shared_ptr<state::StateDatabase> database = state::openApplicationState(&problem);
    if (!database) {
        fail(problem, NotConfigured);
        return;
    }
    const routines::HistoryStore history(database);
    const QList<routines::RunRecord> runs = history.runs(filter);

    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const routines::RunRecord &run : runs)
            array.append(runJson(run, history.items(run.id)));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(Success);
        return;
    }
    if (runs.isEmpty()) {
        out() << (filter.presetName.isEmpty()
                      ? tr("No runs yet.")
                      : tr("The preset \"%1\" has not run yet.").arg(filter.presetName))
              << '\n';
        finish(Success);
        return;
    }
    const QLocale locale;
    QList<QStringList> rows;
    for (const routines::RunRecord &run : runs) {
        const QString outcome = !run.isFinished() ? tr("running or interrupted")
            : run.isComplete()                    ? tr("complete")
                                                  : tr("%n failed", nullptr, run.failed);
        // The first 8 hex digits: enough to name a run to `compare`.
        rows.append({ run.id.toString(QUuid::WithoutBraces).left(8),
                      locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                      run.presetName.isEmpty() ? run.description : run.presetName,
                      routines::RunOriginText::displayName(run.origin),
                      QStringLiteral("%1/%2").arg(run.completed).arg(run.planned), outcome,
                      run.isFinished() ? tr("%1 s").arg(locale.toString(run.durationMs() / 1000))
                                       : QString() });
    }
    out() << formatTable(
        { tr("ID"), tr("STARTED"), tr("WHAT"), tr("HOW"), tr("FILES"), tr("OUTCOME"), tr("TOOK") },
        rows);
    finish(Success);
}

QString HistoryCommand::failureText(const QString &message) const
{
    return tr("history: %1").arg(message);
}

} // namespace d360::cli
