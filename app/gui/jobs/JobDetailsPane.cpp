// See JobDetailsPane.h. The signed download link is a secret (it works for
// anyone who has it): only its expiry is shown, never the link.
#include "gui/jobs/JobDetailsPane.h"

#include "core/jobs/ExportJob.h"
#include "gui/ElidedLabel.h"
#include "gui/jobs/JobText.h"
#include "ui_JobDetailsPane.h"

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
    // A grid, not a QFormLayout: in Qt 6.4 a form in a scroll area, whose
    // rows come and go, writes past its own height-for-width table when it
    // relayouts (valgrind shows it). Each label names its value as buddy.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (auto *value = qobject_cast<QLabel *>(label->buddy()))
            m_labels.insert(value, label);
    }
    m_ui->traceIdValue->setHint(
        tr("Give this id to Document360 support: it finds this export in their logs."));
    for (ElidedLabel *value : { m_ui->traceIdValue, m_ui->requestIdValue, m_ui->sha256Value,
                                m_ui->fileValue, m_ui->extractedValue }) {
        connect(value, &ElidedLabel::copied, this,
                [this, value] { Q_EMIT copied(value->accessibleName()); });
    }
    showJob(nullptr);
}

QSize JobDetailsPane::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 44, QWidget::sizeHint().height() };
}

QSize JobDetailsPane::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 26, QWidget::minimumSizeHint().height() };
}

JobDetailsPane::~JobDetailsPane() = default;

void JobDetailsPane::showRow(QLabel *value, const QString &text)
{
    if (auto *elided = qobject_cast<ElidedLabel *>(value))
        elided->setFullText(text);
    else
        value->setText(text);
    value->setVisible(!text.isEmpty());
    if (QLabel *label = m_labels.value(value))
        label->setVisible(!text.isEmpty());
}

void JobDetailsPane::showJob(const ExportJob *job)
{
    if (!job) {
        m_ui->titleValue->setText(tr("Select a job to see its details."));
        const std::initializer_list<QLabel *> values { m_ui->statusValue,    m_ui->messageValue,
                                                       m_ui->warningsValue,  m_ui->traceIdValue,
                                                       m_ui->requestIdValue, m_ui->linkExpiryValue,
                                                       m_ui->sha256Value,    m_ui->fileValue,
                                                       m_ui->extractedValue, m_ui->bytesValue };
        for (QLabel *value : values)
            showRow(value, {});
        return;
    }
    m_ui->titleValue->setText(job->displayTitle());
    showRow(m_ui->statusValue, jobs::jobStateDisplayName(job->state));

    QStringList messages;
    if (!job->errorMessage.isEmpty())
        messages.append(job->errorMessage);
    if (!job->extractionError.isEmpty())
        messages.append(
            tr("The file was downloaded but could not be extracted: %1").arg(job->extractionError));
    showRow(m_ui->messageValue, messages.join(QLatin1Char('\n')));
    showRow(m_ui->warningsValue, job->warnings.join(QLatin1Char('\n')));
    // Document360 support looks a failure up by its trace id; where the
    // server gave none, the request id does the same job.
    const QString supportId = job->traceId.isEmpty() ? job->requestId : job->traceId;
    showRow(m_ui->traceIdValue, supportId);
    showRow(m_ui->requestIdValue, job->requestId != supportId ? job->requestId : QString());

    QString expiryText;
    if (job->downloadUrl.isValid() && job->state != JobState::Completed) {
        if (const std::optional<QDateTime> expiry = downloadLinkExpiry(job->downloadUrl)) {
            expiryText = *expiry <= QDateTime::currentDateTimeUtc()
                ? tr("%1 (expired; a fresh link is asked for when needed)")
                      .arg(localTimeText(*expiry))
                : localTimeText(*expiry);
        }
    }
    showRow(m_ui->linkExpiryValue, expiryText);
    showRow(m_ui->sha256Value, QString::fromLatin1(job->sha256Hex));

    showRow(m_ui->fileValue, QDir::toNativeSeparators(job->finalPath));
    showRow(m_ui->extractedValue, QDir::toNativeSeparators(job->extractedPath));

    const QLocale locale;
    QString bytesText;
    if (job->bytesTotal >= 0 && job->bytesDone != job->bytesTotal)
        bytesText = tr("%1 of %2 bytes")
                        .arg(locale.toString(job->bytesDone), locale.toString(job->bytesTotal));
    else if (job->bytesTotal >= 0 || job->bytesDone > 0)
        bytesText = tr("%1 bytes").arg(locale.toString(qMax(job->bytesDone, job->bytesTotal)));
    showRow(m_ui->bytesValue, bytesText);
}

} // namespace d360::gui
