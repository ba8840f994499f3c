// See PresetsCommand.h.
#include "cli/PresetsCommand.h"

#include "cli/ConnectionOptions.h"
#include "cli/ExportRequestOptions.h"
#include "cli/TextTable.h"
#include "core/auth/AccountRepository.h"
#include "core/routines/PresetFile.h"
#include "core/routines/PresetStore.h"
#include "core/routines/ScheduleRename.h"
#include "core/state/ApplicationState.h"
#include "core/state/StateDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace d360::cli {

namespace {

QCommandLineOption option(const char *name, const QString &description,
                          const QString &valueName = {})
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

} // namespace

PresetsCommand::PresetsCommand(QObject *parent)
    : Command(parent)
{ }

PresetsCommand::~PresetsCommand() = default;

void PresetsCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Saved exports (presets): save the flags of an export under a name, then run them "
           "with \"d360-exporter export --preset NAME\", in the window, or on a schedule.\n\n"
           "Actions:\n"
           "  save NAME [the flags of export] [--keep N]\n"
           "  list [--json]\n"
           "  show NAME [--json]\n"
           "  remove NAME\n"
           "  rename OLD NEW\n"
           "  export NAME --file FILE\n"
           "  import FILE [--name NAME] [--account ACCOUNT] [--replace]\n\n"
           "A preset saved without --account takes its credential from D360_API_KEY and "
           "D360_BASE_URL each time it runs. --keep N makes it a backup: every run goes into a "
           "dated folder of its own, and the last N are kept."));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("action"),
                                   tr("save, list, show, remove, rename, export or import."));
    ExportRequestOptions::addTo(m_parser);
    ConnectionOptions().addTo(m_parser);
    m_parser.addOptions({
        option("keep", tr("A backup: keep the last N runs, each in a dated folder (save)."),
               tr("N")),
        option("file", tr("The file to write the preset into (export)."), tr("FILE")),
        option("name", tr("Save the imported preset under this name (import)."), tr("NAME")),
        option("replace", tr("Replace a preset of the same name (save, import).")),
        option("json", tr("Print JSON (list, show).")),
        verboseOption(),
    });
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        fail(tr("Name one action: save, list, show, remove, rename, export or import."),
             UsageError);
        return;
    }
    const QString action = positional.takeFirst();
    const struct
    {
        const char *name;
        int arguments;
    } actions[] = { { "save", 1 },   { "list", 0 },   { "show", 1 },  { "remove", 1 },
                    { "rename", 2 }, { "export", 1 }, { "import", 1 } };
    int expected = -1;
    for (const auto &known : actions) {
        if (action == QLatin1String(known.name))
            expected = known.arguments;
    }
    if (expected < 0) {
        fail(tr("Unknown action \"%1\": use save, list, show, remove, rename, export or import.")
                 .arg(action),
             UsageError);
        return;
    }
    if (positional.size() != expected) {
        fail(expected == 0 ? tr("\"presets %1\" takes no name.").arg(action)
                 : expected == 1
                 ? tr("\"presets %1\" takes one name (quote a name with spaces).").arg(action)
                 : tr("\"presets rename\" takes the old name and the new one."),
             UsageError);
        return;
    }

    QStringList notices;
    QString problem;
    m_state = state::openApplicationState(&problem, &notices);
    if (!m_state) {
        fail(problem, NotConfigured);
        return;
    }
    for (const QString &notice : std::as_const(notices))
        err() << failureText(notice) << '\n';
    m_presets = std::make_unique<routines::PresetStore>(m_state);

    if (action == QLatin1String("save"))
        save(positional);
    else if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("show"))
        show(positional.first());
    else if (action == QLatin1String("remove"))
        remove(positional.first());
    else if (action == QLatin1String("rename"))
        rename(positional.at(0), positional.at(1));
    else if (action == QLatin1String("export"))
        exportPreset(positional.first());
    else
        importPreset(positional.first());
}

void PresetsCommand::save(const QStringList &names)
{
    QString problem;
    std::optional<routines::Preset> preset
        = ExportRequestOptions::presetFrom(m_parser, names.first(), &problem);
    if (!preset) {
        fail(problem, UsageError);
        return;
    }
    if (m_parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        preset->keepRuns = m_parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || preset->keepRuns < 1 || preset->keepRuns > 10000) {
            fail(tr("--keep takes a number of runs from 1 to 10000."), UsageError);
            return;
        }
    }
    if (!preset->accountName.isEmpty() && !accountExists(preset->accountName)) {
        fail(tr("There is no stored account \"%1\" (see \"d360-exporter accounts list\").")
                 .arg(preset->accountName),
             NotConfigured);
        return;
    }
    keepMirror(&*preset);
    if (!store(*preset, tr("Give --replace to replace it.")))
        return;
    out() << tr("Saved the preset \"%1\": %2").arg(preset->name, preset->summary()) << '\n';
    out() << tr("Run it with: d360-exporter export --preset \"%1\"").arg(preset->name) << '\n';
    finish(Success);
}

