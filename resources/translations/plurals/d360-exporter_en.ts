<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation>
            <numerusform>Rate limit reached (429): too many requests for this token. Try again in %n second, or run fewer exports at once.</numerusform>
            <numerusform>Rate limit reached (429): too many requests for this token. Try again in %n seconds, or run fewer exports at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation>
            <numerusform>The sign-in could not be renewed for now: %1 (tried once). It is tried again by itself; sign in again if this goes on.</numerusform>
            <numerusform>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Added account &quot;%1&quot; (%2). It sees %n project</numerusform>
            <numerusform>Added account &quot;%1&quot; (%2). It sees %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation>
            <numerusform>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project</numerusform>
            <numerusform>Signed in%1; added account &quot;%2&quot; (%3). It sees %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>Account &quot;%1&quot; works (%2). It sees %n project</numerusform>
            <numerusform>Account &quot;%1&quot; works (%2). It sees %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::CompareCommand</name>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>%1 and %2 are the same: %n article alike.</numerusform>
            <numerusform>%1 and %2 are the same: %n articles alike.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Unchanged: %n article.</numerusform>
            <numerusform>Unchanged: %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation>
            <numerusform>The id %1 is ambiguous: %n run starts with it. Give more of it.</numerusform>
            <numerusform>The id %1 is ambiguous: %n runs start with it. Give more of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation>
            <numerusform>--html writes one page, and these runs have %n export in common: pick one with --version, --language or --format.</numerusform>
            <numerusform>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation>
            <numerusform>Removed the old backup run %1 (the preset keeps %n).</numerusform>
            <numerusform>Removed the old backup run %1 (the preset keeps %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation>
            <numerusform>%1 is whole: %n file checked against its manifest.</numerusform>
            <numerusform>%1 is whole: %n files checked against its manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation>
            <numerusform>%1 is not whole: %n problem.</numerusform>
            <numerusform>%1 is not whole: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>The two exports are the same: %n article alike.</numerusform>
            <numerusform>The two exports are the same: %n articles alike.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>Unchanged: %n article.</numerusform>
            <numerusform>Unchanged: %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation>
            <numerusform>The token works. %1 It sees %n project: %2</numerusform>
            <numerusform>The token works. %1 It sees %n projects: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountsDialog</name>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation>
            <numerusform>Test passed: the server accepts the credential and lists %n project.</numerusform>
            <numerusform>Test passed: the server accepts the credential and lists %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation>
            <numerusform>%n file exported to %1</numerusform>
            <numerusform>%n files exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation>
            <numerusform>%n file exported to %1 folders</numerusform>
            <numerusform>%n files exported to %1 folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation>
            <numerusform>; %n got a numbered name because a file of its name was already there</numerusform>
            <numerusform>; %n got numbered names because files of their names were already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>The two exports are the same: %n article alike.</numerusform>
            <numerusform>The two exports are the same: %n articles alike.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n renamed</numerusform>
            <numerusform>%n renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n image changed</numerusform>
            <numerusform>%n images changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n image added</numerusform>
            <numerusform>%n images added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n image removed</numerusform>
            <numerusform>%n images removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n attachment changed</numerusform>
            <numerusform>%n attachments changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n attachment added</numerusform>
            <numerusform>%n attachments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n attachment removed</numerusform>
            <numerusform>%n attachments removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message numerus="yes">
        <source>Export %n files</source>
        <translation>
            <numerusform>Export %n file</numerusform>
            <numerusform>Export %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation>
            <numerusform>%1 is whole: %n file checked against its manifest.</numerusform>
            <numerusform>%1 is whole: %n files checked against its manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation>
            <numerusform>%n planned file was never exported.</numerusform>
            <numerusform>%n planned files were never exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation>
            <numerusform>Copied %n id for Document360 support.</numerusform>
            <numerusform>Copied %n ids for Document360 support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation>
            <numerusform>%n job could not be retried: no free file name in the output folder.</numerusform>
            <numerusform>%n jobs could not be retried: no free file name in the output folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation>
            <numerusform>Remove %n export that is still running?</numerusform>
            <numerusform>Remove %n exports that are still running?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation>
            <numerusform>%n export queued.</numerusform>
            <numerusform>%n exports queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation>
            <numerusform>%n export is running</numerusform>
            <numerusform>%n exports are running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation>
            <numerusform>%n is waiting</numerusform>
            <numerusform>%n are waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n export is running; it will resume the next time you open D360 Exporter.</numerusform>
            <numerusform>%n exports are running; they will resume the next time you open D360 Exporter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n export is waiting; it will start the next time you open D360 Exporter.</numerusform>
            <numerusform>%n exports are waiting; they will start the next time you open D360 Exporter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message numerus="yes">
        <source>%n more failed runs in History.</source>
        <translation>
            <numerusform>%n more failed run in History.</numerusform>
            <numerusform>%n more failed runs in History.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation>
            <numerusform>keeps only the last run</numerusform>
            <numerusform>keeps the last %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::QueueStatusIndicator</name>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation>
            <numerusform>%n export running</numerusform>
            <numerusform>%n exports running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation>
            <numerusform>%1 The account sees %n project: %2</numerusform>
            <numerusform>%1 The account sees %n projects: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation>
            <numerusform>%n saved export job could not be read and was left out (%1). It is kept in the table unreadable_jobs of %2.</numerusform>
            <numerusform>%n saved export jobs could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation>
            <numerusform>%n saved export job could not be read and was left out (%1). It stays in %2 as it was (%3).</numerusform>
            <numerusform>%n saved export jobs could not be read and were left out (%1). They stay in %2 as they were (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation>
            <numerusform>%1 was kept: it holds %n item that its manifest does not list</numerusform>
            <numerusform>%1 was kept: it holds %n items that its manifest does not list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation>
            <numerusform>%n job of the export queue %1 could not be read (%2); it is kept in the table unreadable_jobs of %3, and the file as %4.</numerusform>
            <numerusform>%n jobs of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</numerusform>
        </translation>
    </message>
</context>
</TS>
