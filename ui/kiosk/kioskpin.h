#pragma once

#include <QByteArray>
#include <QString>

namespace Density {

//! The kiosk's exit PIN. Only a salted PBKDF2-SHA256 hash and its salt are kept in the settings
//! (kiosk/pinHash, kiosk/pinSalt), so reading the settings file never reveals the PIN.
class KioskPin {
public:
    //! Stores a new hash and a fresh random salt; an empty PIN clears it.
    static void set(const QString &pin);
    //! True when \a pin hashes to the stored hash; false when no PIN is set.
    static bool verify(const QString &pin);
    static bool isSet();
    static void clear();

    //! PBKDF2-HMAC-SHA256 of \a pin with \a salt (exposed for tests).
    static QByteArray derive(const QString &pin, const QByteArray &salt);
};

} // namespace Density