void PresetsCommand::keepMirror(routines::Preset *preset)
{
    // The mirror is set up by `mirror`, not by export's flags: a preset saved
    // again over itself keeps it, as long as it still exports Markdown.
    if (!m_parser.isSet(QStringLiteral("replace")))
        return;
    const std::optional<routines::Preset> existing = m_presets->find(preset->name, nullptr);
    if (!existing || !existing->hasMirror())
        return;
    preset->mirrorRepository = existing->mirrorRepository;
    preset->mirrorBranch = existing->mirrorBranch;
    if (preset->problem().isEmpty())
        return;
    preset->mirrorRepository.clear();
    preset->mirrorBranch.clear();
    err() << failureText(tr("The preset no longer exports Markdown, so it no longer mirrors into "
                            "%1; the repository is left as it is.")
                             .arg(QDir::toNativeSeparators(existing->mirrorRepository)))
          << '\n';
}

void PresetsCommand::list()
{
    QStringList problems;
    const QList<routines::Preset> presets = m_presets->all(&problems);
    for (const QString &problem : std::as_const(problems))
        err() << failureText(problem) << '\n';
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const routines::Preset &preset : presets)
            array.append(preset.toJson());
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(problems.isEmpty() ? Success : ApiError);
        return;
    }
    if (presets.isEmpty()) {
        out() << tr("No presets yet. Save one with: d360-exporter presets save NAME --project ID "
                    "--version default --out DIR")
              << '\n';
        finish(problems.isEmpty() ? Success : ApiError);
        return;
    }
    QList<QStringList> rows;
    for (const routines::Preset &preset : presets) {
        rows.append(
            { preset.name, preset.accountName.isEmpty() ? tr("(environment)") : preset.accountName,
              preset.summary(), preset.isBackup() ? tr("keeps %1").arg(preset.keepRuns) : QString(),
              QDir::toNativeSeparators(preset.outputFolder) });
    }
    out() << formatTable({ tr("NAME"), tr("ACCOUNT"), tr("EXPORTS"), tr("BACKUP"), tr("FOLDER") },
                         rows);
    finish(problems.isEmpty() ? Success : ApiError);
}

void PresetsCommand::show(const QString &name)
{
    QString problem;
    const std::optional<routines::Preset> preset = m_presets->find(name, &problem);
    if (!preset) {
        fail(problem, NotFound);
        return;
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(preset->toJson()).toJson(QJsonDocument::Indented));
        finish(Success);
        return;
    }
    QList<QStringList> rows {
        { tr("Name"), preset->name },
        { tr("Account"),
          preset->accountName.isEmpty() ? tr("(D360_API_KEY and D360_BASE_URL)")
                                        : preset->accountName },
        { tr("Project"), preset->projectId },
        { tr("Versions"), preset->versions.join(QStringLiteral(", ")) },
        { tr("Languages"),
          preset->languages.isEmpty() ? tr("each version's default")
                                      : preset->languages.join(QStringLiteral(", ")) },
        { tr("Formats"),
          preset->formats.isEmpty() ? QStringLiteral("pdf")
                                    : preset->formats.join(QStringLiteral(", ")) },
        { tr("Folder"), QDir::toNativeSeparators(preset->outputFolder) },
    };
    if (!preset->fileNamePattern.isEmpty())
        rows.append({ tr("File names"), preset->fileNamePattern });
    if (preset->extract)
        rows.append({ tr("Extract"), tr("yes") });
    if (preset->isBackup())
        rows.append({ tr("Backup"), tr("keeps the last %1 runs").arg(preset->keepRuns) });
    if (preset->hasMirror())
        rows.append(
            { tr("Git mirror"),
              tr("%1 (branch %2)")
                  .arg(QDir::toNativeSeparators(preset->mirrorRepository), preset->mirrorBranch) });
    rows.append({ tr("Run with"),
                  QStringLiteral("d360-exporter export --preset \"%1\"").arg(preset->name) });
    out() << formatTable({ tr("FIELD"), tr("VALUE") }, rows);
    finish(Success);
}

void PresetsCommand::remove(const QString &name)
{
    QString problem;
    if (!m_presets->remove(name, &problem)) {
        fail(problem, m_presets->contains(name) ? ApiError : NotFound);
        return;
    }
    out() << tr("Removed the preset \"%1\".").arg(name) << '\n';
    finish(Success);
}

