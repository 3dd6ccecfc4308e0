// SensorHealthPage: export of the sensor table (CSV with provenance) and of the timeline or the
// visible table (image).
#include "sensorhealthpage.h"

#include "export/csvformat.h"
#include "export/exportfilename.h"
#include "export/exportprovenance.h"
#include "healthtimelinewidget.h"
#include "models/sensorhealthfilterproxymodel.h"
#include "models/sensorhealthmodel.h"

#include <QLabel>
#include <QPainter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>

namespace Density {

bool SensorHealthPage::canExport() const {
    return m_model->rowCount() > 0 && !isLoading();
}

QString SensorHealthPage::exportBaseName() const {
    QString slug =
        m_selection.isEmpty() ? QString() : ExportFileNames::slug(m_selection.first().name);
    if (slug.isEmpty() && !m_selection.isEmpty())
        slug = ExportFileNames::slug(m_selection.first().id);
    return slug.isEmpty() ? QStringLiteral("sensor-health")
                          : QStringLiteral("sensor-health-") + slug;
}

QImage SensorHealthPage::exportImage(qreal devicePixelRatio) const {
    if (!canExport())
        return {};
    // The timeline says most once sensors are selected; otherwise the table in view.
    QImage body;
    QString what;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (m_tabs->currentIndex() == 0 && m_timeline->rowCount() > 0) {
        body = m_timeline->renderToImage(devicePixelRatio);
        // Exact times: "the last 30 days" means nothing once the picture is in a slide.
        //: %1 start, %2 end, %3 time zone.
        what = tr("Health history from %1 to %2 (local time, %3)")
                   .arg(HealthTimelineWidget::timeText(m_loadedRange.start, zone),
                        HealthTimelineWidget::timeText(m_loadedRange.end, zone),
                        QString::fromUtf8(zone.id()));
    } else {
        QTableView *table = m_tabs->currentIndex() == 0 ? m_table : m_doorwayTable;
        const QPixmap grab = table->grab();
        body = grab.toImage();
        what =
            m_tabs->currentIndex() == 0 ? tr("Sensors and their current health") : tr("Doorways");
    }
    const QStringList lines{tr("Sensor health: %1").arg(selectionName()), m_summary->text(), what,
                            //: %1 date and time of the export, %2 time zone, %3 app version.
                            tr("Exported %1 (%2) with Density Dashboard %3.")
                                .arg(HealthTimelineWidget::timeText(m_clock(), zone),
                                     QString::fromUtf8(zone.id()),
                                     QStringLiteral(DENSITY_VERSION))};
    const QSize bodySize = (QSizeF(body.size()) / body.devicePixelRatio()).toSize();
    const int margin = 12;
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    const QString header = lines.join(QLatin1Char('\n'));
    const QRect headerRect = QFontMetrics(font()).boundingRect(
        QRect(margin, margin, std::max(200, bodySize.width() - 2 * margin), 10000), flags, header);
    const int top = headerRect.bottom() + margin;
    const QSize logical(std::max(bodySize.width(), headerRect.width() + 2 * margin),
                        top + bodySize.height());
    QImage image(logical * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    painter.drawText(headerRect, flags, header);
    painter.drawImage(QRect(QPoint(0, top), bodySize), body);
    painter.end();
    return image;
}

QByteArray SensorHealthPage::exportCsv() const {
    if (!canExport())
        return {};
    ExportProvenance provenance;
    provenance.organization = m_organization;
    provenance.range = m_loadedRange;
    provenance.operatingHours = std::nullopt;
    provenance.timeZone = QStringLiteral("UTC");
    provenance.exportedAt = m_clock().toUTC();
    provenance.notes.append(
        tr("Current health as answered by /v3/sensors/health when the table was loaded; the "
           "range is that of the health history timeline on the page. Resolution and operating "
           "hours do not apply to this table."));
    if (const std::optional<HealthStatus> status = statusFilter())
        provenance.notes.append(
            tr("Quick filter: only %1 sensors.").arg(healthStatusToString(*status)));
    provenance.notes.append(tr("%1 of %2 sensors of the selection are in this file.")
                                .arg(m_proxy->rowCount())
                                .arg(m_model->rowCount()));
    QList<ExportSpace> spaces;
    for (const Space &space : m_selection)
        spaces.append({space.id, space.name, space.capacity, space.timeZone});
    const QStringList definitions{
        tr("One row per sensor installed in the selected spaces, in the order shown."),
        tr("health_status: healthy (online, sending), degraded (online, not sending), offline, "
           "or unknown (no certificate, or not in the health answer); as the API spelled it."),
        tr("last_status_change: as the API sent it (UTC). location_names: the install location "
           "(spaces, else floors, else buildings), which is not necessarily what it measures."),
        tr("network_addresses: one entry per interface, separated by \" | \".")};

    using CsvFormat::plainField;
    using CsvFormat::textField;
    QByteArray out = CsvFormat::byteOrderMark();
    out += ExportProvenances::csvComment(provenance, spaces, definitions).toUtf8();
    const QStringList header{
        QStringLiteral("serial_number"),    QStringLiteral("sensor_type"),
        QStringLiteral("hardware_type"),    QStringLiteral("firmware_version"),
        QStringLiteral("location_ids"),     QStringLiteral("location_names"),
        QStringLiteral("health_status"),    QStringLiteral("last_status_change"),
        QStringLiteral("network_addresses")};
    QStringList encodedHeader;
    for (const QString &name : header)
        encodedHeader.append(plainField(name));
    out += CsvFormat::row(encodedHeader).toUtf8();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const Sensor *sensor = m_model->sensor(source.row());
        const SensorHealth *health = m_model->health(source.row());
        if (!sensor || !health)
            continue;
        const QString status = health->statusText.isEmpty() ? healthStatusToString(health->status)
                                                            : health->statusText;
        out +=
            CsvFormat::row(
                {textField(sensor->serialNumber), textField(sensor->sensorType),
                 textField(sensor->hardwareType), textField(sensor->firmwareVersion),
                 textField(source.data(SensorHealthModel::LocationIdsRole)
                               .toStringList()
                               .join(QLatin1Char(' '))),
                 textField(m_model->index(source.row(), SensorHealthModel::LocationColumn)
                               .data()
                               .toString()),
                 textField(status), textField(health->lastStatusChange),
                 textField(SensorHealthModel::addressLines(*sensor).join(QStringLiteral(" | ")))})
                .toUtf8();
    }
    return out;
}

} // namespace Density
