#include "chartpalette.h"

#include <QCoreApplication>

namespace Density::ChartPalette {

QColor spaceColour(int index) {
    // Okabe & Ito (2008), each hue moved just enough in lightness to keep 3:1 (WCAG non-text
    // contrast) against both the light (white) and the dark (#1f1f1f) chart background:
    // orange, sky blue and yellow are darkened, and black, invisible on dark, becomes a mid
    // grey. Hue order and the blue/orange/green/pink split that carries the palette for
    // colour-blind readers stay as they were.
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xC2, 0x85, 0x00),
                                     QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                     QColor(0x3A, 0x98, 0xD3), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0x87, 0x87, 0x87), QColor(0x9E, 0x8C, 0x00)};
    constexpr int count = int(std::size(colours));
    return colours[((index % count) + count) % count];
}

QColor shadeColour(Shade shade) {
    switch (shade) {
    case Shade::LowQuality:
        return QColor(240, 190, 60, 80);
    case Shade::Offline:
        return QColor(150, 40, 40, 150);
    case Shade::Missing:
        return QColor(110, 110, 110, 150);
    case Shade::Pending:
        return QColor(0, 0, 0, 14);
    }
    return {};
}

Qt::BrushStyle shadeBrush(Shade shade) {
    switch (shade) {
    case Shade::LowQuality:
    case Shade::Pending:
        return Qt::SolidPattern;
    case Shade::Offline:
        return Qt::DiagCrossPattern;
    case Shade::Missing:
        return Qt::BDiagPattern;
    }
    return Qt::SolidPattern;
}

QString shadeName(Shade shade) {
    switch (shade) {
    case Shade::LowQuality:
        return QCoreApplication::translate("Density::ChartPalette",
                                           "Low quality (sensors online 80% or less)");
    case Shade::Offline:
        return QCoreApplication::translate("Density::ChartPalette", "Sensors offline (no data)");
    case Shade::Missing:
        return QCoreApplication::translate("Density::ChartPalette", "Missing data");
    case Shade::Pending:
        return QCoreApplication::translate("Density::ChartPalette", "Not yet (no data so far)");
    }
    return {};
}

std::optional<Shade> shadeFor(MetricRules::DataQuality quality) {
    using MetricRules::DataQuality;
    switch (quality) {
    case DataQuality::LowQuality:
        return Shade::LowQuality;
    case DataQuality::Offline:
        return Shade::Offline;
    case DataQuality::Missing:
        return Shade::Missing;
    case DataQuality::Pending:
        return Shade::Pending;
    default:
        return std::nullopt;
    }
}

QColor bandColour(MetricRules::UtilizationBand band) {
    switch (band) {
    case MetricRules::UtilizationBand::Under:
        return QColor(0xEE, 0xF2, 0xF7);
    case MetricRules::UtilizationBand::Within:
        return QColor(0xE3, 0xF2, 0xE6);
    case MetricRules::UtilizationBand::Over:
        return QColor(0xFB, 0xE3, 0xDE);
    default:
        return QColor(0xF4, 0xF4, 0xF4);
    }
}

} // namespace Density::ChartPalette
