// File > Export: ExportController writes PNG and CSV files through an injected file-name
// provider (no dialog), refuses a page that has nothing to export, reports write errors as
// sentences and leaves existing files alone; in the main window the actions follow the
// current page (enabled on a loaded Patterns page, disabled on Overview) and confirm in the
// status bar.
#include "../core/simfixture.h"
#include "mainwindowshell.h"
#include "testsettings.h"

#include "models/spacetreemodel.h"
#include "ui/analyticspage.h"
#include "ui/errorbanner.h"
#include "ui/exportcontroller.h"
#include "ui/mainwindow.h"
#include "ui/pagetabs.h"
#include "ui/patternspage.h"
#include "ui/spacedock.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Density;

namespace {

const QDateTime ExportDay(QDate(2026, 11, 25), QTime(15, 0), QTimeZone::utc());

//! A page whose export hooks return what the test sets.
class FakePage : public AnalyticsPage {
public:
    using AnalyticsPage::AnalyticsPage;
    void setSelection(const QList<Space> &) override {}
    bool canExport() const override { return exportable; }
    QImage exportImage(qreal devicePixelRatio) const override {
        QImage image(QSize(300, 200) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(QColor(40, 120, 200));
        return image;
    }
    QByteArray exportCsv() const override { return csv; }
    QString exportBaseName() const override { return QStringLiteral("patterns-room-1"); }

    bool exportable = true;
    QByteArray csv = "# Density Dashboard export\r\nweekday,00:00\r\nMonday,1.5\r\n";
};

struct Controller {
    Controller()
        : exporter(&parent) {
        exporter.setClock([] { return ExportDay; });
        exporter.setDirectory(dir.path());
        exporter.setFileNameProvider([this](ExportController::Format format, const QString &path) {
            asked.append({format, path});
            return answer.isNull() ? path : answer;
        });
        exporter.setPage(&page);
    }

