// See SandboxCommand.h. Ctrl+C and SIGTERM reach the event loop through
// cli::InterruptWatcher, where the server can be shut down properly.
#include "SandboxCommand.h"

#include "cli/InterruptWatcher.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace d360 {

namespace {

// NAME=value as a shell's eval reads it back unchanged.
QString shellAssignment(const QString &name, const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]*$"));
    if (safe.match(value).hasMatch())
        return name + QLatin1Char('=') + value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return name + QStringLiteral("='") + quoted + QLatin1Char('\'');
}

// A byte count such as 1048576, 512K, 200M or 1G.
bool parseBytes(const QString &text, qint64 *bytes)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([KMG]?)i?B?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    bool ok = false;
    qint64 value = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toUpper();
    const int shift = unit == u"K" ? 10 : unit == u"M" ? 20 : unit == u"G" ? 30 : 0;
    if (!ok || value > (std::numeric_limits<qint64>::max() >> shift))
        return false;
    *bytes = value << shift;
    return true;
}

} // namespace

SandboxCommand::SandboxCommand(QObject *parent)
    : Command(parent)
{ }

SandboxCommand::~SandboxCommand() = default;

void SandboxCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).\n"
           "Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval."));
    parser.addOption(helpOption());

    // Each description in tr() where it is written, so that lupdate finds it.
    const auto option = [](const char *name, const QString &description, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), description,
                                  valueName ? QString::fromLatin1(valueName) : QString());
    };
    const QCommandLineOption port
        = option("port", tr("API port on 127.0.0.1; 0 picks a free one (default)."), "N");
    const QCommandLineOption dialect
        = option("dialect",
                 tr("seed (project-versions, Bearer; default) or workspaces (X-API-Key)."), "NAME");
    const QCommandLineOption apiKeyStdin = option(
        "api-key-stdin",
        tr("Read the API key to accept from the first line of stdin instead of generating one."),
        nullptr);
    const QCommandLineOption pendingMs
        = option("pending-ms", tr("How long an export stays Pending (default 300)."), "MS");
    const QCommandLineOption buildMs
        = option("build-ms", tr("How long it then stays InProgress (default 1200)."), "MS");
    const QCommandLineOption rateLimit = option(
        "rate-limit", tr("Requests per token and window; 0 = unlimited (default 60)."), "N");
    const QCommandLineOption rateWindow
        = option("rate-limit-window", tr("The window, in seconds (default 60)."), "S");
    const QCommandLineOption linkLifetime = option(
        "link-lifetime", tr("Download links expire after this many seconds (default 1800)."), "S");
    const QCommandLineOption padding = option(
        "padding", tr("Make every export file this much bigger, e.g. 200M (default 0)."), "BYTES");
    const QCommandLineOption tokenLifetime
        = option("token-lifetime",
                 tr("OAuth access tokens expire after this many seconds (default 3600)."), "S");
    const QCommandLineOption clientId
        = option("client-id",
                 tr("An OAuth client id the identity server knows; repeat for several (default "
                    "d360-exporter-sandbox). Any other is refused with invalid_client."),
                 "ID");
    const QCommandLineOption noExpiresIn = option(
        "no-expires-in",
        tr("OAuth token answers leave out expires_in; clients must read the JWT's exp."), nullptr);
    const QCommandLineOption redirectHops
        = option("redirect-hops",
                 tr("Download links redirect this many times before the file (default 0)."), "N");
    const QCommandLineOption revision
        = option("revision",
                 tr("Serve revision N of the demo content (default 1); each revision after the "
                    "first edits, adds, deletes and renames articles and changes an image."),
                 "N");
    const QCommandLineOption latency
        = option("latency-ms", tr("Fault: delay every API answer."), "MS");
    const QCommandLineOption errorShare
        = option("error-share",
                 tr("Fault: share (0..1) of API answers replaced by 500/502/503/504."), "SHARE");
    const QCommandLineOption errorBurst
        = option("error-burst", tr("Fault: the next N API requests answer 503."), "N");
    const QCommandLineOption rateBurst
        = option("rate-limit-burst", tr("Fault: the next N API requests answer 429."), "N");
    const QCommandLineOption retryAfter
        = option("retry-after",
                 tr("Fault: Retry-After seconds on injected 429s and 503s (default 1)."), "S");
    const QCommandLineOption cutAfter
        = option("cut-after",
                 tr("Fault: storage closes the connection after this many body bytes."), "BYTES");
    const QCommandLineOption cutDownloads
        = option("cut-downloads", tr("Fault: ... for this many downloads (default 1)."), "N");
    const QCommandLineOption malformed
        = option("malformed",
                 tr("Fault: the next N API answers are 200 with a body that is not JSON."), "N");
    const QCommandLineOption truncated
        = option("truncated", tr("Fault: the next N API answers are cut mid-body."), "N");
    const QCommandLineOption throttle = option(
        "throttle", tr("Fault: storage sends at most this many bytes per second, e.g. 512K."),
        "BYTES");
    const QCommandLineOption revokeToken
        = option("revoke-token", tr("Fault: every API request answers 401."), nullptr);
    const QCommandLineOption failExports
        = option("fail-exports", tr("Fault: the next N exports end Failed."), "N");
    const QCommandLineOption ignoreRange = option(
        "ignore-range", tr("Fault: storage ignores Range and sends the whole file."), nullptr);
    const QCommandLineOption noContentLength = option(
        "no-content-length",
        tr("Fault: storage sends files without Content-Length, ending them by closing."), nullptr);
    const QCommandLineOption digests = option(
        "digests",
        tr("Storage announces each file's digests (Repr-Digest, Content-MD5): right or wrong."),
        "right|wrong");
    const QCommandLineOption echoCredential
        = option("echo-credential",
                 tr("Fault: error details quote the credential the request presented."), nullptr);
    const QCommandLineOption hostileNames = option(
        "hostile-names", tr("Fault: names carry terminal escapes, C1 controls and bidi overrides."),
        nullptr);
    const QCommandLineOption padAnswers = option(
        "pad-answers", tr("Fault: API answers grow to at least this size, e.g. 64M."), "BYTES");
    const QCommandLineOption unsizedAnswers
        = option("unsized-answers",
                 tr("Fault: API answers go without Content-Length, ended by closing."), nullptr);
    const QCommandLineOption insecureLinks = option(
        "insecure-links",
        tr("Fault: download links are plain http to a host that is not loopback."), nullptr);
    const QCommandLineOption tokenErrors
        = option("token-errors", tr("Fault: the next N OAuth token requests answer 503."), "N");
    const QCommandLineOption tokenDrops
        = option("token-drops", tr("Fault: ... then the next N are closed unanswered."), "N");
    parser.addOptions(
        { port,         dialect,      apiKeyStdin,    pendingMs,       buildMs,     rateLimit,
          rateWindow,   linkLifetime, padding,        tokenLifetime,   clientId,    noExpiresIn,
          redirectHops, revision,     latency,        errorShare,      errorBurst,  rateBurst,
          retryAfter,   cutAfter,     cutDownloads,   malformed,       truncated,   throttle,
          revokeToken,  failExports,  ignoreRange,    noContentLength, digests,     echoCredential,
          hostileNames, padAnswers,   unsizedAnswers, insecureLinks,   tokenErrors, tokenDrops });

    const auto usageError = [this](const QString &message) {
        err() << message << '\n'
              << tr("Run \"d360-exporter sandbox --help\" for the options.") << Qt::endl;
        Q_EMIT finished(cli::UsageError);
    };
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by its path; name the verb.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: d360-exporter sandbox [options]"));
        out() << help << Qt::flush;
        Q_EMIT finished(cli::Success);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return;
    }

    QString badOption;
    const auto integer = [&](const QCommandLineOption &o, int minimum, int fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const int value = parser.value(o).toInt(&ok);
        if (!ok || value < minimum)
            badOption = o.names().first();
        return value;
    };
    const auto bytes = [&](const QCommandLineOption &o, qint64 fallback) {
        qint64 value = fallback;
        if (parser.isSet(o) && !parseBytes(parser.value(o), &value))
            badOption = o.names().first();
        return value;
    };

    sandbox::SandboxOptions options;
    const int portNumber = integer(port, 0, 0);
    if (portNumber > 65535)
        badOption = port.names().first();
    const QString dialectName = parser.value(dialect);
    if (dialectName == u"workspaces")
        options.dialect = sandbox::ServedDialect::Workspaces;
    else if (!dialectName.isEmpty() && dialectName != u"seed")
        badOption = dialect.names().first();
    options.pendingMs = integer(pendingMs, 0, options.pendingMs);
    options.buildMs = integer(buildMs, 0, options.buildMs);
    options.rateLimitPerWindow = integer(rateLimit, 0, options.rateLimitPerWindow);
    options.rateLimitWindowSeconds = integer(rateWindow, 1, options.rateLimitWindowSeconds);
    options.downloadLinkLifetimeSeconds
        = integer(linkLifetime, 0, options.downloadLinkLifetimeSeconds);
    options.exportPaddingBytes = bytes(padding, 0);
    options.accessTokenLifetimeSeconds
        = integer(tokenLifetime, 0, options.accessTokenLifetimeSeconds);
    options.revision = integer(revision, 1, options.revision);
    if (options.revision > sandbox::DemoData::maximumRevision)
        badOption = revision.names().first();
    if (parser.isSet(clientId))
        options.oauthClientIds = parser.values(clientId);
    options.omitTokenLifetime = parser.isSet(noExpiresIn);
    options.redirectHops = integer(redirectHops, 0, 0);

    sandbox::SandboxFaults &faults = options.faults;
    faults.latencyMs = integer(latency, 0, 0);
    if (parser.isSet(errorShare)) {
        bool ok = false;
        faults.serverErrorShare = parser.value(errorShare).toDouble(&ok);
        if (!ok || faults.serverErrorShare < 0 || faults.serverErrorShare > 1)
            badOption = errorShare.names().first();
    }
    faults.serverErrorBurst = integer(errorBurst, 0, 0);
    faults.rateLimitBurst = integer(rateBurst, 0, 0);
    faults.retryAfterSeconds = integer(retryAfter, 0, faults.retryAfterSeconds);
    faults.cutDownloadAfterBytes = bytes(cutAfter, -1);
    faults.cutDownloads = integer(cutDownloads, 0, faults.cutDownloads);
    faults.malformedBodies = integer(malformed, 0, 0);
    faults.truncatedBodies = integer(truncated, 0, 0);
    faults.downloadBytesPerSecond = bytes(throttle, 0);
    faults.tokenRevoked = parser.isSet(revokeToken);
    faults.failExports = integer(failExports, 0, 0);
    faults.ignoreRange = parser.isSet(ignoreRange);
    faults.omitContentLength = parser.isSet(noContentLength);
    if (parser.isSet(digests)) {
        const QString which = parser.value(digests);
        faults.announceDigests = true;
        faults.wrongDigests = which == QLatin1String("wrong");
        if (which != QLatin1String("right") && !faults.wrongDigests)
            badOption = QStringLiteral("digests");
    }

    faults.echoCredential = parser.isSet(echoCredential);
    faults.hostileNames = parser.isSet(hostileNames);
    faults.padAnswersToBytes = bytes(padAnswers, 0);
    faults.unsizedAnswers = parser.isSet(unsizedAnswers);
    faults.insecureDownloadLinks = parser.isSet(insecureLinks);
    faults.tokenServerErrors = integer(tokenErrors, 0, 0);
    faults.tokenDrops = integer(tokenDrops, 0, 0);

    if (!badOption.isEmpty()) {
        usageError(tr("Invalid value for --%1.").arg(badOption));
        return;
    }
    if (parser.isSet(apiKeyStdin)) {
        // Read before serving: the key is the sandbox's first input, not a
        // request to answer, so a blocking read here stalls nobody.
        QTextStream in(stdin);
        options.apiKey = in.readLine().trimmed();
        static const QRegularExpression headerSafe(QStringLiteral("^[\\x21-\\x7e]+$"));
        if (!headerSafe.match(options.apiKey).hasMatch()) {
            usageError(tr("--api-key-stdin: the first line of stdin must hold the key "
                          "(printable ASCII, no spaces)."));
            return;
        }
    }

    m_server = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_server->start(static_cast<quint16>(portNumber))) {
        err() << m_server->errorString() << Qt::endl;
        Q_EMIT finished(cli::NetworkError);
        return;
    }
    auto *interrupts = new cli::InterruptWatcher(this);
    connect(interrupts, &cli::InterruptWatcher::interrupted, this, &SandboxCommand::stop);

    const bool seed = m_server->dialect() == sandbox::ServedDialect::ProjectVersions;
    const QList<QPair<QString, QString>> variables {
        { QStringLiteral("D360_BASE_URL"), m_server->baseUrl().toString() },
        { QStringLiteral("D360_API_KEY"), m_server->apiKey() },
        // A token that serves one project only, as the portal's API tokens do.
        { QStringLiteral("D360_SANDBOX_PROJECT_API_KEY"), m_server->projectApiKey() },
        { QStringLiteral("D360_SANDBOX_PROJECT_ID"), m_server->projectApiKeyProjectId() },
        { QStringLiteral("D360_SANDBOX_CONTROL_SECRET"), m_server->controlSecret() },
        { QStringLiteral("D360_SANDBOX_STORAGE_URL"), m_server->storageBaseUrl().toString() },
        { QStringLiteral("D360_SANDBOX_DIALECT"),
          seed ? QStringLiteral("seed") : QStringLiteral("workspaces") },
        { QStringLiteral("D360_OAUTH_CLIENT_ID"), m_server->oauthClientId() },
        { QStringLiteral("D360_OAUTH_AUTHORIZE_URL"), m_server->authorizeUrl().toString() },
        { QStringLiteral("D360_OAUTH_TOKEN_URL"), m_server->tokenUrl().toString() },
    };
    for (const auto &variable : variables)
        out() << shellAssignment(variable.first, variable.second) << '\n';
    out() << Qt::flush;
    err() << tr("Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.")
                 .arg(seed ? QStringLiteral("seed") : QStringLiteral("workspaces"),
                      seed ? QStringLiteral("Authorization: Bearer") : QStringLiteral("X-API-Key"),
                      m_server->baseUrl().toString(), m_server->storageBaseUrl().toString())
          << Qt::endl;
}

void SandboxCommand::stop(int signalNumber)
{
    // A second Ctrl+C while stopping changes nothing: the command ends once.
    if (!m_server)
        return;
    err() << tr("Stopping the sandbox (signal %1).").arg(signalNumber) << Qt::endl;
    m_server.reset();
    Q_EMIT finished(cli::Success);
}

} // namespace d360
