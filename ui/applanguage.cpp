#include "applanguage.h"

#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Density::AppLanguage {
namespace {

struct State {
    QStringList overridePaths;
    QString current;
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};

State &state() {
    static State s;
    return s;
}

void removeTranslator(QPointer<QTranslator> &translator) {
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

//! Loads `prefix`_<lang>.qm for the locale's languages from the first folder that has one.
QTranslator *load(const QLocale &locale, const QString &prefix, const QStringList &folders) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &folder : folders) {
        if (translator->load(locale, prefix, QStringLiteral("_"), folder))
            return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList searchPaths() {
    if (!state().overridePaths.isEmpty())
        return state().overridePaths;
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QStringLiteral(":/i18n"), appDir + QStringLiteral("/translations"),
            appDir + QStringLiteral("/../share/density-dashboard/translations"),
            appDir + QStringLiteral("/../Resources/translations")};
}

void setSearchPaths(const QStringList &paths) {
    state().overridePaths = paths;
}

QList<Language> available() {
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    QStringList codes;
    for (const QString &folder : searchPaths()) {
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("density_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(8, file.size() - 8 - 3); // density_ ... .qm
            if (!code.isEmpty() && code != QLatin1String("en") && !codes.contains(code))
                codes.append(code);
        }
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (name.isEmpty() || locale.language() == QLocale::C)
            name = code;
        else if (code.contains(QLatin1Char('_')))
            name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({code, name});
    }
    return languages;
}

bool apply(const QString &code) {
    State &s = state();
    s.current = code;
    removeTranslator(s.app);
    removeTranslator(s.qt);

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Dates, times and numbers follow the chosen language too (QLocale() everywhere).
    QLocale::setDefault(locale);
    const QStringList folders = searchPaths();
    s.app = load(locale, QStringLiteral("density"), folders);
    // Nothing for this locale (or the C locale of a bare system): the interface is English,
    // and English needs its plural forms ("1 entry", not "1 entries").
    if (!s.app)
        s.app = load(QLocale(QLocale::English), QStringLiteral("density"), folders);
    QStringList qtFolders = folders;
    qtFolders.append(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    s.qt = load(locale, QStringLiteral("qtbase"), qtFolders);

    // Qt first, ours last: the last installed translator is asked first.
    if (s.qt)
        QCoreApplication::installTranslator(s.qt);
    if (s.app)
        QCoreApplication::installTranslator(s.app);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!s.app && !english && !code.isEmpty())
        qCWarning(lcUi) << "no translation found for" << code << "in" << folders;
    return s.app || english || code.isEmpty();
}

QString current() {
    return state().current;
}

} // namespace Density::AppLanguage
