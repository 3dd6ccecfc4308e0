#include "anomalypage.h"

#include "analytics/timebasis.h"
#include "api/densityclient.h"
#include "export/csvformat.h"
#include "export/exportfilename.h"
#include "export/exportprovenance.h"
#include "models/spacetreemodel.h"
#include "visibleloader.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Density {
namespace {

//! Flagged rows: a warm background, the warning icon and bold status text, so the state reads
//! without colour too; rows without a metric value are grey italics.
class AnomalyRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = AnomalyRow::Status(index.data(AnomalyModel::StatusRole).toInt());
        if (status == AnomalyRow::Status::Flagged) {
            option->backgroundBrush = QColor(230, 120, 40, 60);
            if (index.column() == AnomalyModel::StatusColumn) {
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->icon =
                    option->widget
                        ? option->widget->style()->standardIcon(QStyle::SP_MessageBoxWarning)
                        : QIcon();
                option->font.setBold(true);
            }
            if (index.column() == AnomalyModel::DifferenceColumn)
                option->font.setBold(true);
        } else if (status == AnomalyRow::Status::NoMetric) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

QString isoLocal(const QDateTime &time) {
    return time.toString(Qt::ISODate);
}

} // namespace

AnomalyPage::AnomalyPage(const SpaceTreeModel *spaces, QWidget *parent)
    : AnalyticsPage(parent)
    , m_spaces(spaces)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new AnomalyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_percent(new QSpinBox(this))
    , m_flaggedOnly(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_results(new QWidget(this))
    , m_sessionsTitle(new QLabel(this))
    , m_sessions(new QTableWidget(this))
    , m_loader(new VisibleLoader(
          this, [this] { start(); }, [this] { m_model->cancelLoad(); })) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label :
         {m_title, m_basis, m_rule, m_notice, m_summary, m_message, m_sessionsTitle}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_rule->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("anomalyNotice"));
    m_notice->setStyleSheet(
        QStringLiteral("#anomalyNotice { background: rgba(214, 160, 36, 0.14); "
                       "border: 1px solid rgba(214, 160, 36, 0.55); border-radius: 4px; "
                       "padding: 4px 6px; }"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    // The threshold: two limits, both must be exceeded.
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setValue(AnomalyThreshold::DefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_percent->setRange(0, 100);
    m_percent->setValue(AnomalyThreshold::DefaultPercent);
    m_percent->setSuffix(tr(" %"));
    // Short form labels rather than one sentence around the spin boxes (the rule below says it
    // in full): a sentence in one row is as wide as its translation and would widen the window.
    m_flaggedOnly->setText(tr("Show &flagged buckets only"));
    auto *thresholdRow = new QFormLayout;
    thresholdRow->setContentsMargins(0, 0, 0, 0);
    thresholdRow->setRowWrapPolicy(QFormLayout::WrapLongRows);
    thresholdRow->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    thresholdRow->addRow(tr("Flag when the difference exceeds:"), m_minutes);
    thresholdRow->addRow(tr("and its share of the larger value exceeds:"), m_percent);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnomalyModel::SortRole);
    m_proxy->setFilterRole(AnomalyModel::FlaggedRole);
    m_proxy->setFilterKeyColumn(AnomalyModel::StatusColumn);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new AnomalyRowDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AnomalyModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Buckets compared"));

    m_sessions->setColumnCount(4);
    m_sessions->setHorizontalHeaderLabels(
        {tr("Session start"), tr("Session end"), tr("Duration"), tr("In this bucket")});
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->setAccessibleName(tr("Sessions behind the bucket"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addWidget(m_sessionsTitle);
    detailsLayout->addWidget(m_sessions, 1);
    detailsLayout->addStretch(0);
    auto *splitter = new QSplitter(Qt::Vertical, m_results);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_flaggedOnly, 0, Qt::AlignTop);
    resultsLayout->addLayout(summaryRow);
    resultsLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_basis);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_rule);
    layout->addWidget(m_notice);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_results, 1);

    connect(m_model, &AnomalyModel::loaded, this, &AnomalyPage::onLoaded);
    connect(m_model, &AnomalyModel::loadFailed, this, &AnomalyPage::onFailed);
    connect(m_model, &AnomalyModel::progressChanged, this,
            [this](int done, int total) { Q_EMIT progressChanged(done, total, QString()); });
    const auto thresholdEdited = [this] {
        AnomalyThreshold t;
        t.minSeconds = qint64(m_minutes->value()) * 60;
        t.minShare = m_percent->value() / 100.0;
        setThreshold(t);
    };
    connect(m_minutes, &QSpinBox::valueChanged, this, thresholdEdited);
    connect(m_percent, &QSpinBox::valueChanged, this, thresholdEdited);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &AnomalyPage::setFlaggedOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_currentRow = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
                updateSessions();
            });

    showMessage(tr("Select a space in the Spaces panel to compare its time used with its raw "
                   "sessions."));
    updateTexts();
}

