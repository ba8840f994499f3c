// How the demo content changes from one revision to the next: one round of
// changes per revision after the first (see DemoData.h for round 2 on the
// default projects).
//
// A round is chosen by positions, from a generator seeded with the round
// number alone, so that every version and every language of it changes the
// same articles (the same ids) and every run of the sandbox serves the same
// revisions. The texts a round writes are translated per language, like the
// demo articles themselves, so an edited German article stays German.
#pragma once

#include "sandbox/DemoData.h"

namespace d360::sandbox {

// The revision exports are built from; the control endpoint and
// SandboxServer::setRevision() change it, exports started afterwards use it.
struct ContentRevision
{
    int number = 1;
};

struct RevisionRound
{
    int round = 0; // the revision it makes: 2 for the first round
    // Positions in the articles as they stand before the round.
    int deleted = -1;
    int renamed = -1; // new title and slug, same id; also edited
    int edited = -1; // the second edited article
    int changedImage = -1; // index into DemoData::images()
};

class DemoRevisions
{
public:
    static RevisionRound round(int round, int articleCount, int imageCount);

    // Applies the round to the articles of one version in one language.
    static void apply(const RevisionRound &round, const DemoProject &project,
                      const DemoVersion &version, const QString &languageCode,
                      QList<DemoArticle> *articles);
};

} // namespace d360::sandbox
