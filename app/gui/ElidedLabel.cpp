// See ElidedLabel.h.
#include "gui/ElidedLabel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace d360::gui {

namespace {

// Room for a short id whole, and for the recognisable ends of a long one.
constexpr int hintCharacters = 24;
constexpr int minimumCharacters = 8;

} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(m_hint.isEmpty() || text.isEmpty() ? text : text + QLatin1Char('\n') + m_hint);
    setAccessibleDescription(text);
    elide();
}

void ElidedLabel::setHint(const QString &hint)
{
    m_hint = hint;
    setFullText(m_fullText);
}

void ElidedLabel::copy()
{
    if (m_fullText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_fullText);
    Q_EMIT copied(m_fullText);
}

QSize ElidedLabel::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * hintCharacters, QLabel::sizeHint().height() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * minimumCharacters,
             QLabel::minimumSizeHint().height() };
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void ElidedLabel::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copyAction = menu->addAction(tr("&Copy"), this, &ElidedLabel::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(!m_fullText.isEmpty());
    // popup(), not exec(): no event loop inside the event loop.
    menu->popup(event->globalPos());
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width();
    QLabel::setText(room > 0 ? fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, room)
                             : m_fullText);
}

} // namespace d360::gui