AnomalyPage::~AnomalyPage() {
    m_model->cancelLoad();
}

void AnomalyPage::setClient(DensityClient *client) {
    if (client == m_client)
        return;
    m_model->cancelLoad();
    m_client = client;
    m_loaded = false;
    scheduleLoad();
}

void AnomalyPage::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    scheduleLoad();
}

void AnomalyPage::setSelection(const QList<Space> &spaces) {
    m_selection = spaces;
    scheduleLoad();
}

void AnomalyPage::setQuery(const AnalyticsSelection &query) {
    m_query = query;
    scheduleLoad();
}

void AnomalyPage::reload() {
    m_loaded = false;
    if (!isVisible()) {
        m_model->cancelLoad();
        m_loader->markStale();
        return;
    }
    start();
}

void AnomalyPage::cancel() {
    if (!m_model->isLoading())
        return;
    m_model->cancelLoad();
    m_cancelled = true;
    if (!m_loaded)
        showMessage(tr("Loading was cancelled. Refresh (F5) compares again."));
    updateTexts();
    Q_EMIT finished();
}

void AnomalyPage::setThreshold(const AnomalyThreshold &threshold) {
    const QSignalBlocker blockMinutes(m_minutes);
    const QSignalBlocker blockPercent(m_percent);
    m_minutes->setValue(int(threshold.minSeconds / 60));
    m_percent->setValue(qRound(threshold.minShare * 100));
    m_model->setThreshold(threshold);
    m_proxy->invalidate(); // the flagged-only filter depends on it
    updateTexts();
    updateSummary();
}

void AnomalyPage::setFlaggedOnly(bool flaggedOnly) {
    if (m_flaggedOnly->isChecked() != flaggedOnly) {
        m_flaggedOnly->setChecked(flaggedOnly); // comes back here through the signal
        return;
    }
    m_proxy->setFilterFixedString(flaggedOnly ? QStringLiteral("true") : QString());
}

void AnomalyPage::showSessionsOf(int modelRow) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void AnomalyPage::changeEvent(QEvent *event) {
    AnalyticsPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateTexts();
        updateSummary();
        updateSessions();
    }
}

std::optional<Space> AnomalyPage::comparableSpace(const Space &selected) const {
    if (selected.spaceType == QLatin1String("space"))
        return selected;
    if (!m_spaces)
        return std::nullopt;
    //! Depth first, in the tree's order: the first Waffle space, else the first with any data.
    std::optional<Space> any;
    QStringList pending = selected.childrenIds;
    while (!pending.isEmpty()) {
        const Space *child = m_spaces->spaceById(pending.takeFirst());
        if (!child)
            continue;
        if (child->spaceType == QLatin1String("space") && child->countingMode.hasValue()) {
            if (child->countingMode.value() == QLatin1String("waffle"))
                return *child;
            if (!any)
                any = *child;
        }
        pending = child->childrenIds + pending;
    }
    return any;
}

