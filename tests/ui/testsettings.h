#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

//! Points QSettings at a temporary folder of the test's own, so widget tests never read or
//! write the developer's real settings (and start from a clean slate).
class TestSettings {
public:
    //! Call from initTestCase(); returns false when the temporary folder could not be made.
    bool isolate(const QString &testName) {
        if (!m_dir.isValid())
            return false;
        QCoreApplication::setOrganizationName(QStringLiteral("DensityDashboardTests"));
        QCoreApplication::setApplicationName(testName);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        return true;
    }

private:
    QTemporaryDir m_dir;
};
