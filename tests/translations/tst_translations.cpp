// The CI check for translations: every .ts file is what lupdate makes of today's sources (no
// string added or removed without updating them), every message of de, es, fr and ja is
// translated (and every plural message of en), translations keep the source's %1-style
// placeholders, and the compiled files are embedded where AppLanguage looks (:/i18n).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList forms = {}; //!< the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText()); // <numerusform>
            } else {
                message.forms.append(xml.readElementText());
            }
            message.finished = message.finished &&
                               std::none_of(message.forms.cbegin(), message.forms.cend(),
                                            [](const QString &form) { return form.isEmpty(); });
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const Message &message) {
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(80));
}

//! %1 … %99 and %L1 …, sorted: the placeholders a translation must keep.
QStringList numberedPlaceholders(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9][0-9]?"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    return found;
}

const QStringList Languages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                            QStringLiteral("fr"), QStringLiteral("ja")};

QString tsPath(const QString &language) {
    return QStringLiteral(DENSITY_TRANSLATIONS_DIR "/density_%1.ts").arg(language);
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void tsFilesAreCurrent() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList copies;
        for (const QString &language : Languages) {
            const QString copy = dir.filePath(QStringLiteral("density_%1.ts").arg(language));
            QVERIFY(QFile::copy(tsPath(language), copy));
            copies.append(copy);
        }
        QProcess lupdate;
        QStringList arguments = QString::fromUtf8(DENSITY_LUPDATE_OPTIONS).split(QLatin1Char(' '));
        arguments << QStringLiteral("@" DENSITY_TRANSLATABLE_LIST) << QStringLiteral("-ts")
                  << copies;
        lupdate.start(QStringLiteral(DENSITY_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QStringList stale;
        for (const QString &language : Languages) {
            QString error;
            const QList<Message> committed = readTs(tsPath(language), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QList<Message> fresh =
                readTs(dir.filePath(QStringLiteral("density_%1.ts").arg(language)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> before, after;
            for (const Message &m : committed)
                before.insert(m.context + QLatin1Char('\n') + m.source + QLatin1Char('\n') +
                              m.comment);
            for (const Message &m : fresh)
                after.insert(m.context + QLatin1Char('\n') + m.source + QLatin1Char('\n') +
                             m.comment);
            if (before != after) {
                QStringList added;
                for (const QString &key : after - before)
                    added.append(key.section(QLatin1Char('\n'), 1, 1).left(60));
                stale.append(QStringLiteral("density_%1.ts: %2 source text(s) new (e.g. \"%3\"), "
                                            "%4 gone")
                                 .arg(language)
                                 .arg((after - before).size())
                                 .arg(added.value(0))
                                 .arg((before - after).size()));
            }
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("Out of date; run `cmake --build <build> --target "
                                           "update_translations` and translate:\n") +
                            stale.join(QLatin1Char('\n'))));
    }

    void everyMessageIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyMessageIsTranslated() {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        // English is the source language: only its plural forms need writing.
        const bool pluralsOnly = language == QLatin1String("en");
        QStringList missing;
        for (const Message &message : messages) {
            if ((!pluralsOnly || message.numerus) && !message.finished)
                missing.append(describe(message));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages untranslated in density_%3.ts, "
                                           "e.g.:\n%4")
                                .arg(missing.size())
                                .arg(messages.size())
                                .arg(language, missing.mid(0, 8).join(QLatin1Char('\n')))));
    }

    void translationsKeepPlaceholders_data() { everyMessageIsTranslated_data(); }

    void translationsKeepPlaceholders() {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList broken;
        for (const Message &message : messages) {
            if (!message.finished)
                continue;
            const QStringList expected = numberedPlaceholders(message.source);
            for (const QString &form : message.forms) {
                if (numberedPlaceholders(form) != expected)
                    broken.append(describe(message) + QStringLiteral(" → \"%1\"").arg(form));
                // %n may be left out of a form ("one entry"), never invented.
                if (form.contains(QLatin1String("%n")) &&
                    !message.source.contains(QLatin1String("%n")))
                    broken.append(describe(message) +
                                  QStringLiteral(" → \"%1\" adds %n").arg(form));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void compiledTranslationsAreEmbedded_data() { everyMessageIsTranslated_data(); }

    void compiledTranslationsAreEmbedded() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/density_%1.qm").arg(language)),
                 "not embedded under :/i18n");
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        // The .qm answers with the .ts file's translation (so it was built from it).
        int checked = 0;
        for (const Message &message : messages) {
            if (!message.finished || message.numerus || message.forms.first() == message.source)
                continue;
            QCOMPARE(
                translator.translate(
                    message.context.toUtf8().constData(), message.source.toUtf8().constData(),
                    message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData()),
                message.forms.first());
            if (++checked == 20)
                break;
        }
        if (language == QLatin1String("en")) {
            QCOMPARE(translator.translate("Density::ActivityLogWidget", "%n entries", nullptr, 1),
                     QStringLiteral("%n entry")); // QCoreApplication::translate fills in %n
        } else {
            QVERIFY(checked > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
