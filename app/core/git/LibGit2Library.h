// libgit2 made ready once per process, for every thread that diffs or
// mirrors.
//
// libgit2 wants git_libgit2_init() before its first call and as many
// git_libgit2_shutdown() calls at the end. Every caller asks
// LibGit2Library::ensureInitialised() first; the first one starts the
// library (a function-local static, which C++ initialises exactly once even
// when threads race for it), and the process's static destruction shuts it
// down after main() returns, when no diff or mirror can still be running.
// The diffs of a comparison (compare/TextDiff) and the Git mirror
// (mirror/GitMirror) share this one owner.
#pragma once

namespace d360::git {

class LibGit2Library
{
public:
    // Starts libgit2 on the first call of the process; later calls cost a check.
    static void ensureInitialised();

    LibGit2Library(const LibGit2Library &) = delete;
    LibGit2Library &operator=(const LibGit2Library &) = delete;

private:
    LibGit2Library();
    ~LibGit2Library();
};

} // namespace d360::git