    QTemporaryDir dir;
    QWidget parent;
    FakePage page;
    ExportController exporter;
    QList<std::pair<ExportController::Format, QString>> asked;
    QString answer; //!< null: accept the suggestion
};

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_settings.isolate(QStringLiteral("tst_export"))); }

    void writesPngAndCsv() {
        Controller c;
        QSignalSpy exported(&c.exporter, &ExportController::exported);
        QSignalSpy failed(&c.exporter, &ExportController::failed);
        QVERIFY(c.exporter.pngAction()->isEnabled());

        QVERIFY(c.exporter.exportAs(ExportController::Format::Png));
        const QString png = c.dir.filePath(QStringLiteral("patterns-room-1-2026-11-25.png"));
        QCOMPARE(c.asked.size(), 1);
        QCOMPARE(c.asked.first().second, png);
        QVERIFY(QFile::exists(png));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(600, 400)); // drawn at device pixel ratio 2
        QCOMPARE(image.pixelColor(10, 10), QColor(40, 120, 200));
        QVERIFY(!image.hasAlphaChannel()); // opaque RGB: smaller, and no surprise in slides
        QCOMPARE(exported.size(), 1);
        QVERIFY(exported.first().at(1).toString().contains(QStringLiteral("Saved")));

        c.exporter.csvAction()->trigger();
        const QString csv = c.dir.filePath(QStringLiteral("patterns-room-1-2026-11-25.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), c.page.csv);
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported.last().at(0).toString(), csv);
        QCOMPARE(failed.size(), 0);
        // No temporary files left behind.
        QCOMPARE(QDir(c.dir.path()).entryList(QDir::Files).size(), 2);
    }

    void rememberedFolderAndCancelledDialog() {
        Controller c;
        QTemporaryDir other;
        c.answer = other.filePath(QStringLiteral("mine.csv"));
        QVERIFY(c.exporter.exportAs(ExportController::Format::Csv));
        QVERIFY(QFile::exists(c.answer));
        QCOMPARE(c.exporter.suggestedPath(ExportController::Format::Png),
                 other.filePath(QStringLiteral("patterns-room-1-2026-11-25.png")));
        // An empty answer is the user's Cancel: nothing written, nothing said.
        QSignalSpy exported(&c.exporter, &ExportController::exported);
        QSignalSpy failed(&c.exporter, &ExportController::failed);
        c.answer = QLatin1String("");
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Png));
        QCOMPARE(exported.size() + failed.size(), 0);
        QCOMPARE(QDir(other.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("mine.csv")});
    }

    void refusesWhenThePageCannotExport() {
        Controller c;
        c.page.exportable = false;
        c.exporter.updateActions();
        QVERIFY(!c.exporter.pngAction()->isEnabled());
        QVERIFY(!c.exporter.csvAction()->isEnabled());
        QSignalSpy failed(&c.exporter, &ExportController::failed);
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Csv));
        QVERIFY(c.asked.isEmpty()); // no dialog
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("nothing to export")));
        QVERIFY(QDir(c.dir.path()).entryList(QDir::Files).isEmpty());
        // No page at all.
        c.exporter.setPage(nullptr);
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Png));
        QCOMPARE(failed.size(), 2);
        // A page that says yes but hands over no data writes nothing either.
        c.page.exportable = true;
        c.page.csv.clear();
        c.exporter.setPage(&c.page);
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Csv));
        QCOMPARE(failed.size(), 3);
        QVERIFY(c.asked.isEmpty());
    }

    void reportsWriteErrors() {
        Controller c;
        QSignalSpy failed(&c.exporter, &ExportController::failed);
        // A folder that does not exist.
        c.answer = c.dir.filePath(QStringLiteral("missing/folder/data.csv"));
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Csv));
        QCOMPARE(failed.size(), 1);
        const QString sentence = failed.first().first().toString();
        QVERIFY2(sentence.startsWith(QStringLiteral("Could not save ")), qPrintable(sentence));
        QVERIFY(sentence.contains(QDir::toNativeSeparators(c.answer)));
        // A path that is a folder.
        c.answer = c.dir.path();
        QVERIFY(!c.exporter.exportAs(ExportController::Format::Png));
        QCOMPARE(failed.size(), 2);
        QVERIFY(QFileInfo(c.dir.path()).isDir());
        // writeFile() itself: an existing file survives a failed write elsewhere, and is
        // replaced whole by a good one.
        const QString existing = c.dir.filePath(QStringLiteral("keep.csv"));
        QString error;
        QVERIFY(ExportController::writeFile(existing, "old\r\n", &error));
        QVERIFY(!ExportController::writeFile(c.dir.filePath(QStringLiteral("no/such/keep.csv")),
                                             "new\r\n", &error));
        QVERIFY(!error.isEmpty());
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old\r\n"));
        kept.close();
        QVERIFY(ExportController::writeFile(existing, "new\r\n", &error));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("new\r\n"));
    }

    void mainWindowExportFollowsThePage() {
        Shell shell;
        shell.window->resize(1280, 800);
        QVERIFY(shell.start());
        MainWindow &window = *shell.window;

        ExportController *exporter = window.exportController();
        QVERIFY(!exporter->pngAction()->isEnabled()); // Overview has nothing to export
        QCOMPARE(exporter->pngAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

        // A meeting room on the Patterns page (its clock is the simulator's "now").
        const SpaceTreeModel *model = window.spaceModel();
        QString roomId;
        QList<QModelIndex> pending{QModelIndex()};
        while (roomId.isEmpty() && !pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < model->rowCount(parent) && roomId.isEmpty(); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                const Space *space = model->space(index);
                if (space && space->function.valueOr(QString()) == QLatin1String("meeting_room"))
                    roomId = space->id;
                pending.append(index);
            }
        }
        QVERIFY(!roomId.isEmpty());
        auto *patterns =
            qobject_cast<PatternsPage *>(window.pageTabs()->page(DashboardPage::Patterns));
        QVERIFY(patterns);
        patterns->setClock([] { return ExportDay; });
        window.pageTabs()->setCurrentPage(DashboardPage::Patterns);
        window.spaceDock()->selectSpaces({roomId});
        QVERIFY(waitFor([&] { return patterns->canExport(); }, 15000));
        QVERIFY(waitFor([&] { return exporter->pngAction()->isEnabled(); }));
        QVERIFY(exporter->csvAction()->isEnabled());

        QTemporaryDir dir;
        exporter->setFileNameProvider([&dir](ExportController::Format, const QString &path) {
            return dir.filePath(QFileInfo(path).fileName());
        });
        exporter->csvAction()->trigger();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(QStringLiteral("patterns-")), qPrintable(files.first()));
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved ")));
        QFile csv(dir.filePath(files.first()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("# Organization: Demo portfolio (simulated)"));

        // Back to Overview: nothing to export there.
        window.pageTabs()->setCurrentPage(DashboardPage::Overview);
        QVERIFY(!exporter->pngAction()->isEnabled());
        QVERIFY(window.errorBanner()->isHidden());
    }

private:
    TestSettings m_settings;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
