// A one-line value that may be longer than its room: a SHA-256, a trace id,
// a path. It shows as much as fits, eliding in the middle (both ends of an id
// or a path are what a reader recognises), and keeps the whole value for the
// tooltip, for copying (Ctrl+C, or "Copy" in its context menu) and for
// screen readers.
//
// Its size hints do not follow the value, so the pane around it keeps its
// width when a long value arrives: a plain QLabel asks for the whole width
// of an unbreakable hash and pushes its splitter aside. Selecting part of the
// text is not offered, because the part on screen is not the value.
#pragma once

#include <QLabel>

namespace d360::gui {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    // A line under the value in the tooltip: what the value is for.
    void setHint(const QString &hint);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    // Puts the whole value on the clipboard; announces it with copied().
    void copy();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void copied(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_hint;
};

} // namespace d360::gui
