// How a job's numbers read to a person: sizes ("12.3 MB"), durations
// ("1 min 05 s"), times in the user's locale, a format's name, and when a
// download link stops working.
//
// Kept apart from the table model because the details pane, the status bar
// and the notifications say the same things, and must say them the same way.
// The download link itself is never shown: it works for anyone who has it,
// so only its expiry leaves this file.
#pragma once

#include "core/api/ApiModels.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace d360::gui {

// "12.3 MB" (decimal units, as file managers show them); empty for a
// negative size, which means "not known yet".
QString byteSizeText(qint64 bytes);
// "42 s", "1 min 05 s", "2 h 03 min".
QString durationText(qint64 milliseconds);
// The local time in the locale's short format; empty for an invalid time.
QString localTimeText(const QDateTime &time);
// "PDF", "HTML", "Markdown".
QString exportFormatDisplayName(api::ExportFormat format);

// When a signed download link expires: its `se=` query item, either as
// ISO 8601 (Azure's SAS links) or as seconds since the epoch (the sandbox).
// nullopt when the link carries no readable expiry.
std::optional<QDateTime> downloadLinkExpiry(const QUrl &link);

} // namespace d360::gui