std::optional<AnomalyPage::Plan> AnomalyPage::makePlan(QString *why) const {
    if (m_selection.isEmpty()) {
        *why = tr("Select a space in the Spaces panel to compare its time used with its raw "
                  "sessions.");
        return std::nullopt;
    }
    const Space &selected = m_selection.first();
    const std::optional<Space> space = comparableSpace(selected);
    if (!space) {
        *why = tr("%1 has no space with sensor data of its own. Choose a single space (a room, "
                  "desk or area) in the Spaces panel.")
                   .arg(selected.name);
        return std::nullopt;
    }
    Plan plan;
    plan.space = *space;
    plan.selectedCount = int(m_selection.size());
    if (space->id != selected.id)
        plan.selectedName = selected.name;
    QTimeZone zone = space->timeZone.isEmpty() ? QTimeZone() : QTimeZone(space->timeZone.toUtf8());
    if (!zone.isValid()) {
        zone = QTimeZone::utc();
        plan.zoneFallback = true;
    }
    const QDateTime now = m_clock();
    const std::optional<TimeRange> range = m_query.range(now, zone);
    if (!range) {
        *why = tr("The date range is not valid. Choose another range in the query bar.");
        return std::nullopt;
    }
    plan.askedResolution = m_query.effectiveResolution(now, zone);
    plan.request.spaceId = space->id;
    plan.request.range = *range;
    plan.request.resolution = plan.askedResolution;
    plan.request.zone = zone;
    return plan;
}

void AnomalyPage::scheduleLoad() {
    m_loader->schedule();
}

void AnomalyPage::start() {
    m_loader->started();
    m_cancelled = false;
    QString why;
    const std::optional<Plan> plan = makePlan(&why);
    DensityClient *api = client();
    m_plan = plan;
    m_space = plan ? std::optional(plan->space) : std::nullopt;
    if (!plan || !api) {
        m_model->cancelLoad();
        m_model->setReport({}, QTimeZone::utc());
        m_loaded = false;
        showMessage(plan ? tr("Not connected. Connect to an account or start the demo to compare "
                              "time used with raw sessions.")
                         : why);
        updateTexts();
        return;
    }
    if (!m_loaded || !m_model->request() || m_model->request()->spaceId != plan->request.spaceId ||
        m_model->request()->range.start != plan->request.range.start ||
        m_model->request()->range.end != plan->request.range.end ||
        m_model->request()->resolution != plan->request.resolution) {
        m_loaded = false;
        showMessage(tr("Comparing time used with raw sessions…"));
    }
    updateTexts();
    m_model->load(api, plan->request);
}

void AnomalyPage::onLoaded() {
    m_loaded = true;
    m_message->hide();
    m_results->show();
    m_currentRow = -1;
    // The first flagged bucket is where a reader starts.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r)->isFlagged()) {
            showSessionsOf(r);
            break;
        }
    }
    updateTexts();
    updateSummary();
    updateSessions();
    Q_EMIT finished();
}

void AnomalyPage::onFailed(const QString &message) {
    if (!m_loaded)
        showMessage(tr("The comparison could not be loaded."));
    updateTexts();
    Q_EMIT failed(message);
}

void AnomalyPage::showMessage(const QString &message) {
    m_message->setText(message);
    m_message->show();
    m_results->hide();
}

QStringList AnomalyPage::notes() const {
    QStringList notes;
    if (!m_plan)
        return notes;
    if (!m_plan->selectedName.isEmpty())
        notes.append(tr("%1 is not a single space; anomalies are compared one space at a time, "
                        "so its first space with its own sensor data, %2, is shown. Select a "
                        "space in the Spaces panel to investigate another.")
                         .arg(m_plan->selectedName, m_plan->space.name));
    else if (m_plan->selectedCount > 1)
        notes.append(tr("%n spaces are selected; anomalies are compared one space at a time: "
                        "the first, %1.",
                        "", m_plan->selectedCount)
                         .arg(m_plan->space.name));
    const TimeResolution used = Anomalies::comparableResolution(m_plan->askedResolution);
    if (used != m_plan->askedResolution)
        notes.append(
            tr("\"%1\" merges many days into one bucket that sessions cannot be "
               "clipped to, so buckets of \"%2\" are compared instead.")
                .arg(timeResolutionText(m_plan->askedResolution), timeResolutionText(used)));
    if (m_plan->zoneFallback)
        notes.append(tr("%1 has no time zone set: buckets and sessions are in UTC, not local "
                        "time.")
                         .arg(m_plan->space.name));
    if (m_loaded) {
        const AnomalyReport &report = m_model->report();
        if (report.ignoredSessions > 0)
            notes.append(tr("%n sessions of a type other than \"1\" (occupied) were left out.", "",
                            report.ignoredSessions));
        if (report.unreadableSessions > 0)
            notes.append(tr("%n sessions with unreadable times were left out.", "",
                            report.unreadableSessions));
    }
    if (m_cancelled)
        notes.append(tr("Loading was cancelled."));
    return notes;
}

