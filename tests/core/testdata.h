#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

//! Reads tests/data/examples/<name> (the example bodies from the API reference and seed).
inline QJsonObject exampleObject(const QString &name) {
    QFile file(qEnvironmentVariable("DENSITY_TEST_DATA") + QStringLiteral("/examples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}
