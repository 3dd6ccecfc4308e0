#include "kioskspacegrid.h"

#include "models/kioskfloormodel.h"
#include "ui/apptheme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Density {

namespace {

constexpr int GroupCount = 4;

//! Sizes at 1080p; multiplied by the scale.
constexpr double HeaderHeight = 44;
constexpr double FoldedLineHeight = 52;
constexpr double Gap = 12;
constexpr double GroupGap = 18;
constexpr double MinTileHeight = 60; //!< below this a name is no longer readable across a room
constexpr double MaxTileHeight = 120;
constexpr double TileAspect = 2.8; //!< width / height: room for a name on one line

QColor blend(const QColor &base, const QColor &tint, double amount) {
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

//! Draws \a text on one line in \a rect, shrinking the font (down to 65 %) before eliding:
//! a whole name in smaller type reads better across a room than half a name.
void drawFitted(QPainter &p, const QRectF &rect, const QString &text, QFont font) {
    const int nominal = font.pixelSize();
    const int width = QFontMetrics(font).horizontalAdvance(text);
    if (width > rect.width()) {
        const double factor = std::max(0.65, rect.width() / width);
        font.setPixelSize(std::max(8, int(nominal * factor)));
    }
    p.setFont(font);
    p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(rect.width())));
}

} // namespace

KioskStateStyle KioskStateStyle::of(int availability, bool dark) {
    // Each band colour is paired with a symbol and a word; the colours keep 3:1 or better
    // against the wall themes' backgrounds (tst_kioskfloorview checks it).
    switch (Availability(availability)) {
    case Availability::Available:
        return {dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37),
                QStringLiteral("\u2713"), KioskSpaceGrid::tr("Available")};
    case Availability::Occupied:
        return {dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e),
                QStringLiteral("\u25CF"), KioskSpaceGrid::tr("Occupied")};
    case Availability::Unknown:
        break;
    }
    return {dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81), QStringLiteral("?"),
            KioskSpaceGrid::tr("Unknown")};
}

KioskSpaceGrid::KioskSpaceGrid(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Spaces on this floor"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KioskSpaceGrid::setModel(KioskFloorModel *model) {
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model)
        connect(m_model, &KioskFloorModel::changed, this, &KioskSpaceGrid::relayout);
    relayout();
}

void KioskSpaceGrid::setScale(double scale) {
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    relayout();
}

QList<KioskSpaceGrid::Item> KioskSpaceGrid::items() const {
    return m_items;
}

QList<KioskSpaceGrid::Item> KioskSpaceGrid::headers() const {
    return m_headers;
}

void KioskSpaceGrid::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    relayout();
}

void KioskSpaceGrid::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        relayout();
}

QString KioskSpaceGrid::tileStateText(int row) const {
    const bool dark = AppTheme::isDark(palette());
    const KioskStateStyle now = KioskStateStyle::of(int(m_model->availability(row)), dark);
    if (m_model->isOffline()) {
        const KioskStateStyle last =
            KioskStateStyle::of(int(m_model->lastKnownAvailability(row)), dark);
        //: On a wall-screen tile while offline: now unknown, and the state last seen
        return tr("%1 Unknown, last: %2").arg(now.symbol, last.word);
    }
    return now.symbol + QLatin1Char(' ') + now.word;
}

QString KioskSpaceGrid::headerText(int group) const {
    int total = 0, available = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (int(m_model->group(row)) != group)
            continue;
        ++total;
        available += m_model->availability(row) == Availability::Available ? 1 : 0;
    }
    const QString name = KioskFloorModel::groupText(KioskFloorModel::Group(group));
    if (m_model->isOffline())
        //: Group header on the wall screen while offline, e.g. "Desks · 24 spaces"
        return tr("%1 \u00B7 %n space(s)", nullptr, total).arg(name);
    //: Group header on the wall screen, e.g. "Meeting rooms · 3 of 8 available"
    return tr("%1 \u00B7 %2 of %3 available").arg(name).arg(available).arg(total);
}

