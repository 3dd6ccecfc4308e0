#include "datacompletenesspage.h"

#include "analytics/timebasis.h"
#include "export/csvformat.h"
#include "export/exportfilename.h"
#include "export/exportprovenance.h"
#include "models/datacompletenessmodel.h"
#include "models/spacetreemodel.h"
#include "visibleloader.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {

namespace {

using Reason = DataCompletenessModel::Reason;

//! At or below this, Density's own tools flag data as low quality (ARCHITECTURE.md §3): those
//! gaps are set in bold, so a 99.6 % day does not shout like a 40 % one.
constexpr double LowQualityFraction = 0.8;

//! Light tints that keep the palette's text readable in light and dark themes. Colour is never
//! the only signal: every cell also says its likely cause in words.
QColor tintOf(Reason reason) {
    switch (reason) {
    case Reason::Complete:
        return QColor(46, 160, 67, 46);
    case Reason::Processing:
        return QColor(214, 160, 36, 70);
    case Reason::Planning:
        return QColor(66, 133, 244, 56);
    case Reason::Offline:
        return QColor(211, 47, 47, 64);
    case Reason::NoValue:
    case Reason::NotApplicable:
        break;
    }
    return QColor(128, 128, 128, 36);
}

//! Two lines per window cell, the value and its likely cause; the sentence alone for floors
//! without open-area sensors (spanned over all windows).
class CompletenessDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == DataCompletenessModel::FloorColumn)
            return;
        const auto reason = Reason(index.data(DataCompletenessModel::ReasonRole).toInt());
        if (reason == Reason::NotApplicable) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
            if (option->text.isEmpty())
                return;
        } else {
            // A line separator, not '\n': the delegate turns only the model's own newlines into
            // line breaks.
            option->text += QChar(QChar::LineSeparator) +
                            index.data(DataCompletenessModel::ReasonTextRole).toString();
            const QVariant value = index.data(DataCompletenessModel::FractionRole);
            if (reason == Reason::Offline && value.isValid() &&
                value.toDouble() <= LowQualityFraction)
                option->font.setBold(true);
            else if (reason == Reason::Processing || reason == Reason::Planning)
                option->font.setItalic(true);
        }
        option->backgroundBrush = tintOf(reason);
        option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    }
};

QString swatch(Reason reason) {
    const QColor tint = tintOf(reason);
    return QStringLiteral("<span style=\"background-color: rgba(%1, %2, %3, %4);\">&nbsp;%5&nbsp;"
                          "</span>")
        .arg(tint.red())
        .arg(tint.green())
        .arg(tint.blue())
        .arg(tint.alpha())
        .arg(DataCompletenessModel::reasonText(reason).toHtmlEscaped());
}

} // namespace

DataCompletenessPage::DataCompletenessPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new DataCompletenessModel(this))
    , m_body(new QWidget(this))
    , m_title(new QLabel(m_body))
    , m_basis(new QLabel(m_body))
    , m_legend(new QLabel(m_body))
    , m_summary(new QLabel(m_body))
    , m_message(new QLabel(m_body))
    , m_table(new QTableView(m_body))
    , m_details(new QLabel(this))
    , m_loader(new VisibleLoader(
          this, [this] { start(); }, [this] { m_model->cancelLoad(); })) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Every text wraps: German is a third longer, and no label may widen the page.
    for (QLabel *label : {m_title, m_basis, m_summary, m_message, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("completenessLegend"));
    m_legend->setStyleSheet(
        QStringLiteral("#completenessLegend { border: 1px solid palette(mid); border-radius: 4px; "
                       "padding: 6px 8px; }"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMinimumHeight(80);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Data completeness by floor"));
    m_table->setItemDelegate(new CompletenessDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataCompletenessPage::updateDetails);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_basis);
    bodyLayout->addWidget(m_legend);
    bodyLayout->addWidget(m_summary);
    bodyLayout->addWidget(m_message, 1);
    bodyLayout->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_details);
    // Room for three wrapped lines, so a long explanation is never cut at the window's edge.
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3 + 4);

    connect(m_model, &DataCompletenessModel::modelReset, this, &DataCompletenessPage::onModelReset);
    connect(m_model, &DataCompletenessModel::progressChanged, this, [this](int done, int total) {
        m_progress = {done, total};
        if (isVisible())
            Q_EMIT progressChanged(done, total, QString());
    });
    connect(m_model, &DataCompletenessModel::loadFailed, this, [this](const QString &message) {
        m_loaded = false;
        showMessage(tr("Data completeness could not be loaded."));
        updateTexts();
        Q_EMIT failed(tr("Data completeness could not be loaded: %1").arg(message));
    });

    showMessage(tr("Select a floor, building or campus in the Spaces panel to see how complete "
                   "its open-area data is."));
    updateTexts();
    updateDetails();
}

