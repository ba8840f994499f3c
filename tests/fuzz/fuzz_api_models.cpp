// Fuzzes what the exporter reads out of an envelope's data: projects,
// versions, languages and export statuses (ApiModels), and the pagination
// block PagedFetch follows. Each model either comes out with the contract's
// required fields, or is refused with a reason.
#include "FuzzSupport.h"
#include "core/api/ApiModels.h"
#include "core/api/Envelope.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace d360;

namespace {

void readAllModels(const QJsonObject &object)
{
    QString problem;
    if (const auto project = api::Project::fromJson(object, &problem))
        D360_FUZZ_CHECK(!project->id.isEmpty());
    else
        D360_FUZZ_CHECK(!problem.isEmpty());
    problem.clear();
    if (!api::ProjectVersion::fromJson(object, &problem))
        D360_FUZZ_CHECK(!problem.isEmpty());
    problem.clear();
    if (!api::Language::fromJson(object, &problem))
        D360_FUZZ_CHECK(!problem.isEmpty());
    problem.clear();
    if (const auto status = api::ExportStatus::fromJson(object, &problem)) {
        // A completed export is one we can download: it has a link.
        if (status->state == api::ExportStatus::State::Completed)
            D360_FUZZ_CHECK(status->downloadUrl.isValid());
        Q_UNUSED(api::exportStateName(status->state));
    } else {
        D360_FUZZ_CHECK(!problem.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    const std::optional<api::Envelope> envelope
        = api::Envelope::parse(fuzz::bytes(data, size), &problem);
    if (!envelope)
        return 0;
    if (envelope->data.isArray()) {
        const QJsonArray items = envelope->data.toArray();
        for (const QJsonValue &item : items)
            readAllModels(item.toObject());
    } else {
        readAllModels(envelope->data.toObject());
    }
    return 0;
}
