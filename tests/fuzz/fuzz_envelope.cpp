// Fuzzes the V3 success envelope parser (Envelope::parse) with arbitrary
// bodies: every answer of the API goes through it before anything else.
// A body is either an envelope or a refusal that says why, never a crash, and
// the pagination it reports is the one the body holds.
#include "FuzzSupport.h"
#include "core/api/Envelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace d360;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QString problem;
    const std::optional<api::Envelope> envelope = api::Envelope::parse(body, &problem);
    if (!envelope) {
        D360_FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }
    const api::Pagination &pagination = envelope->pagination;
    if (!pagination.present)
        D360_FUZZ_CHECK(!pagination.hasMore && pagination.nextCursor.isEmpty());
    for (const api::FieldError &error : envelope->errors)
        Q_UNUSED(error.message.size());
    // The problem describer is used on bodies that are not envelopes at all.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    Q_UNUSED(api::describeJsonProblem(body, document, parseError));
    return 0;
}
