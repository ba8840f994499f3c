// The saved presets, in the state database's presets table, one row each,
// named case-insensitively (two presets "Nightly" and "nightly" would be a
// trap in a script or a schedule).
//
// Every call is one statement or one transaction, so a window, a CLI run and
// a schedule reading and changing presets at once each see a whole preset,
// never half an edit. The definition is stored as Preset::toJson(); a row
// that cannot be read is reported by name rather than dropped.
#pragma once

#include "core/routines/Preset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace d360::state {
class StateDatabase;
}

namespace d360::routines {

class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::PresetStore)

public:
    explicit PresetStore(std::shared_ptr<state::StateDatabase> database);

    // Every preset, by name; *problems (may be null) names the rows that
    // could not be read.
    QList<Preset> all(QStringList *problems = nullptr) const;
    // nullopt when there is none of that name (or it cannot be read: then
    // *problem says why).
    std::optional<Preset> find(const QString &name, QString *problem = nullptr) const;
    bool contains(const QString &name) const;

    // Adds the preset, or replaces the one of its name (keeping when it was
    // created). False with a message when it cannot.
    bool save(Preset preset, QString *error);
    // Only adds: false, saying so, when the name is taken.
    bool add(Preset preset, QString *error);
    bool remove(const QString &name, QString *error);
    bool rename(const QString &from, const QString &to, QString *error);

private:
    std::shared_ptr<state::StateDatabase> m_database;
};

} // namespace d360::routines
