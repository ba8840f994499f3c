// See JobDetailsPane.h. The signed download link is a secret (it works for
// anyone who has it): only its expiry is shown, never the link.
#include "gui/jobs/JobDetailsPane.h"

#include "gui/jobs/JobText.h"
#include "ui_JobDetailsPane.h"

#include "core/jobs/ExportJob.h"

#include <QDir>
#include <QLocale>

namespace d360::gui {

using jobs::ExportJob;
using jobs::JobState;

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobDetailsPane>())
{
    m_ui->setupUi(this);
    showJob(nullptr);
}

JobDetailsPane::~JobDetailsPane() = default;

void JobDetailsPane::showRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_ui->detailsForm->setRowVisible(value, !text.isEmpty());
}

void JobDetailsPane::showJob(const ExportJob *job)
{
    if (!job) {
        m_ui->titleValue->setText(tr("Select a job to see its details."));
        for (QLabel *value : {m_ui->statusValue, m_ui->messageValue, m_ui->warningsValue, m_ui->traceIdValue,
                              m_ui->requestIdValue, m_ui->linkExpiryValue, m_ui->sha256Value, m_ui->fileValue,
                              m_ui->bytesValue})
            showRow(value, {});
        return;
    }
    m_ui->titleValue->setText(job->displayTitle());
    showRow(m_ui->statusValue, jobs::jobStateDisplayName(job->state));

    QStringList messages;
    if (!job->errorMessage.isEmpty())
        messages.append(job->errorMessage);
    if (!job->extractionError.isEmpty())
        messages.append(tr("The file was downloaded but could not be extracted: %1").arg(job->extractionError));
    showRow(m_ui->messageValue, messages.join(QLatin1Char('\n')));
    showRow(m_ui->warningsValue, job->warnings.join(QLatin1Char('\n')));
    showRow(m_ui->traceIdValue, job->traceId);
    showRow(m_ui->requestIdValue, job->requestId);

    QString expiryText;
    if (job->downloadUrl.isValid() && job->state != JobState::Completed) {
        if (const std::optional<QDateTime> expiry = downloadLinkExpiry(job->downloadUrl)) {
            expiryText = *expiry <= QDateTime::currentDateTimeUtc()
                             ? tr("%1 (expired; a fresh link is asked for when needed)").arg(localTimeText(*expiry))
                             : localTimeText(*expiry);
        }
    }
    showRow(m_ui->linkExpiryValue, expiryText);
    showRow(m_ui->sha256Value, QString::fromLatin1(job->sha256Hex));

    QString fileText = QDir::toNativeSeparators(job->finalPath);
    if (!job->extractedPath.isEmpty())
        fileText += tr("\nExtracted into %1").arg(QDir::toNativeSeparators(job->extractedPath));
    showRow(m_ui->fileValue, fileText);

    const QLocale locale;
    QString bytesText;
    if (job->bytesTotal >= 0 && job->bytesDone != job->bytesTotal)
        bytesText = tr("%1 of %2 bytes").arg(locale.toString(job->bytesDone), locale.toString(job->bytesTotal));
    else if (job->bytesTotal >= 0 || job->bytesDone > 0)
        bytesText = tr("%1 bytes").arg(locale.toString(qMax(job->bytesDone, job->bytesTotal)));
    showRow(m_ui->bytesValue, bytesText);
}

} // namespace d360::gui