DataCompletenessPage::~DataCompletenessPage() {
    m_model->cancelLoad();
}

void DataCompletenessPage::setClient(DensityClient *client) {
    if (client == m_client)
        return;
    m_model->cancelLoad();
    m_client = client;
    m_loaded = false;
    scheduleLoad();
}

void DataCompletenessPage::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    scheduleLoad();
}

void DataCompletenessPage::setSelection(const QList<Space> &spaces) {
    m_selection = spaces;
    scheduleLoad();
}

void DataCompletenessPage::setQuery(const AnalyticsSelection &query) {
    m_query = query;
    scheduleLoad();
}

DensityClient *DataCompletenessPage::client() const {
    if (m_client)
        return m_client;
    return m_spaces ? m_spaces->client() : nullptr;
}

bool DataCompletenessPage::isLoading() const {
    return m_model->isLoading();
}

void DataCompletenessPage::scheduleLoad() {
    m_loader->schedule();
}

void DataCompletenessPage::reload() {
    if (!isVisible()) {
        m_model->cancelLoad();
        m_loader->markStale();
        return;
    }
    start();
}

void DataCompletenessPage::cancel() {
    if (!m_model->isLoading())
        return;
    m_model->cancelLoad();
    m_cancelled = true;
    m_loaded = false;
    showMessage(tr("Loading was cancelled. Refresh (F5) checks the data completeness again."));
    updateTexts();
    Q_EMIT finished();
}

void DataCompletenessPage::showEvent(QShowEvent *event) {
    AnalyticsPage::showEvent(event);
    // The loader starts a stale load; a running one reports again, since the window shows only
    // the visible page's progress.
    if (!m_loader->isStale() && m_model->isLoading())
        Q_EMIT progressChanged(m_progress.first, m_progress.second, QString());
}

void DataCompletenessPage::changeEvent(QEvent *event) {
    AnalyticsPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateTexts();
        updateDetails();
    }
}

void DataCompletenessPage::start() {
    m_loader->started();
    m_cancelled = false;
    m_model->cancelLoad();
    m_loaded = false;
    m_range.reset();
    m_floors = m_spaces ? DataCompletenessModel::floorsOf(*m_spaces, m_selection) : QList<Space>();
    DensityClient *api = client();
    if (m_selection.isEmpty() || !api || m_floors.isEmpty()) {
        m_model->clear();
        if (m_selection.isEmpty())
            showMessage(tr("Select a floor, building or campus in the Spaces panel to see how "
                           "complete its open-area data is."));
        else if (!api)
            showMessage(tr("Not connected. Open the demo portfolio or connect to an account."));
        else
            showMessage(tr("The selection has no floors, so there is no floor data to check."));
        updateTexts();
        return;
    }

    // Day boundaries in the floors' own zone (the first one's; a portfolio's floors rarely
    // differ within a building); UTC only as a disclosed fallback.
    QString zoneId = m_floors.first().timeZone;
    if (zoneId.isEmpty())
        zoneId = m_selection.first().timeZone;
    m_zone = zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId.toUtf8());
    m_zoneFallback = !m_zone.isValid();
    if (m_zoneFallback)
        m_zone = QTimeZone::utc();
    const QDateTime now = m_clock();
    m_checkedAt = now;
    m_range = m_query.range(now, m_zone);
    if (!m_range) {
        m_model->clear();
        showMessage(tr("The last day of the range must not be before the first."));
        updateTexts();
        return;
    }
    m_model->setTimeZone(m_zone);
    showMessage(tr("Checking data completeness…"));
    updateTexts();
    m_progress = {0, 0};
    Q_EMIT progressChanged(0, 0, tr("Checking data completeness…"));
    m_model->load(api, m_floors, *m_range, now);
}

void DataCompletenessPage::onModelReset() {
    m_table->clearSpans();
    const int windows = m_model->windowCount();
    if (m_model->rowCount() == 0 || windows == 0) {
        updateTexts(); // cleared: the message says why
        return;
    }
    m_loaded = true;
    // The "does not apply" sentence runs across all windows instead of being cut off in one.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isApplicable(row) && windows > 1)
            m_table->setSpan(row, 1, 1, windows);
    }
    m_table->resizeColumnToContents(DataCompletenessModel::FloorColumn);
    m_table->setColumnWidth(
        DataCompletenessModel::FloorColumn,
        std::min(m_table->columnWidth(DataCompletenessModel::FloorColumn), 320));
    for (int column = 1; column <= windows; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), 170));
    }
    m_table->resizeRowsToContents();
    m_message->hide();
    m_table->show();
    updateTexts();
    updateDetails();
    Q_EMIT finished();
}

