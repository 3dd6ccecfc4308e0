// profile add / list / remove: the connection profiles density-dashboard uses, with their
// secrets in the system keychain (the same settings file and keychain entries as the GUI).
#include "clicommands.h"
#include "clitext.h"
#include "exitcode.h"
#include "invocation.h"
#include "runner.h"

#include "auth/credentialstorepolicy.h"
#include "auth/profilestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Density::Cli {
namespace {

const QLatin1String DisplayIdOption("display-id");
const QLatin1String StoreOption("store");
const QLatin1String DaysOption("days");
const QLatin1String HoursOption("hours");
const QLatin1String FirstSpaceOption("first-space");

QString storeName(CredentialStore::Kind kind) {
    switch (kind) {
    case CredentialStore::Kind::Keychain:
        return ascii("keychain");
    case CredentialStore::Kind::InsecureFile:
        return ascii("insecure-file");
    case CredentialStore::Kind::SessionOnly:
        break;
    }
    return ascii("session");
}

//! Everything but the secret, which is never printed.
QJsonObject profileJson(const ConnectionProfile &profile, const QString &currentId) {
    QJsonObject json{
        {ascii("name"), profile.name},
        {ascii("id"), profile.id},
        {ascii("base_url"), profile.baseUrl.toString()},
        {ascii("auth"), ConnectionProfile::authKindName(profile.authKind)},
        {ascii("client_id"),
         profile.clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile.clientId)},
        {ascii("display_id"), profile.displayId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(profile.displayId)},
        {ascii("operating_hours"), profile.operatingHours
                                       ? QJsonValue(profile.operatingHours->toJson())
                                       : QJsonValue(QJsonValue::Null)},
        {ascii("first_space_id"), profile.firstSpaceId.isEmpty()
                                      ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(profile.firstSpaceId)},
        {ascii("current"), profile.id == currentId}};
    return json;
}

Rendered renderProfiles(const QJsonArray &profiles) {
    return {profiles,
            tableFromObjects(profiles, {{ascii("name"), ascii("name")},
                                        {ascii("id"), ascii("id")},
                                        {ascii("base_url"), ascii("base_url")},
                                        {ascii("auth"), ascii("auth")},
                                        {ascii("client_id"), ascii("client_id")},
                                        {ascii("display_id"), ascii("display_id")},
                                        {ascii("first_space_id"), ascii("first_space_id")},
                                        {ascii("current"), ascii("current")}})};
}

void add(Invocation &call) {
    const GlobalOptions &global = call.runner().options();
    const QString name = call.argument(0).trimmed();
    ProfileStore profiles(nullptr);

    ConnectionProfile profile = ConnectionProfile::create(name);
    if (const std::optional<ConnectionProfile> existing = profiles.findByName(name))
        profile.id = existing->id; // replaces it, keeping its id (and its keychain entry)

    const QString urlProblem =
        call.client().setBaseUrl(QUrl(global.baseUrl.trimmed(), QUrl::StrictMode));
    if (!urlProblem.isEmpty())
        return call.usageError(urlProblem);
    profile.baseUrl = QUrl(global.baseUrl.trimmed(), QUrl::StrictMode);

    // The secret comes from the command line or, better (it stays out of `ps`), the environment.
    QString problem;
    const std::optional<Credentials> credentials = resolveBearer(global, &problem);
    if (!credentials)
        return call.usageError(problem);
    QString secret;
    if (credentials->kind == Credentials::Kind::Token) {
        if (call.has(DisplayIdOption))
            return call.usageError(Text::tr("--display-id needs --client-id and --client-secret "
                                            "(display credentials), not a token."));
        profile.authKind = ConnectionProfile::AuthKind::StaticToken;
        secret = credentials->token;
    } else {
        profile.authKind = call.has(DisplayIdOption)
                               ? ConnectionProfile::AuthKind::DisplayCredentials
                               : ConnectionProfile::AuthKind::OAuthClient;
        profile.clientId = credentials->clientId;
        profile.displayId = call.value(DisplayIdOption).trimmed();
        secret = credentials->clientSecret;
    }
    if (call.has(DaysOption) || call.has(HoursOption)) {
        QString hoursProblem;
        profile.operatingHours =
            OperatingHours::parse(call.value(DaysOption), call.value(HoursOption), &hoursProblem);
        if (!profile.operatingHours)
            return call.usageError(hoursProblem);
    }
    profile.firstSpaceId = call.value(FirstSpaceOption).trimmed();
    const QString storeOption = call.value(StoreOption);
    if (!storeOption.isEmpty() && storeOption != QLatin1String("keychain") &&
        storeOption != QLatin1String("insecure-file"))
        return call.usageError(
            Text::tr("--store is keychain or insecure-file, not \"%1\".").arg(storeOption));
    const QString invalid = profile.validate();
    if (!invalid.isEmpty())
        return call.usageError(invalid);

    const bool optIn =
        storeOption == QLatin1String("insecure-file") || profiles.insecureFileOptIn();
    call.runner().openCredentialStore(
        optIn, [&call, profile, secret, optIn](CredentialStore &secrets,
                                               const CredentialStoreChoice &choice) {
            if (choice.kind == CredentialStore::Kind::SessionOnly)
                return call.usageError(
                    choice.notice + QLatin1Char(' ') +
                    Text::tr("density-cli cannot keep a secret for a session: pass --store "
                             "insecure-file to keep it in a plain file (insecure), or use "
                             "DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead."));
            auto store = std::make_shared<ProfileStore>(&secrets);
            if (choice.kind == CredentialStore::Kind::InsecureFile && optIn) {
                store->setInsecureFileOptIn(true); // the user chose it, for later runs too
                call.warning(choice.notice);
            }
            store->saveWithSecret(
                profile, secret, [&call, store, profile, &secrets](const Result<Done> &saved) {
                    if (!saved)
                        return call.fail(saved.error());
                    QJsonObject json = profileJson(profile, store->currentProfileId());
                    json.insert(ascii("secret_store"), storeName(secrets.kind()));
                    call.print(renderProfiles(QJsonArray{json}));
                });
        });
}