QString KioskSpaceGrid::foldedText(int group) const {
    int counts[3] = {0, 0, 0};
    int last[3] = {0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (int(m_model->group(row)) != group)
            continue;
        ++counts[int(m_model->availability(row))];
        ++last[int(m_model->lastKnownAvailability(row))];
    }
    const bool dark = AppTheme::isDark(palette());
    QStringList parts;
    for (int state = 0; state < 3; ++state) {
        const KioskStateStyle style = KioskStateStyle::of(state, dark);
        parts.append(QStringLiteral("%1 %2 %3")
                         .arg(style.symbol)
                         .arg(counts[state])
                         .arg(style.word.toLower()));
    }
    QString text = parts.join(QStringLiteral("   "));
    if (m_model->isOffline())
        //: A folded group on the wall screen while offline, after "? 40 unknown"
        text += QStringLiteral("   ") + tr("(last: %1 available, %2 occupied)")
                                            .arg(last[int(Availability::Available)])
                                            .arg(last[int(Availability::Occupied)]);
    return text;
}

void KioskSpaceGrid::relayout() {
    m_items.clear();
    m_headers.clear();
    m_folded.clear();
    m_tileHeight = 0;
    if (!m_model || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    // Rows are sorted by group; count each group's tiles.
    QList<int> groupRows[GroupCount];
    for (int row = 0; row < m_model->rowCount(); ++row)
        groupRows[int(m_model->group(row))].append(row);
    QList<int> groups;
    for (int g = 0; g < GroupCount; ++g) {
        if (!groupRows[g].isEmpty())
            groups.append(g);
    }

    const double s = m_scale;
    const double w = width(), h = height();
    const double gap = Gap * s;
    // Largest tiles that fit: fewer columns give bigger tiles but more rows. Try widest tiles
    // first; when even the smallest legible tile does not fit, fold the biggest group into a
    // line of counts and try again.
    const auto fits = [&](int columns, double *tileHeight) {
        const double tileWidth = (w - (columns - 1) * gap) / columns;
        const double tile = std::min(MaxTileHeight * s, tileWidth / TileAspect);
        *tileHeight = tile;
        if (tile < MinTileHeight * s)
            return false;
        double need = 0;
        for (int g : std::as_const(groups)) {
            need += HeaderHeight * s;
            if (m_folded.contains(g))
                need += FoldedLineHeight * s;
            else {
                const int rows = int(std::ceil(double(groupRows[g].size()) / columns));
                need += rows * tile + (rows - 1) * gap;
            }
        }
        need += (groups.size() - 1) * GroupGap * s;
        return need <= h;
    };
    int columns = 0;
    double tile = 0;
    while (columns == 0) {
        for (int c = 1; c <= 64; ++c) {
            double t = 0;
            if (fits(c, &t)) {
                columns = c;
                tile = t;
                break;
            }
            if (t > 0 && t < MinTileHeight * s)
                break;
        }
        if (columns != 0)
            break;
        int biggest = -1;
        for (int g : std::as_const(groups)) {
            if (!m_folded.contains(g) &&
                (biggest < 0 || groupRows[g].size() > groupRows[biggest].size()))
                biggest = g;
        }
        if (biggest < 0) { // everything folded and still too small: lay out anyway
            columns = 1;
            break;
        }
        m_folded.append(biggest);
    }
    m_tileHeight = tile;
    const double tileWidth = (w - (columns - 1) * gap) / columns;

    double y = 0;
    for (int g : std::as_const(groups)) {
        m_headers.append({QRectF(0, y, w, HeaderHeight * s), -1, g, headerText(g)});
        y += HeaderHeight * s;
        if (m_folded.contains(g)) {
            m_items.append({QRectF(0, y, w, FoldedLineHeight * s), -1, g, foldedText(g)});
            y += FoldedLineHeight * s;
        } else {
            const QList<int> &rows = groupRows[g];
            for (int i = 0; i < rows.size(); ++i) {
                const int col = i % columns, line = i / columns;
                const QRectF rect(col * (tileWidth + gap), y + line * (tile + gap), tileWidth,
                                  tile);
                const QString name =
                    m_model->data(m_model->index(rows[i]), Qt::DisplayRole).toString();
                m_items.append(
                    {rect, rows[i], g, name + QLatin1Char('\n') + tileStateText(rows[i])});
            }
            const int lines = int(std::ceil(double(rows.size()) / columns));
            y += lines * tile + (lines - 1) * gap;
        }
        y += GroupGap * s;
    }
    updateAccessibleDescription();
    update();
}

void KioskSpaceGrid::updateAccessibleDescription() {
    QStringList lines;
    for (const Item &header : std::as_const(m_headers))
        lines.append(header.text);
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void KioskSpaceGrid::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = AppTheme::isDark(pal);
    const double s = m_scale;

    if (!m_model || m_model->rowCount() == 0) {
        QFont font = p.font();
        font.setPixelSize(std::max(12, int(32 * s)));
        p.setFont(font);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_model && m_model->isOffline()
                       ? tr("No data for this floor yet.")
                       : tr("Connecting to this floor's sensors\u2026"));
        return;
    }

    QFont headerFont = p.font();
    headerFont.setPixelSize(std::max(10, int(28 * s)));
    headerFont.setBold(true);
    for (const Item &header : std::as_const(m_headers)) {
        p.setFont(headerFont);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(
            header.rect, Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(header.text, Qt::ElideRight, int(header.rect.width())));
    }

    const bool offline = m_model->isOffline();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor dimText = pal.color(QPalette::PlaceholderText);
    for (const Item &item : std::as_const(m_items)) {
        if (item.row < 0) { // a folded group's counts
            QFont font = p.font();
            font.setPixelSize(std::max(10, int(26 * s)));
            font.setBold(false);
            p.setFont(font);
            p.setPen(offline ? dimText : text);
            p.drawText(
                item.rect, Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(item.text, Qt::ElideRight, int(item.rect.width())));
            continue;
        }
        const KioskStateStyle now = KioskStateStyle::of(int(m_model->availability(item.row)), dark);
        const KioskStateStyle last =
            KioskStateStyle::of(int(m_model->lastKnownAvailability(item.row)), dark);
        const QColor band = offline ? last.band : now.band;
        const double radius = 8 * s;
        QPainterPath shape;
        shape.addRoundedRect(item.rect, radius, radius);
        p.save();
        if (offline)
            p.setOpacity(OfflineOpacity);
        p.fillPath(shape, blend(base, band, offline ? 0.06 : (dark ? 0.22 : 0.14)));
        p.setClipPath(shape);
        p.fillRect(QRectF(item.rect.left(), item.rect.top(), 0.12 * item.rect.height(),
                          item.rect.height()),
                   band);
        p.setClipping(false);
        if (offline)
            p.setOpacity(OfflineTextOpacity);

        const double pad = 0.12 * item.rect.height() + 12 * s;
        const QRectF inner = item.rect.adjusted(pad, 6 * s, -10 * s, -6 * s);
        const QStringList lines = item.text.split(QLatin1Char('\n'));
        QFont nameFont = p.font();
        nameFont.setPixelSize(std::max(10, int(0.30 * item.rect.height())));
        nameFont.setBold(true);
        p.setPen(text);
        const QRectF top(inner.left(), inner.top(), inner.width(), inner.height() / 2);
        drawFitted(p, top, lines.value(0), nameFont);
        QFont stateFont = nameFont;
        stateFont.setBold(false);
        stateFont.setPixelSize(std::max(9, int(0.25 * item.rect.height())));
        p.setFont(stateFont);
        p.setPen(offline ? dimText : text);
        const QRectF bottom(inner.left(), inner.center().y(), inner.width(), inner.height() / 2);
        p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(lines.value(1), Qt::ElideRight, int(bottom.width())));
        p.restore();
    }
}

} // namespace Density
