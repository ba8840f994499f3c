// Every test speaks as the program does: the translations main() installs
// (ApplicationInfo::installTranslations: the English plural forms first, then
// the language of the machine) are installed as each test's application
// object is made, so a test that reads "1 file exported" reads what a user
// would, not "1 files".
//
// Linked into every test as an object file (d360_add_test), beside the very
// resources the program is built with (app's d360translations); a static
// archive's unreferenced object would be dropped, and the function with it.
#include "core/ApplicationInfo.h"

#include <QCoreApplication>

namespace {

void installProgramTranslations()
{
    d360::ApplicationInfo::installTranslations();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProgramTranslations)
