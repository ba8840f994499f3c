// See AccountTask.h.
#include "core/auth/AccountTask.h"

#include "core/AnnounceThenDelete.h"
#include "core/api/ApiClient.h"

namespace d360::auth {

AccountTask::AccountTask(QObject *parent)
    : QObject(parent)
{ }

void AccountTask::setClient(api::ApiClient *client)
{
    m_client = client;
}

void AccountTask::succeed()
{
    finish(Outcome::Succeeded, {});
}

void AccountTask::failInvalid(const QString &message)
{
    finish(Outcome::Invalid, message);
}

void AccountTask::failNotFound(const QString &message)
{
    finish(Outcome::NotFound, message);
}

void AccountTask::failRefused(const api::ApiError &error)
{
    m_apiError = error;
    finish(Outcome::Refused, error.displayText());
}

void AccountTask::failKeychain(const SecretError &error)
{
    m_secretError = error;
    finish(Outcome::KeychainFailed, error.message());
}

void AccountTask::finish(Outcome outcome, const QString &message)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_errorMessage = message;
    announceThenDelete(this, &AccountTask::finished);
}

} // namespace d360::auth