void PresetsCommand::rename(const QString &from, const QString &to)
{
    QString problem;
    if (!m_presets->rename(from, to, &problem)) {
        fail(problem, m_presets->contains(from) ? UsageError : NotFound);
        return;
    }
    out() << tr("Renamed the preset \"%1\" to \"%2\".").arg(from, to) << '\n';
    // The preset is renamed whatever becomes of its schedule, which the
    // scheduler runs by name: carried over here, or said why not.
    auto *schedule
        = routines::ScheduleRename::start(routines::ScheduleInstallerOptions::fromEnvironment(),
                                          from, to, QCoreApplication::applicationFilePath(), this);
    connect(schedule, &routines::ScheduleRename::finished, this,
            [this, from, to](const routines::ScheduleOutcome &outcome) {
                using Result = routines::ScheduleOutcome::Result;
                if (outcome.result == Result::NotFound) {
                    finish(Success);
                    return;
                }
                if (outcome.result != Result::Done) {
                    fail(tr("The preset is renamed, but its schedule still runs \"%1\": %2")
                             .arg(from, outcome.problem),
                         NotConfigured);
                    return;
                }
                out() << tr("Its schedule now runs \"%1\".").arg(to) << '\n';
                if (!outcome.schedulerUpdated) {
                    err() << outcome.notUpdatedReason << '\n';
                    out() << tr("To update the scheduler, run:") << '\n';
                    for (const QString &command : outcome.commandsToRun)
                        out() << "  " << command << '\n';
                }
                finish(Success);
            });
}

void PresetsCommand::exportPreset(const QString &name)
{
    const QString file = m_parser.value(QStringLiteral("file"));
    if (file.isEmpty()) {
        fail(tr("Give the file to write with --file FILE."), UsageError);
        return;
    }
    QString problem;
    const std::optional<routines::Preset> preset = m_presets->find(name, &problem);
    if (!preset) {
        fail(problem, NotFound);
        return;
    }
    if (!routines::PresetFile::write(*preset, file, &problem)) {
        fail(problem, UsageError);
        return;
    }
    out() << tr("Wrote the preset \"%1\" to %2 (no credential is in it).")
                 .arg(name, QDir::toNativeSeparators(file))
          << '\n';
    finish(Success);
}

void PresetsCommand::importPreset(const QString &file)
{
    QString problem;
    std::optional<routines::Preset> preset = routines::PresetFile::read(file, &problem);
    if (!preset) {
        fail(problem, UsageError);
        return;
    }
    if (m_parser.isSet(QStringLiteral("name")))
        preset->name = m_parser.value(QStringLiteral("name"));
    if (m_parser.isSet(QStringLiteral("account")))
        preset->accountName = m_parser.value(QStringLiteral("account"));
    if (!preset->accountName.isEmpty() && !accountExists(preset->accountName)) {
        fail(tr("The preset \"%1\" runs on the account \"%2\", which is not stored here. Add it "
                "(d360-exporter accounts add --name \"%2\"), or pick one with --account NAME.")
                 .arg(preset->name, preset->accountName),
             NotConfigured);
        return;
    }
    if (!store(*preset, tr("Give --name NEW to import it beside, or --replace.")))
        return;
    out() << tr("Imported the preset \"%1\": %2").arg(preset->name, preset->summary()) << '\n';
    finish(Success);
}

bool PresetsCommand::store(const routines::Preset &preset, const QString &whenTaken)
{
    QString problem;
    const bool replace = m_parser.isSet(QStringLiteral("replace"));
    if (replace ? m_presets->save(preset, &problem) : m_presets->add(preset, &problem))
        return true;
    fail(replace || !m_presets->contains(preset.name)
             ? problem
             : tr("%1 %2", "the reason, then what to do about it").arg(problem, whenTaken),
         UsageError);
    return false;
}

bool PresetsCommand::presetExists(const QString &name, QString *problem)
{
    const std::shared_ptr<state::StateDatabase> database = state::openApplicationState(problem);
    if (!database)
        return false;
    if (routines::PresetStore(database).contains(name))
        return true;
    *problem = tr("There is no preset \"%1\" (see \"d360-exporter presets list\").").arg(name);
    return false;
}

bool PresetsCommand::accountExists(const QString &name)
{
    for (const auth::Account &account : auth::AccountRepository().load()) {
        if (account.label.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString PresetsCommand::failureText(const QString &message) const
{
    return tr("presets: %1").arg(message);
}

} // namespace d360::cli
