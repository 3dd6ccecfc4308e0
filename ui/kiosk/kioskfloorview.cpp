#include "kioskfloorview.h"

#include "kioskspacegrid.h"
#include "models/kioskfloormodel.h"
#include "ui/apptheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {

namespace {

//! Sizes in pixels at 1080p, multiplied by the scale. 120 px is 90 pt at 96 dpi: above the
//! 72 pt a glance from three metres needs.
constexpr double FigurePixels = 120;
constexpr double CaptionPixels = 34;
constexpr double HintPixels = 24;
constexpr double TitlePixels = 56;
constexpr double DatePixels = 28;
constexpr double TextPixels = 26;
constexpr double BannerPixels = 34;
constexpr double Margin = 32;

void setPixelSize(QWidget *widget, double pixels, bool bold = false) {
    QFont font = widget->font();
    font.setPixelSize(std::max(9, int(pixels)));
    font.setBold(bold);
    widget->setFont(font);
}

QLabel *makeLabel(QWidget *parent, const char *objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    return label;
}

//! The locale's short time format without seconds: a wall clock changes once a minute.
QString clockText(const QLocale &locale, const QTime &time) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return locale.toString(time, format);
}

void setDimmed(QLabel *label, bool dimmed) {
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText,
                 label->parentWidget()->palette().color(dimmed ? QPalette::PlaceholderText
                                                               : QPalette::WindowText));
    label->setPalette(pal);
}

} // namespace

//! One big figure: a colour band, the number, and the state's symbol and word beside it.
class KioskFigure : public QWidget {
public:
    KioskFigure(int availability, QWidget *parent)
        : QWidget(parent)
        , m_availability(availability) {
        setObjectName(QStringLiteral("kioskFigure%1").arg(availability));
        m_number = makeLabel(this, "number");
        m_caption = makeLabel(this, "caption");
        m_hint = makeLabel(this, "hint");
        auto *text = new QVBoxLayout;
        text->setContentsMargins(0, 0, 0, 0);
        text->setSpacing(0);
        text->addWidget(m_caption);
        text->addWidget(m_hint);
        m_row = new QHBoxLayout(this);
        m_row->addWidget(m_number);
        m_row->addLayout(text, 1);
        m_row->setAlignment(text, Qt::AlignVCenter);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    void setScale(double s) {
        setPixelSize(m_number, FigurePixels * s, true);
        setPixelSize(m_caption, CaptionPixels * s, true);
        setPixelSize(m_hint, HintPixels * s);
        m_row->setContentsMargins(int(30 * s), 0, 0, 0);
        m_row->setSpacing(int(20 * s));
        m_number->setMinimumWidth(
            QFontMetrics(m_number->font()).horizontalAdvance(QStringLiteral("000")));
        m_number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bandWidth = std::max(4, int(14 * s));
        update();
    }

    void show(int count, const QString &hint) {
        const KioskStateStyle style =
            KioskStateStyle::of(m_availability, AppTheme::isDark(palette()));
        m_number->setText(QLocale().toString(count));
        m_caption->setText(style.symbol + QLatin1Char(' ') + style.word);
        m_hint->setText(hint);
        m_hint->setVisible(!hint.isEmpty());
        setDimmed(m_hint, true);
        setAccessibleName(style.word + QLatin1String(": ") + m_number->text());
        update();
    }

    QString number() const { return m_number->text(); }
    QString hint() const { return m_hint->isVisibleTo(this) ? m_hint->text() : QString(); }
    int numberPixelSize() const { return m_number->font().pixelSize(); }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.fillRect(QRect(0, 0, m_bandWidth, height()),
                   KioskStateStyle::of(m_availability, AppTheme::isDark(palette())).band);
    }

private:
    int m_availability;
    int m_bandWidth = 14;
    QLabel *m_number;
    QLabel *m_caption;
    QLabel *m_hint;
    QHBoxLayout *m_row;
};

KioskFloorView::KioskFloorView(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    setAutoFillBackground(true);
    buildLayout();
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &KioskFloorView::refresh);
    m_tick->start();
    retranslate();
    refresh();
}

KioskFloorView::~KioskFloorView() = default;

QColor KioskFloorView::bannerColour() {
    // Amber that keeps white text above 4.5:1 in both wall themes.
    return QColor(0x9a, 0x4d, 0x00);
}

QColor KioskFloorView::bannerTextColour() {
    return QColor(Qt::white);
}

