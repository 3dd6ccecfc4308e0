#pragma once

#include <QList>
#include <QString>
#include <QStringList>

//! The user-interface language, switched while the program runs. Translations are
//! `density_<lang>.qm` files (issue 9 builds them from translations/density_<lang>.ts); they are
//! looked for, first match wins, in:
//!   1. the resource folder `:/i18n` (qt_add_translations(... RESOURCE_PREFIX /i18n) embeds them),
//!   2. `<folder of the executable>/translations` (Windows installer, build tree),
//!   3. `<executable>/../share/density-dashboard/translations` (Linux .deb, `cmake --install`),
//!   4. `<executable>/../Resources/translations` (macOS bundle).
//! Qt's own strings (`qtbase_<lang>.qm`) come from the same folders or Qt's translations folder.
//! English is the source language and needs no file.
namespace Density::AppLanguage {

struct Language {
    QString code; //!< "en", "de", "pt_BR"
    QString name; //!< in its own language ("Deutsch"), so a user can always find theirs
};

QStringList searchPaths();
//! Replaces the folders above (tests, or a packager's own layout); empty restores them.
void setSearchPaths(const QStringList &paths);

//! English first, then every language with a density_<code>.qm, by code, without duplicates.
QList<Language> available();

//! Installs the translators for `code` ("" = the system's languages, in order) in place of the
//! previous ones. Every widget then gets QEvent::LanguageChange (posted, so it arrives with the
//! next pass of the event loop). Returns false when no translation was found for a language
//! other than English; the program then shows English.
bool apply(const QString &code);
//! The code given to the last apply() ("" = system).
QString current();

} // namespace Density::AppLanguage
