#include "exportcontroller.h"

#include "analyticspage.h"
#include "export/exportfilename.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace Density {
namespace {

QString suffixOf(ExportController::Format format) {
    return format == ExportController::Format::Png ? QStringLiteral("png") : QStringLiteral("csv");
}

} // namespace

ExportController::ExportController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_pngAction(new QAction(tr("Chart as &PNG…"), this))
    , m_csvAction(new QAction(tr("Data as &CSV…"), this)) {
    if (m_directory.isEmpty())
        m_directory = QDir::homePath();
    m_pngAction->setObjectName(QStringLiteral("exportPngAction"));
    m_csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    //! Ctrl+E is "export" in most desktop apps; Shift adds the second format.
    m_pngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_csvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_pngAction->setStatusTip(tr("Save the chart as a PNG image, sharp enough for slides."));
    m_csvAction->setStatusTip(
        tr("Save the numbers behind the chart as CSV, with where they came from."));
    connect(m_pngAction, &QAction::triggered, this, [this] { exportAs(Format::Png); });
    connect(m_csvAction, &QAction::triggered, this, [this] { exportAs(Format::Csv); });
    updateActions();
}

void ExportController::setPage(AnalyticsPage *page) {
    m_page = page;
    updateActions();
}

void ExportController::updateActions() {
    const bool can = m_page && m_page->canExport();
    m_pngAction->setEnabled(can);
    m_csvAction->setEnabled(can);
}

QString ExportController::suggestedPath(Format format) const {
    const QString base = m_page ? m_page->exportBaseName() : QString();
    const QString name = ExportFileNames::suggested(
        base.isEmpty() ? QStringLiteral("density") : base, m_clock().date(), suffixOf(format));
    return QDir(m_directory).filePath(name);
}

QString ExportController::askFileName(Format format) const {
    if (m_fileNames)
        return m_fileNames(format, suggestedPath(format));
    const bool png = format == Format::Png;
    QString path = QFileDialog::getSaveFileName(
        m_dialogParent, png ? tr("Export Chart as PNG") : tr("Export Data as CSV"),
        suggestedPath(format), png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    //! Some platform dialogs return the name as typed; a file without its suffix would not
    //! open in the program the user expects.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffixOf(format);
    return path;
}

bool ExportController::exportAs(Format format) {
    if (!m_page || !m_page->canExport()) {
        updateActions();
        Q_EMIT failed(tr("There is nothing to export on this page yet: select a space and let "
                         "its data load first."));
        return false;
    }
    //! Taken before the dialog: the file holds what was on screen when the user asked, even
    //! if a load finishes while the dialog is open.
    QByteArray data;
    if (format == Format::Png) {
        const QImage image = m_page->exportImage(2.0);
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.convertToFormat(QImage::Format_RGB888).save(&buffer, "PNG")) {
            Q_EMIT failed(tr("The chart could not be drawn as an image, so nothing was saved."));
            return false;
        }
    } else {
        data = m_page->exportCsv();
        if (data.isEmpty()) {
            Q_EMIT failed(tr("There is no data to write, so nothing was saved."));
            return false;
        }
    }

    const QString path = askFileName(format);
    if (path.isEmpty())
        return false; // cancelled: nothing to say
    QString error;
    if (!writeFile(path, data, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_directory = QFileInfo(path).absolutePath();
    Q_EMIT exported(
        path, tr("Saved %1 (%2).")
                  .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(data.size())));
    return true;
}

bool ExportController::writeFile(const QString &path, const QByteArray &data, QString *error) {
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 file path, %2 the system's reason.
        *error = tr("Could not save %1: %2.").arg(shown, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        *error = tr("Could not save %1: %2.").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Could not save %1: %2. Any file that was there is unchanged.")
                     .arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace Density
