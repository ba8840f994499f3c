// See FileEndCheck.h.
#include "core/jobs/FileEndCheck.h"

#include <QCoreApplication>
#include <QtEndian>

namespace d360::jobs {

namespace {

constexpr qsizetype pdfEndWindow = 1024;
constexpr qsizetype zipEndRecordBytes = 22;

// The translation context of this file's free functions.
struct FileEndCheckText
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::FileEndCheck)
};

bool endsLikeZip(const QByteArray &tail)
{
    // The record's own length field says how long the comment after it is:
    // the one that ends exactly at the end of the file is the real one.
    for (qsizetype at = tail.size() - zipEndRecordBytes; at >= 0; --at) {
        at = tail.lastIndexOf(QByteArrayLiteral("PK\x05\x06"), at);
        if (at < 0)
            return false;
        if (at + zipEndRecordBytes > tail.size())
            continue;
        const quint16 commentBytes = qFromLittleEndian<quint16>(tail.constData() + at + 20);
        if (at + zipEndRecordBytes + commentBytes == tail.size())
            return true;
    }
    return false;
}

} // namespace

QString missingFileEnd(api::ExportFormat format, const QByteArray &tail)
{
    if (format == api::ExportFormat::Pdf) {
        if (tail.right(pdfEndWindow).contains("%%EOF"))
            return {};
        return FileEndCheckText::tr(
            "the downloaded PDF is incomplete: there is no %%EOF near its end");
    }
    if (endsLikeZip(tail))
        return {};
    return FileEndCheckText::tr(
        "the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing");
}

} // namespace d360::jobs
