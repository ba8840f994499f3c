// `d360-exporter projects`, `versions` and `languages`: what a token can
// see, to find the ids an export command needs.
//
//   projects  [--json]
//   versions  --project ID [--json]
//   languages --project ID --version ID|default [--json]
//
// A readable table by default, a JSON array with --json. The three share
// everything but the request and the columns, so that part lives in
// ListCommand and each verb says only what it lists. Errors carry the
// server's trace id and the exit codes of ExitCode.h.
#pragma once

#include "cli/Command.h"
#include "cli/ConnectionOptions.h"
#include "core/api/ApiCall.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <memory>

namespace d360::api {
class ApiClient;
class ApiError;
} // namespace d360::api

namespace d360::cli {

class ListCommand : public Command
{
    Q_OBJECT

public:
    explicit ListCommand(QObject *parent = nullptr);
    ~ListCommand() override;

    void start(const QStringList &arguments) override;

protected:
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser);
    // Checks the verb's own options; false after calling fail().
    virtual bool checkOptions(const QCommandLineParser &parser);
    virtual void fetch(api::ApiClient *client) = 0;

    // Prints the rows (or the JSON) and finishes.
    void show(const QStringList &headers, const QList<QStringList> &rows, const QJsonArray &json);
    void failWith(const api::ApiError &error);
    // Runs onResult with the call's result once it answers; an error ends
    // the verb instead, with the exit code that error calls for.
    template<typename Result, typename OnResult>
    void whenAnswered(api::ApiResultCall<Result> *call, OnResult onResult)
    {
        connect(call, &api::ApiCall::finished, this, [this, call, onResult] {
            if (!call->error().isNull()) {
                failWith(call->error());
                return;
            }
            onResult(call->result());
        });
    }
    // The verbs about one project need it: false after saying how to give it.
    bool requireProject(const QCommandLineParser &parser);

    const QCommandLineParser &parser() const { return m_parser; }

private:
    QCommandLineParser m_parser;
    ConnectionOptions m_connection;
    std::unique_ptr<api::ApiClient> m_client;
};

class ProjectsCommand : public ListCommand
{
    Q_OBJECT

public:
    using ListCommand::ListCommand;

protected:
    QString description() const override;
    void fetch(api::ApiClient *client) override;
};

class VersionsCommand : public ListCommand
{
    Q_OBJECT

public:
    using ListCommand::ListCommand;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool checkOptions(const QCommandLineParser &parser) override;
    void fetch(api::ApiClient *client) override;
};

class LanguagesCommand : public ListCommand
{
    Q_OBJECT

public:
    using ListCommand::ListCommand;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    bool checkOptions(const QCommandLineParser &parser) override;
    void fetch(api::ApiClient *client) override;

private:
    void fetchLanguages(api::ApiClient *client, const QString &versionId);
};

} // namespace d360::cli
