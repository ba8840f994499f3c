// See TerminalOutput.h. A QIODevice between the QTextStream and the C stream
// does the cleaning: QTextStream hands it UTF-8 whenever it is flushed (each
// message is), a stateful decoder keeps a character that a full buffer cut
// in two, and the cleaned text goes to the FILE at once.
#include "cli/TerminalOutput.h"

#include "core/ControlCharacters.h"
#include "core/api/Redactor.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QTextStream>

namespace d360::cli {

namespace {

class CleaningDevice : public QIODevice
{
public:
    explicit CleaningDevice(FILE *stream)
        : m_stream(stream)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        const QString clean
            = withoutControls(api::Redactor::instance().redact(text), LineBreaks::Keep);
        const QByteArray bytes = clean.toUtf8();
        if (!bytes.isEmpty()
            && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream)
                != size_t(bytes.size()))
            return -1;
        std::fflush(m_stream);
        return size;
    }

private:
    FILE *m_stream;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
};

QTextStream &cleanedStream(FILE *file)
{
    // One device per C stream, for the life of the process: the verbs and
    // the reporter write through the same one, so their lines keep order.
    static CleaningDevice outDevice(stdout);
    static CleaningDevice errDevice(stderr);
    static QTextStream out(&outDevice);
    static QTextStream err(&errDevice);
    return file == stdout ? out : err;
}

} // namespace

QTextStream &standardOutput()
{
    return cleanedStream(stdout);
}

QTextStream &standardError()
{
    return cleanedStream(stderr);
}

void writeControlSequence(FILE *stream, const char *sequence)
{
    cleanedStream(stream).flush();
    std::fputs(sequence, stream);
    std::fflush(stream);
}

} // namespace d360::cli