void DataCompletenessPage::showMessage(const QString &message) {
    m_message->setText(message);
    m_message->show();
    m_table->hide();
    m_summary->hide();
}

QString DataCompletenessPage::selectionName() const {
    if (m_selection.isEmpty())
        return QString();
    const QString first =
        m_selection.first().name.isEmpty() ? m_selection.first().id : m_selection.first().name;
    if (m_selection.size() == 1)
        return first;
    //: %1 the first selected space; %n how many others are selected.
    return tr("%1 and %n more", nullptr, int(m_selection.size()) - 1).arg(first);
}

void DataCompletenessPage::updateTexts() {
    m_title->setText(m_selection.isEmpty() ? tr("Data completeness")
                                           : tr("Data completeness: %1").arg(selectionName()));
    if (m_range) {
        // When the answer was asked for, not when the text is redrawn.
        const QDateTime checkedAt = m_checkedAt.isValid() ? m_checkedAt : m_clock();
        // A campus can span zones; the windows are the same instants for every floor.
        const bool mixedZones =
            std::any_of(m_floors.cbegin(), m_floors.cend(), [this](const Space &floor) {
                return !floor.timeZone.isEmpty() && floor.timeZone.toUtf8() != m_zone.id();
            });
        const QString zoneId = QString::fromUtf8(m_zone.id());
        const QString zone = m_zoneFallback ? TimeBasis::timeZoneText(m_zone, true)
                             : mixedZones   ? tr("%1 (the first floor's time zone)").arg(zoneId)
                                            : tr("%1 (the floor's time zone)").arg(zoneId);
        //: %1 date range, %2 time zone, %3 date and time of the check.
        m_basis->setText(
            tr("Share of the expected open-area data that has arrived, per floor, for %1 "
               "(whole days in %2; the operating hours do not apply). The API answers at most "
               "10 days at a time, so each 10-day window has its own column. Checked at %3.")
                .arg(TimeBasis::rangeText(*m_range, m_zone, locale()), zone,
                     locale().toString(checkedAt.toTimeZone(m_zone), QLocale::ShortFormat)));
        if (mixedZones)
            m_basis->setText(m_basis->text() + QLatin1Char(' ') +
                             tr("Some floors are in other time zones: their windows are the same "
                                "instants, so their days start at other local times."));
    } else {
        m_basis->setText(tr("Share of the expected open-area data that has arrived, per floor and "
                            "10-day window of the query's range."));
    }

    QString legend =
        QStringLiteral("<b>%1</b><br>").arg(tr("What a value below 100 % means").toHtmlEscaped());
    legend += tr("The API says how much of the expected data has arrived, not why some is "
                 "missing. Each cell names the most likely of the three usual causes that the "
                 "app can tell:")
                  .toHtmlEscaped();
    legend +=
        QStringLiteral("<br>") + swatch(Reason::Planning) + QStringLiteral(" ") +
        tr("the floor's status is \"planning\": its sensors are not live yet.").toHtmlEscaped();
    legend += QStringLiteral("<br>") + swatch(Reason::Processing) + QStringLiteral(" ") +
              tr("the window reaches into the last 8 hours (or the future). Density processes "
                 "data within about 8 hours; check again later.")
                  .toHtmlEscaped();
    legend += QStringLiteral("<br>") + swatch(Reason::Offline) + QStringLiteral(" ") +
              tr("anything else: sensors were offline or data is missing; in bold at or below "
                 "80 %, where data counts as low quality. The Sensor health page shows which "
                 "sensors are offline now.")
                  .toHtmlEscaped();
    legend += QStringLiteral("<br>") + swatch(Reason::Complete) + QStringLiteral(" ") +
              tr("all expected data has arrived. Floors without open-area sensors are listed "
                 "without a value: completeness applies only to open-area floors.")
                  .toHtmlEscaped();
    m_legend->setText(legend);

    const bool showSummary = m_loaded && m_model->rowCount() > 0;
    m_summary->setText(showSummary ? m_model->summary() : QString());
    m_summary->setVisible(showSummary);
    m_details->setVisible(showSummary);
}

