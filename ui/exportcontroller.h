#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace Density {

class AnalyticsPage;

//! File > Export: saves what the current page shows as "Chart as PNG…" or "Data as CSV…".
//! It asks for a file name (the page's exportBaseName() plus today's date), writes through
//! QSaveFile so an existing file is replaced only once the new one is complete (a full disk or
//! a crash never leaves half a file where a good one was), and reports the outcome as a
//! sentence: exported() for the status bar, failed() for the error banner. Nothing modal but
//! the file dialog itself.
class ExportController : public QObject {
    Q_OBJECT
public:
    enum class Format { Png, Csv };
    //! Returns the chosen path, or an empty string when the user cancelled. Tests inject one
    //! instead of the file dialog.
    using FileNameProvider = std::function<QString(Format format, const QString &suggestedPath)>;

    //! `dialogParent` parents the file dialog.
    explicit ExportController(QWidget *dialogParent);

    void setFileNameProvider(FileNameProvider provider) { m_fileNames = std::move(provider); }
    //! Today's date in suggested names; the wall clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    //! The folder suggested first; later the folder of the last export.
    void setDirectory(const QString &directory) { m_directory = directory; }
    QString directory() const { return m_directory; }

    //! The page exported from: the current page. Not owned.
    void setPage(AnalyticsPage *page);
    AnalyticsPage *page() const { return m_page; }
    //! Re-reads the page's canExport() into the actions (after a load finished or failed).
    void updateActions();

    QAction *pngAction() const { return m_pngAction; }
    QAction *csvAction() const { return m_csvAction; }

    //! "patterns-room-4-12-2026-11-25.png" in directory().
    QString suggestedPath(Format format) const;
    //! Asks for a file name and writes it; true when a file was written. A page that cannot
    //! export, or a cancelled dialog, writes nothing.
    bool exportAs(Format format);

    //! Writes `data` to `path` atomically; false and a sentence in *error on failure.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

Q_SIGNALS:
    //! A confirmation sentence ("Saved …"), for the status bar.
    void exported(const QString &path, const QString &message);
    //! Why nothing was written, as a sentence.
    void failed(const QString &sentence);

private:
    QString askFileName(Format format) const;

    QWidget *m_dialogParent;
    QPointer<AnalyticsPage> m_page;
    FileNameProvider m_fileNames;
    std::function<QDateTime()> m_clock;
    QString m_directory;
    QAction *m_pngAction;
    QAction *m_csvAction;
};

} // namespace Density