void AnomalyPage::updateTexts() {
    m_rule->setText(Anomalies::ruleText(m_model->threshold()) + QLatin1Char(' ') +
                    tr("Metrics and raw sessions are computed differently; Waffle sensors in "
                       "particular can report minutes of time used with no session behind them. "
                       "Select a bucket to see its sessions."));
    if (!m_plan) {
        m_title->setText(tr("Anomaly investigator"));
        m_basis->setText(tr("Time used from the metrics endpoint compared, bucket by bucket, with "
                            "the total of the raw sessions in each bucket."));
        m_notice->hide();
        return;
    }
    m_title->setText(tr("Anomaly investigator: %1").arg(m_plan->space.name));
    const TimeResolution used = Anomalies::comparableResolution(m_plan->askedResolution);
    const QTimeZone &zone = m_plan->request.zone;
    const QString zoneText =
        m_plan->zoneFallback ? TimeBasis::timeZoneText(zone, true)
                             : tr("%1 (the space's time zone)").arg(QString::fromUtf8(zone.id()));
    //: %1 "Mon 2 Nov – Sun 8 Nov 2026, hourly", %2 the time zone.
    m_basis->setText(
        tr("Time used from the metrics endpoint against the raw sessions clipped to each "
           "bucket: %1. Times are local in %2. All hours: raw sessions know no operating "
           "hours, so none are applied.")
            .arg(TimeBasis::rangeAndResolutionText(m_plan->request.range, used, zone, locale()),
                 zoneText));
    const QStringList list = notes();
    m_notice->setText(list.join(QLatin1Char('\n')));
    m_notice->setVisible(!list.isEmpty());
}

void AnomalyPage::updateSummary() {
    if (!m_loaded) {
        m_summary->clear();
        return;
    }
    const int buckets = m_model->rowCount();
    const int flagged = m_model->flaggedCount();
    QString text =
        flagged == 0
            ? tr("No bucket flagged: metrics and sessions agree in all %n buckets.", "", buckets)
            : tr("%1 of %n buckets flagged.", "", buckets).arg(flagged);
    const double outside = m_model->report().outsideSeconds;
    if (outside >= 1)
        text += QLatin1Char(' ') + tr("%1 of session time falls outside the buckets.")
                                       .arg(AnomalyModel::durationText(outside));
    m_summary->setText(text);
}

void AnomalyPage::updateSessions() {
    m_sessions->setRowCount(0);
    m_sessions->hide(); // shown only with sessions to list
    const AnomalyRow *row = m_loaded ? m_model->row(m_currentRow) : nullptr;
    if (!row) {
        m_sessionsTitle->setText(tr("Select a bucket above to see the raw sessions behind it."));
        return;
    }
    const QLocale loc = locale();
    const QString bucket =
        tr("%1 – %2").arg(loc.toString(m_model->local(row->start), QLocale::ShortFormat),
                          loc.toString(m_model->local(row->end), QLocale::ShortFormat));
    const QList<AnomalySession> sessions = m_model->sessionsOf(m_currentRow);
    if (sessions.isEmpty()) {
        m_sessionsTitle->setText(
            row->metricSeconds && *row->metricSeconds > 0
                ? tr("No raw session overlaps %1, yet the metrics report %2 of time used there.")
                      .arg(bucket, AnomalyModel::durationText(*row->metricSeconds))
                : tr("No raw session overlaps %1.").arg(bucket));
        return;
    }
    //: %1 the bucket's local start and end; %n how many sessions are listed.
    m_sessionsTitle->setText(
        tr("Raw sessions overlapping %1, in local time: %n", "", int(sessions.size())).arg(bucket));
    m_sessions->setRowCount(int(sessions.size()));
    m_sessions->show();
    for (int i = 0; i < sessions.size(); ++i) {
        const AnomalySession &s = sessions.at(i);
        const QStringList cells{
            loc.toString(m_model->local(s.start), QLocale::ShortFormat),
            loc.toString(m_model->local(s.end), QLocale::ShortFormat),
            AnomalyModel::durationText(double(s.seconds())),
            AnomalyModel::durationText(Anomalies::clippedSeconds(s, row->start, row->end))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sessions->setItem(i, c, item);
        }
    }
}

