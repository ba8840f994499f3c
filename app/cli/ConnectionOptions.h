// The options every verb that talks to Document360 shares: where the API is
// (--base-url, --region) and whose credential to use (--account, or the
// D360_API_KEY environment variable).
//
// The names of the environment variables are those of Document360's official
// `d360` CLI (D360_API_KEY, D360_BASE_URL, D360_PROJECT_ID), so scripts that
// already set them work unchanged. A secret is never accepted as a
// command-line argument: argv is visible to every user of the machine.
// Resolving is asynchronous because a stored account's secret comes from the
// keychain.
#pragma once

#include "cli/ExitCode.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QCommandLineParser;
class QObject;

namespace d360::api {
class ApiClient;
class ApiError;
} // namespace d360::api

namespace d360::cli {

class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(d360::cli::ConnectionOptions)

public:
    ConnectionOptions();

    void addTo(QCommandLineParser &parser) const;

    // The --project value, or D360_PROJECT_ID when the flag is absent.
    static QString projectId(const QCommandLineParser &parser);

    struct Resolved
    {
        std::unique_ptr<api::ApiClient> client; // null on failure
        QString error; // why, for stderr
        ExitCode exitCode = Success;
    };

    // Builds an ApiClient for the options given; calls done exactly once,
    // possibly before returning. With --account NAME the client comes from
    // the stored account (its secret from the keychain, its remembered
    // dialect and auth scheme, OAuth refresh); the account's manager (and
    // the client pool in it that renews the token) is a child of the client
    // and lives exactly as long.
    void resolve(const QCommandLineParser &parser, std::function<void(Resolved)> done) const;

    // The exit code for an API failure (401/403 auth, 404, network, 429, ...).
    static ExitCode exitCodeFor(const api::ApiError &error);

private:
    void resolveAccount(const QString &name, std::function<void(Resolved)> done) const;

    QCommandLineOption m_baseUrl;
    QCommandLineOption m_region;
    QCommandLineOption m_account;
};

} // namespace d360::cli
