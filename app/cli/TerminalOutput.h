// Standard output and standard error of the headless verbs, made safe on the
// way out.
//
// Much of what the verbs print comes from a server: project names, error
// details, file names made from both. Every line passes through here before
// it reaches the terminal or a log: the Redactor masks any secret in it (a
// server may echo the token it was sent), and the characters a terminal
// obeys instead of showing are taken out (see ControlCharacters.h), so a
// project named "ESC[2J..." lists as text and does not clear the screen.
// Doing it at the stream, not at each message, means a new message cannot
// forget it. The progress line's own "\r ESC[K" is ours and goes out through
// writeControlSequence(), beside the cleaned text, never through it.
#pragma once

#include <cstdio>

class QTextStream;

namespace d360::cli {

// The cleaned UTF-8 streams; each is flushed by the caller, as a QTextStream.
QTextStream &standardOutput();
QTextStream &standardError();

// Writes our own terminal control sequence (sequence is ASCII) to stream,
// after what the matching text stream holds.
void writeControlSequence(FILE *stream, const char *sequence);

} // namespace d360::cli
