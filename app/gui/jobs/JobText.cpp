// See JobText.h. Strings are translated in the context "d360::gui::JobText"
// so translators find them together.
#include "gui/jobs/JobText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

namespace d360::gui {

namespace {

// The translation context of this file's free functions.
struct JobTextText
{
    Q_DECLARE_TR_FUNCTIONS(d360::gui::JobText)
};

} // namespace

QString byteSizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    if (seconds < 60)
        return JobTextText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return JobTextText::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return JobTextText::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString localTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString exportFormatDisplayName(api::ExportFormat format)
{
    switch (format) {
    case api::ExportFormat::Pdf:
        return JobTextText::tr("PDF");
    case api::ExportFormat::Html:
        return JobTextText::tr("HTML");
    case api::ExportFormat::Markdown:
        return JobTextText::tr("Markdown");
    }
    return {};
}

std::optional<QDateTime> downloadLinkExpiry(const QUrl &link)
{
    const QString value = QUrlQuery(link).queryItemValue(QStringLiteral("se"), QUrl::FullyDecoded);
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 epochSeconds = value.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
    QDateTime expiry = QDateTime::fromString(value, Qt::ISODate);
    if (!expiry.isValid())
        expiry = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!expiry.isValid())
        return std::nullopt;
    return expiry.toTimeZone(QTimeZone::utc());
}

} // namespace d360::gui