void list(Invocation &call) {
    const ProfileStore profiles(nullptr);
    QJsonArray array;
    for (const ConnectionProfile &profile : profiles.profiles())
        array.append(profileJson(profile, profiles.currentProfileId()));
    call.print(renderProfiles(array));
}

void remove(Invocation &call) {
    const std::optional<ConnectionProfile> profile =
        ProfileStore(nullptr).findByName(call.argument(0).trimmed());
    if (!profile)
        return call.usageError(Text::tr("No profile named \"%1\". See density-cli profile list.")
                                   .arg(call.argument(0)));
    const bool optIn = ProfileStore(nullptr).insecureFileOptIn();
    call.runner().openCredentialStore(
        optIn, [&call, profile](CredentialStore &secrets, const CredentialStoreChoice &choice) {
            auto store = std::make_shared<ProfileStore>(&secrets);
            if (choice.kind == CredentialStore::Kind::SessionOnly)
                call.warning(choice.notice + QLatin1Char(' ') +
                             Text::tr("A secret saved earlier in a keychain stays there."));
            store->remove(profile->id, [&call, store, profile](const Result<Done> &removed) {
                if (!removed) // the settings are gone; say what is left behind
                    call.warning(removed.error().message());
                call.print(renderProfiles(QJsonArray{profileJson(*profile, QString())}));
            });
        });
}

} // namespace

QList<CommandSpec> profileCommands() {
    using Auth = CommandSpec::Auth;
    return {
        {{ascii("profile"), ascii("add")},
         {ascii("NAME")},
         Text::tr("Save a connection profile (replacing one of the same name): the address "
                  "from --base-url and the credential from --token, or --client-id and "
                  "--client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / "
                  "DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to "
                  "the settings file."),
         {{DisplayIdOption, ascii("ID"),
           Text::tr("makes it display credentials (wall screens) for this display")},
          {StoreOption, ascii("keychain|insecure-file"),
           Text::tr("insecure-file: where no system keychain exists, keep secrets in a plain "
                    "file only you can read (insecure; remembered for later runs)")},
          {DaysOption, ascii("0,1,..."),
           Text::tr("default operating days (0 = Sunday), with --hours")},
          {HoursOption, ascii("8-18"), Text::tr("default operating hours")},
          {FirstSpaceOption, ascii("ID"), Text::tr("the space the dashboard opens first")}},
         Auth::None,
         add},
        {{ascii("profile"), ascii("list")},
         {},
         Text::tr("List the saved connection profiles (never their secrets)."),
         {},
         Auth::None,
         list},
        {{ascii("profile"), ascii("remove")},
         {ascii("NAME")},
         Text::tr("Remove a connection profile and its secret."),
         {},
         Auth::None,
         remove},
    };
}

} // namespace Density::Cli
