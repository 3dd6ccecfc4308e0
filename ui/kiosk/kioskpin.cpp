#include "kioskpin.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>

namespace Density {

namespace {
constexpr int kIterations = 50000; //!< slow enough to make guessing from a copied file costly
constexpr int kKeyLength = 32;
constexpr int kSaltLength = 16;

QString hashKey() {
    return QStringLiteral("kiosk/pinHash");
}
QString saltKey() {
    return QStringLiteral("kiosk/pinSalt");
}
} // namespace

QByteArray KioskPin::derive(const QString &pin, const QByteArray &salt) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              kIterations, kKeyLength);
}

void KioskPin::set(const QString &pin) {
    if (pin.isEmpty()) {
        clear();
        return;
    }
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    for (char &c : salt)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    QSettings settings;
    settings.setValue(saltKey(), QString::fromLatin1(salt.toBase64()));
    settings.setValue(hashKey(), QString::fromLatin1(derive(pin, salt).toBase64()));
}

bool KioskPin::verify(const QString &pin) {
    if (!isSet() || pin.isEmpty())
        return false;
    QSettings settings;
    const QByteArray salt = QByteArray::fromBase64(settings.value(saltKey()).toString().toLatin1());
    const QByteArray stored =
        QByteArray::fromBase64(settings.value(hashKey()).toString().toLatin1());
    const QByteArray candidate = derive(pin, salt);
    if (candidate.size() != stored.size())
        return false;
    // Compare every byte so the time taken does not tell how much of the hash matched.
    char diff = 0;
    for (qsizetype i = 0; i < stored.size(); ++i)
        diff = static_cast<char>(diff | (stored.at(i) ^ candidate.at(i)));
    return diff == 0;
}

bool KioskPin::isSet() {
    QSettings settings;
    return !settings.value(hashKey()).toString().isEmpty() &&
           !settings.value(saltKey()).toString().isEmpty();
}

void KioskPin::clear() {
    QSettings settings;
    settings.remove(hashKey());
    settings.remove(saltKey());
}

} // namespace Density