DensityClient *AnomalyPage::client() const {
    if (m_client)
        return m_client;
    return m_spaces ? m_spaces->client() : nullptr;
}

QString AnomalyPage::titleText() const {
    return m_title->text();
}

QString AnomalyPage::basisText() const {
    return m_basis->text() + QLatin1Char(' ') + m_rule->text();
}

QString AnomalyPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString AnomalyPage::summaryText() const {
    return m_summary->text();
}

QString AnomalyPage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AnomalyPage::sessionsTitleText() const {
    return m_sessionsTitle->text();
}

bool AnomalyPage::canExport() const {
    return m_plan && m_loaded && !m_model->isLoading() && m_model->rowCount() > 0;
}

QString AnomalyPage::exportBaseName() const {
    if (!m_plan)
        return QStringLiteral("anomalies");
    QString slug = ExportFileNames::slug(m_plan->space.name);
    if (slug.isEmpty())
        slug = ExportFileNames::slug(m_plan->space.id);
    return slug.isEmpty() ? QStringLiteral("anomalies") : QStringLiteral("anomalies-") + slug;
}

QImage AnomalyPage::exportImage(qreal devicePixelRatio) const {
    if (!canExport())
        return {};
    QImage image(size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    //! render() does not change the page; it is only not declared const.
    const_cast<AnomalyPage *>(this)->render(&image);
    return image;
}

QByteArray AnomalyPage::exportCsv() const {
    if (!canExport())
        return {};
    ExportProvenance provenance;
    provenance.organization = m_organization;
    provenance.range = m_plan->request.range;
    provenance.resolution = m_model->resolution();
    provenance.operatingHours = std::nullopt; // raw sessions have none
    provenance.timeZone =
        m_plan->zoneFallback ? QString() : QString::fromUtf8(m_plan->request.zone.id());
    provenance.timeZoneIsFallback = m_plan->zoneFallback;
    provenance.exportedAt = m_clock().toUTC();
    provenance.notes = notes();
    const Space &space = m_plan->space;
    const QList<ExportSpace> spaces{{space.id, space.name, space.capacity, space.timeZone}};
    const QStringList definitions{
        tr("metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value)."),
        tr("session_seconds: raw sessions of type \"1\" clipped to the bucket and totalled, "
           "overlaps counted once."),
        tr("difference_seconds: metric_seconds minus session_seconds."),
        Anomalies::ruleText(m_model->threshold())};
    QByteArray out = CsvFormat::byteOrderMark();
    out += ExportProvenances::csvComment(provenance, spaces, definitions).toUtf8();
    QString table =
        CsvFormat::row({QStringLiteral("bucket_start"), QStringLiteral("bucket_end"),
                        QStringLiteral("metric_seconds"), QStringLiteral("session_seconds"),
                        QStringLiteral("difference_seconds"), QStringLiteral("status"),
                        QStringLiteral("session_count")});
    for (const AnomalyRow &row : m_model->report().rows) {
        const char *status = row.status == AnomalyRow::Status::Flagged    ? "flagged"
                             : row.status == AnomalyRow::Status::NoMetric ? "no_metric"
                                                                          : "agrees";
        table += CsvFormat::row(
            {CsvFormat::plainField(isoLocal(m_model->local(row.start))),
             CsvFormat::plainField(isoLocal(m_model->local(row.end))),
             row.metricSeconds ? CsvFormat::number(*row.metricSeconds) : QString(),
             CsvFormat::number(row.sessionSeconds),
             row.metricSeconds ? CsvFormat::number(row.differenceSeconds()) : QString(),
             QString::fromLatin1(status), CsvFormat::number(qint64(row.sessions.size()))});
    }
    out += table.toUtf8();
    return out;
}

} // namespace Density
