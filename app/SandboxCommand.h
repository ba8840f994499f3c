// `d360-exporter sandbox`: runs the Document360 simulator in its own process
// until SIGINT or SIGTERM, for shell scripts, other languages' tests and demos.
//
// It prints what a shell needs, one NAME=value per line on stdout, flushed
// at once, so that `eval "$(d360-exporter sandbox ... | head -n 8)"` or a
// test reading the first lines can start using it:
//   D360_BASE_URL, D360_API_KEY, D360_SANDBOX_CONTROL_SECRET,
//   D360_SANDBOX_STORAGE_URL, D360_SANDBOX_DIALECT,
//   D360_OAUTH_CLIENT_ID, D360_OAUTH_AUTHORIZE_URL, D360_OAUTH_TOKEN_URL.
// The API key is generated, or read from stdin (--api-key-stdin), never
// taken from the command line where `ps` would show it. A signal ends it
// cleanly with exit status 0. It lives in the executable, not in d360cli,
// because d360cli must not depend on the sandbox.
#pragma once

#include "cli/Command.h"

#include <memory>

namespace d360 {

namespace sandbox {
class SandboxServer;
}

class SandboxCommand : public cli::Command
{
    Q_OBJECT

public:
    explicit SandboxCommand(QObject *parent = nullptr);
    ~SandboxCommand() override;

    void start(const QStringList &arguments) override;

private:
    void stop(int signalNumber);

    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace d360
