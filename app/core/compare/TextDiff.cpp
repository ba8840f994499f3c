// See TextDiff.h.
#include "core/compare/TextDiff.h"

#include "core/git/GitHandles.h"
#include "core/git/LibGit2Library.h"

#include <dtl/dtl.hpp>
#include <git2/buffer.h>
#include <git2/diff.h>
#include <git2/errors.h>
#include <git2/patch.h>
#include <memory>
#include <string_view>
#include <vector>

namespace d360::compare {

namespace {

using PatchPointer = std::unique_ptr<git_patch, git::LibGit2Deleter<git_patch, git_patch_free>>;

// git's isspace() (its own ctype table, not the C library's): \v and \f,
// and every non-ASCII byte, are part of words.
bool isGitSpace(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

// The words of text, as views into it: text must outlive them.
std::vector<std::string_view> splitWords(const QByteArray &text)
{
    std::vector<std::string_view> words;
    const char *const end = text.constData() + text.size();
    const char *at = text.constData();
    while (at != end) {
        while (at != end && isGitSpace(*at))
            ++at;
        const char *const wordStart = at;
        while (at != end && !isGitSpace(*at))
            ++at;
        if (at != wordStart)
            words.emplace_back(wordStart, size_t(at - wordStart));
    }
    return words;
}

// The removed and added lines between two context lines, compared word by
// word as `git diff --word-diff` does for each such run.
class ChangeRun
{
public:
    void addRemoved(const char *content, size_t length)
    {
        removed.append(content, qsizetype(length));
    }
    void addAdded(const char *content, size_t length) { added.append(content, qsizetype(length)); }

    void countInto(TextDiffResult &result)
    {
        const std::vector<std::string_view> removedWords = splitWords(removed);
        const std::vector<std::string_view> addedWords = splitWords(added);
        // Whatever optimal alignment is chosen, the words in common number
        // the same, so the counts follow from the edit distance alone.
        dtl::Diff<std::string_view> diff(removedWords, addedWords);
        diff.onOnlyEditDistance();
        diff.compose();
        const auto removedCount = qsizetype(removedWords.size());
        const auto addedCount = qsizetype(addedWords.size());
        const qsizetype common
            = (removedCount + addedCount - qsizetype(diff.getEditDistance())) / 2;
        result.wordsRemoved += int(removedCount - common);
        result.wordsAdded += int(addedCount - common);
        removed.clear();
        added.clear();
    }

private:
    QByteArray removed;
    QByteArray added;
};

QString lineText(const git_diff_line &line)
{
    size_t length = line.content_len;
    if (length > 0 && line.content[length - 1] == '\n')
        --length;
    return QString::fromUtf8(line.content, qsizetype(length));
}

QString hunkHeader(const git_diff_hunk &hunk)
{
    size_t length = hunk.header_len;
    while (length > 0 && (hunk.header[length - 1] == '\n' || hunk.header[length - 1] == '\r'))
        --length;
    return QString::fromUtf8(hunk.header, qsizetype(length));
}

bool isEndOfFileMarker(char origin)
{
    return origin == GIT_DIFF_LINE_CONTEXT_EOFNL || origin == GIT_DIFF_LINE_ADD_EOFNL
        || origin == GIT_DIFF_LINE_DEL_EOFNL;
}

// Reads the patch's hunks into result, and counts their words.
bool readHunks(git_patch *patch, TextDiffResult &result)
{
    const size_t hunkCount = git_patch_num_hunks(patch);
    for (size_t hunkIndex = 0; hunkIndex < hunkCount; ++hunkIndex) {
        const git_diff_hunk *gitHunk = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&gitHunk, &lineCount, patch, hunkIndex) != 0)
            return false;
        DiffHunk hunk;
        hunk.oldStart = gitHunk->old_start;
        hunk.oldCount = gitHunk->old_lines;
        hunk.newStart = gitHunk->new_start;
        hunk.newCount = gitHunk->new_lines;
        hunk.header = hunkHeader(*gitHunk);

        ChangeRun run;
        for (size_t lineIndex = 0; lineIndex < lineCount; ++lineIndex) {
            const git_diff_line *gitLine = nullptr;
            if (git_patch_get_line_in_hunk(&gitLine, patch, hunkIndex, lineIndex) != 0)
                return false;
            // The marker always follows the line that lacks the break.
            if (isEndOfFileMarker(gitLine->origin)) {
                if (!hunk.lines.isEmpty())
                    hunk.lines.last().missingFinalNewline = true;
                continue;
            }
            DiffLine line;
            line.text = lineText(*gitLine);
            line.oldNumber = qMax(gitLine->old_lineno, 0);
            line.newNumber = qMax(gitLine->new_lineno, 0);
            switch (gitLine->origin) {
            case GIT_DIFF_LINE_ADDITION:
                line.origin = DiffLine::Origin::Added;
                run.addAdded(gitLine->content, gitLine->content_len);
                break;
            case GIT_DIFF_LINE_DELETION:
                line.origin = DiffLine::Origin::Removed;
                run.addRemoved(gitLine->content, gitLine->content_len);
                break;
            default:
                line.origin = DiffLine::Origin::Context;
                run.countInto(result);
                break;
            }
            hunk.lines.append(line);
        }
        run.countInto(result);
        result.hunks.append(hunk);
    }
    return true;
}

} // namespace

TextDiffResult TextDiff::compare(const QByteArray &oldText, const QString &oldPath,
                                 const QByteArray &newText, const QString &newPath)
{
    git::LibGit2Library::ensureInitialised();
    TextDiffResult result;
    if (oldText == newText)
        return result;

    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    options.flags = GIT_DIFF_PATIENCE | GIT_DIFF_INDENT_HEURISTIC | GIT_DIFF_FORCE_TEXT;
    options.context_lines = 3;
    options.interhunk_lines = 0;

    const QByteArray oldName = oldPath.toUtf8();
    const QByteArray newName = newPath.toUtf8();
    git_patch *rawPatch = nullptr;
    // constData() is never null, so an empty text is an empty file, not a
    // missing one: both sides stay files, as in `git diff --no-index`.
    const int made = git_patch_from_buffers(&rawPatch, oldText.constData(), size_t(oldText.size()),
                                            oldName.constData(), newText.constData(),
                                            size_t(newText.size()), newName.constData(), &options);
    const PatchPointer patch(rawPatch);
    if (made != 0) {
        result.failure = tr("The two texts could not be compared: %1").arg(git::lastError());
        return result;
    }

    git_buf printed = GIT_BUF_INIT;
    const int written = git_patch_to_buf(&printed, patch.get());
    if (written == 0)
        result.unifiedDiff = QString::fromUtf8(printed.ptr, qsizetype(printed.size));
    git_buf_dispose(&printed);
    if (written != 0 || !readHunks(patch.get(), result)) {
        const QString reason = git::lastError();
        result = TextDiffResult();
        result.failure = tr("The two texts could not be compared: %1").arg(reason);
    }
    return result;
}

} // namespace d360::compare