void KioskFloorView::buildLayout() {
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("kioskOfflineBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerColour());
    bannerPalette.setColor(QPalette::WindowText, bannerTextColour());
    m_banner->setPalette(bannerPalette);
    m_bannerTitle = makeLabel(m_banner, "bannerTitle");
    m_bannerDetail = makeLabel(m_banner, "bannerDetail");
    m_bannerTitle->setWordWrap(true);
    m_bannerDetail->setWordWrap(true);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerTitle);
    bannerLayout->addWidget(m_bannerDetail);
    m_banner->hide();

    m_floorName = makeLabel(this, "floorName");
    m_floorName->setWordWrap(true);
    m_time = makeLabel(this, "time");
    m_date = makeLabel(this, "date");
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_date->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *clock = new QVBoxLayout;
    clock->setSpacing(0);
    clock->addWidget(m_time);
    clock->addWidget(m_date);
    auto *header = new QHBoxLayout;
    header->addWidget(m_floorName, 1);
    header->addLayout(clock);

    m_leftColumn = new QWidget(this);
    auto *left = new QVBoxLayout(m_leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    for (int state = 0; state < 3; ++state) {
        m_figures[state] = new KioskFigure(state, m_leftColumn);
        left->addWidget(m_figures[state]);
    }
    left->addSpacing(12);
    m_busiestTitle = makeLabel(m_leftColumn, "busiestTitle");
    m_busiest = makeLabel(m_leftColumn, "busiest");
    m_busiestNote = makeLabel(m_leftColumn, "busiestNote");
    m_busiestNote->setWordWrap(true);
    left->addWidget(m_busiestTitle);
    left->addWidget(m_busiest);
    left->addWidget(m_busiestNote);
    left->addStretch();

    m_grid = new KioskSpaceGrid(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_leftColumn);
    body->addWidget(m_grid, 1);

    m_updated = makeLabel(this, "updated");
    m_notBooking = makeLabel(this, "notBooking");
    m_position = makeLabel(this, "position");
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_updated);
    footer->addStretch();
    footer->addWidget(m_notBooking);
    footer->addStretch();
    footer->addWidget(m_position);

    auto *root = new QVBoxLayout(this);
    root->addWidget(m_banner);
    root->addLayout(header);
    root->addLayout(body, 1);
    root->addLayout(footer);
    applyScale();
}

void KioskFloorView::setModel(KioskFloorModel *model) {
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_grid->setModel(model);
    if (m_model)
        connect(m_model, &KioskFloorModel::changed, this, &KioskFloorView::refresh);
    refresh();
}

void KioskFloorView::setPosition(int index, int count) {
    m_index = index;
    m_count = count;
    refresh();
}

void KioskFloorView::setClock(Clock clock) {
    m_clock = std::move(clock);
    refresh();
}

void KioskFloorView::setMessage(const QString &message) {
    m_message = message;
    refresh();
}

void KioskFloorView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    applyScale();
}

void KioskFloorView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void KioskFloorView::applyScale() {
    const double s = std::max(0.3, std::min(height() / 1080.0, width() / 1920.0));
    m_scale = s;
    const int margin = int(Margin * s);
    layout()->setContentsMargins(margin, margin, margin, int(margin * 0.75));
    layout()->setSpacing(int(20 * s));
    setPixelSize(m_bannerTitle, BannerPixels * s, true);
    setPixelSize(m_bannerDetail, TextPixels * s);
    m_banner->layout()->setContentsMargins(int(24 * s), int(14 * s), int(24 * s), int(14 * s));
    setPixelSize(m_floorName, TitlePixels * s, true);
    setPixelSize(m_time, TitlePixels * s, true);
    setPixelSize(m_date, DatePixels * s);
    for (KioskFigure *figure : m_figures)
        figure->setScale(s);
    setPixelSize(m_busiestTitle, TextPixels * s, true);
    setPixelSize(m_busiest, CaptionPixels * s);
    setPixelSize(m_busiestNote, HintPixels * s);
    m_leftColumn->setFixedWidth(int(0.27 * width()));
    m_leftColumn->layout()->setSpacing(int(16 * s));
    setPixelSize(m_updated, TextPixels * s);
    setPixelSize(m_notBooking, TextPixels * s, true);
    setPixelSize(m_position, TextPixels * s);
    m_grid->setScale(s);
}

void KioskFloorView::retranslate() {
    m_busiestTitle->setText(tr("Busiest hours today"));
    //: The wall screen shows sensed presence; a free-looking room may still be booked.
    m_notBooking->setText(tr("Occupancy, not booking"));
    m_notBooking->setToolTip(
        tr("Sensors show whether people are in a space now; a free space may still be booked."));
    refresh();
}

