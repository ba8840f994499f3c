// What changed between two versions of one text: the diff engine under
// "compare two exports" (issue #17).
//
// The lines are diffed by libgit2 (git_patch_from_buffers), not by code of our
// own, with the options `git diff` uses by default plus the patience
// algorithm (libgit2 1.5 offers patience, not histogram): 3 lines of context,
// the indent heuristic, hunks that touch merged. So the unified diff is the one
// `git diff --no-index --patience` prints for the same two files, which the
// tests check against the real git. The same hunks come out as data for a
// side-by-side view. The word counts follow `git diff --word-diff`: a word is
// a run of bytes other than space, tab, newline and carriage return (git's
// own whitespace), and the words of each run of removed and added lines
// between context lines are compared as two sequences (DTL's O(NP) diff), so
// a sentence rewritten inside a paragraph counts its changed words, not the
// paragraph's. Texts are UTF-8 bytes and are never normalised: what differs
// in the files differs here. A NUL byte does not turn a text into "binary":
// an article is always text to a writer.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace d360::compare {

struct DiffLine
{
    enum class Origin : char { Context = ' ', Added = '+', Removed = '-' };

    Origin origin = Origin::Context;
    // The line's text without its line break.
    QString text;
    // 1-based line numbers; 0 on the side the line is not in.
    int oldNumber = 0;
    int newNumber = 0;
    // The line is the last of its file and has no line break ("\ No newline
    // at end of file" in a unified diff).
    bool missingFinalNewline = false;
};

struct DiffHunk
{
    // As in "@@ -oldStart,oldCount +newStart,newCount @@": a start of 0 with
    // a count of 0 is the place before the first line of an empty side.
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    // The "@@ … @@" line as git prints it, function context included.
    QString header;
    QList<DiffLine> lines;
};

struct TextDiffResult
{
    // Why the diff could not be made, empty when it was; on failure the rest
    // is empty too.
    QString failure;
    // As `git diff --no-index` prints it: "diff --git", "---", "+++" and the
    // hunks. Empty when the texts are the same.
    QString unifiedDiff;
    QList<DiffHunk> hunks;
    int wordsAdded = 0;
    int wordsRemoved = 0;

    bool identical() const { return failure.isEmpty() && hunks.isEmpty(); }
};

class TextDiff
{
    Q_DECLARE_TR_FUNCTIONS(d360::compare::TextDiff)

public:
    // oldPath and newPath are how the two texts are named in the diff's
    // headers ("a/oldPath", "b/newPath"), for example their paths inside
    // their exports.
    static TextDiffResult compare(const QByteArray &oldText, const QString &oldPath,
                                  const QByteArray &newText, const QString &newPath);
};

} // namespace d360::compare
