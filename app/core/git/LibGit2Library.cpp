// See LibGit2Library.h.
#include "core/git/LibGit2Library.h"

#include <git2/global.h>

namespace d360::git {

void LibGit2Library::ensureInitialised()
{
    static const LibGit2Library library;
}

LibGit2Library::LibGit2Library()
{
    git_libgit2_init();
}

LibGit2Library::~LibGit2Library()
{
    git_libgit2_shutdown();
}

} // namespace d360::git