QString KioskFloorView::localTime(const QDateTime &utc, bool withDate) const {
    if (!m_model || !utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(m_model->timeZone());
    const QDate today = m_clock().toTimeZone(m_model->timeZone()).date();
    const QLocale locale;
    const QString time = clockText(locale, local.time());
    if (!withDate || local.date() == today)
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

void KioskFloorView::refresh() {
    const QLocale locale;
    m_leftColumn->setVisible(m_model);
    m_updated->setVisible(m_model);
    if (!m_model) {
        m_floorName->setText(m_message);
        m_time->setText(QString());
        m_date->setText(QString());
        m_banner->hide();
        return;
    }
    const QDateTime now = m_clock();
    const QDateTime local = now.toTimeZone(m_model->timeZone());
    m_floorName->setText(m_model->floorName().isEmpty() ? tr("Loading floor\u2026")
                                                        : m_model->floorName());
    QString time = clockText(locale, local.time());
    if (m_model->timeZoneIsFallback())
        //: The wall screen's clock when the floor has no time zone, e.g. "14:32 UTC"
        time = tr("%1 UTC").arg(time);
    m_time->setText(time);
    m_date->setText(locale.toString(local.date(), QLocale::LongFormat));

    const bool offline = m_model->isOffline();
    int last[3] = {0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++last[int(m_model->lastKnownAvailability(row))];
    const int totals[3] = {m_model->availableCount(), m_model->occupiedCount(),
                           m_model->unknownCount()};
    for (int state = 0; state < 3; ++state) {
        // Offline, every space is Unknown now; what was last seen is a dimmed hint only.
        const bool hint = offline && state != int(Availability::Unknown) && m_model->rowCount() > 0;
        m_figures[state]->show(totals[state],
                               hint ? tr("last known: %1").arg(locale.toString(last[state]))
                                    : QString());
    }

    const QStringList ranges = m_model->busiestHourRanges();
    m_busiest->setText(ranges.isEmpty() ? tr("Not enough history yet")
                                        : ranges.join(QLatin1Char('\n')));
    //: Under the busiest hours on the wall screen; %1 is a weekday name
    m_busiestNote->setText(tr("Typical for a %1, from the last four weeks")
                               .arg(locale.dayName(local.date().dayOfWeek())));
    setDimmed(m_busiestNote, true);

    if (m_model->lastUpdated().isValid()) {
        QString updated = tr("Last updated %1").arg(localTime(m_model->lastUpdated(), true));
        const qint64 age = m_model->dataAgeSeconds();
        if (age >= 120)
            //: Appended to "Last updated 14:32"
            updated += QLatin1Char(' ') + tr("(%1 min ago)").arg(age / 60);
        m_updated->setText(updated);
    } else {
        m_updated->setText(tr("Waiting for the first update"));
    }
    m_position->setText(m_count > 1 ? tr("Floor %1 of %2").arg(m_index + 1).arg(m_count)
                                    : QString());

    if (offline) {
        const QString since = localTime(m_model->offlineSince(), true);
        QString title;
        if (m_model->rowCount() == 0)
            title = tr("Offline since %1 \u2014 no data to show yet").arg(since);
        else if (m_model->feedState() == LiveFeed::State::Stale)
            title = tr("No updates since %1 \u2014 showing last known state").arg(since);
        else
            title = tr("Offline since %1 \u2014 showing last known state").arg(since);
        m_bannerTitle->setText(QStringLiteral("\u26A0 ") + title);
        const QString reason = m_model->feed() ? m_model->feed()->stateReason() : QString();
        m_bannerDetail->setText(reason.isEmpty()
                                    ? tr("Reconnecting automatically.")
                                    : tr("Reconnecting automatically. (%1)").arg(reason));
        m_banner->setAccessibleName(title);
    }
    m_banner->setVisible(offline);
}

bool KioskFloorView::isBannerVisible() const {
    return m_banner->isVisibleTo(this);
}

QString KioskFloorView::bannerText() const {
    return isBannerVisible() ? m_bannerTitle->text() : QString();
}

QString KioskFloorView::figureText(int availability) const {
    return m_figures[std::clamp(availability, 0, 2)]->number();
}

QString KioskFloorView::figureHint(int availability) const {
    return m_figures[std::clamp(availability, 0, 2)]->hint();
}

int KioskFloorView::figurePixelSize() const {
    return m_figures[0]->numberPixelSize();
}

QString KioskFloorView::headerText() const {
    return QStringList{m_floorName->text(), m_time->text(), m_date->text()}.join(QLatin1Char('\n'));
}

QString KioskFloorView::footerText() const {
    return QStringList{m_updated->text(), m_notBooking->text(), m_position->text()}.join(
        QLatin1Char('\n'));
}

QString KioskFloorView::busiestText() const {
    return m_busiest->text();
}

} // namespace Density