void DataCompletenessPage::updateDetails() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.column() == DataCompletenessModel::FloorColumn) {
        m_details->setText(tr("Select a cell to read what its value most likely means."));
        return;
    }
    const int row = current.row();
    const int window = current.column() - 1;
    const Space &floor = m_model->floor(row);
    if (!m_model->isApplicable(row)) {
        m_details->setText(
            tr("%1: %2.").arg(floor.name, DataCompletenessModel::notApplicableText()));
        return;
    }
    const std::optional<double> value = m_model->fraction(row, window);
    //: %1 floor, %2 window, %3 percentage, %4 explanation.
    m_details->setText(
        tr("%1, %2: %3. %4")
            .arg(floor.name, m_model->windowText(window),
                 value ? DataCompletenessModel::percentText(*value) : tr("no value"),
                 DataCompletenessModel::reasonExplanation(m_model->reason(row, window))));
}

QString DataCompletenessPage::titleText() const {
    return m_title->text();
}

QString DataCompletenessPage::basisText() const {
    return m_basis->text();
}

QString DataCompletenessPage::legendText() const {
    return QTextDocumentFragment::fromHtml(m_legend->text()).toPlainText();
}

QString DataCompletenessPage::summaryText() const {
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString DataCompletenessPage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString DataCompletenessPage::detailsText() const {
    return m_details->text();
}

bool DataCompletenessPage::canExport() const {
    return m_loaded && !m_model->isLoading() && m_model->rowCount() > 0 && m_range.has_value();
}

QString DataCompletenessPage::exportBaseName() const {
    QString slug;
    if (!m_selection.isEmpty()) {
        slug = ExportFileNames::slug(m_selection.first().name);
        if (slug.isEmpty())
            slug = ExportFileNames::slug(m_selection.first().id);
    }
    return slug.isEmpty() ? QStringLiteral("completeness") : QStringLiteral("completeness-") + slug;
}

QImage DataCompletenessPage::exportImage(qreal devicePixelRatio) const {
    if (!canExport())
        return {};
    QImage image(m_body->size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    m_body->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image;
}

QByteArray DataCompletenessPage::exportCsv() const {
    if (!canExport())
        return {};
    ExportProvenance provenance;
    provenance.organization = m_organization;
    provenance.range = *m_range;
    provenance.resolution = TimeResolution::Total; // one fraction per window
    provenance.operatingHours = std::nullopt;      // data status has no operating hours
    provenance.timeZone = m_zoneFallback ? QString() : QString::fromUtf8(m_zone.id());
    provenance.timeZoneIsFallback = m_zoneFallback;
    provenance.exportedAt = m_clock().toUTC();
    provenance.notes.append(tr("Data status is answered in windows of at most 10 days; each row "
                               "is one floor in one window."));
    if (m_cancelled)
        provenance.notes.append(tr("Loading was cancelled."));

    QList<ExportSpace> spaces;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Space &floor = m_model->floor(row);
        spaces.append({floor.id, floor.name, floor.capacity, floor.timeZone});
    }
    const QStringList definitions{
        tr("completion: share (0 to 1) of the floor's expected open-area data that has arrived "
           "and been processed in the window (/v3/analytics/data-status); empty when the API "
           "gave no value."),
        tr("likely_reason: the app's best guess, not the API's: complete; planning (the floor "
           "is in planning); processing (the window reaches into the last 8 hours); "
           "offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no "
           "open-area sensors on the floor); no_value (no value in this window only).")};
    QByteArray out = CsvFormat::byteOrderMark();
    QString text = ExportProvenances::csvComment(provenance, spaces, definitions);
    text += CsvFormat::row({QStringLiteral("floor_id"), QStringLiteral("floor_name"),
                            QStringLiteral("window_start"), QStringLiteral("window_end"),
                            QStringLiteral("completion"), QStringLiteral("likely_reason")});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Space &floor = m_model->floor(row);
        for (int w = 0; w < m_model->windowCount(); ++w) {
            const TimeRange window = m_model->window(w);
            const std::optional<double> value = m_model->fraction(row, w);
            text += CsvFormat::row(
                {CsvFormat::textField(floor.id), CsvFormat::textField(floor.name),
                 CsvFormat::plainField(window.start.toUTC().toString(Qt::ISODate)),
                 CsvFormat::plainField(window.end.toUTC().toString(Qt::ISODate)),
                 value ? CsvFormat::number(*value) : QString(),
                 CsvFormat::plainField(DataCompletenessModel::reasonKey(m_model->reason(row, w)))});
        }
    }
    out += text.toUtf8();
    return out;
}

} // namespace Density
