// Reads a run folder's manifest.json for verify and retention.
//
// The manifest is read through the run folder's open descriptor without
// following a link (a link at manifest.json could make retention delete by
// somebody else's list), and only up to a size no real manifest reaches, so
// a huge or endless file planted there cannot exhaust memory. What it says
// is then checked strictly by RunManifest::fromJson().
#pragma once

#include "core/routines/RunManifest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace d360::routines {

class ManifestReader
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ManifestReader)

public:
    // A manifest of 100,000 items with extracted files stays far below.
    static constexpr qint64 maxManifestBytes = 256 * 1024 * 1024;

    enum class Outcome { Read, Missing, Unreadable };
    struct Result
    {
        Outcome outcome = Outcome::Missing;
        std::optional<RunManifest> manifest;
        QString problem; // for Missing and Unreadable, for the user
    };

    // runFolder: an open descriptor of the run folder.
    static Result read(int runFolder);
};

} // namespace d360::routines
