#include "simjsonwriter.h"

#include <charconv>
#include <cmath>

namespace Density::Sim {

void SimJsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out.append(',');
        m_first.last() = false;
    }
}

void SimJsonWriter::beginObject() {
    separate();
    m_out.append('{');
    m_first.append(true);
}

void SimJsonWriter::endObject() {
    m_out.append('}');
    m_first.removeLast();
}

void SimJsonWriter::beginArray() {
    separate();
    m_out.append('[');
    m_first.append(true);
}

void SimJsonWriter::endArray() {
    m_out.append(']');
    m_first.removeLast();
}

SimJsonWriter &SimJsonWriter::key(const QString &name) {
    separate();
    appendString(name);
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

SimJsonWriter &SimJsonWriter::key(QLatin1String name) {
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":");
    m_afterKey = true;
    return *this;
}

void SimJsonWriter::appendString(QStringView text) {
    m_out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00");
                m_out.append(hex[u >> 4]);
                m_out.append(hex[u & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void SimJsonWriter::value(const QString &text) {
    separate();
    appendString(text);
}

void SimJsonWriter::value(QLatin1String text) {
    value(QString(text));
}

void SimJsonWriter::value(qint64 number) {
    separate();
    m_out.append(QByteArray::number(number));
}

void SimJsonWriter::value(double number) {
    separate();
    if (!std::isfinite(number)) {
        m_out.append("null");
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, int(result.ptr - buffer));
}

void SimJsonWriter::value(bool flag) {
    separate();
    m_out.append(flag ? "true" : "false");
}

void SimJsonWriter::null() {
    separate();
    m_out.append("null");
}

void SimJsonWriter::nullableString(const QString &text) {
    if (text.isNull())
        null();
    else
        value(text);
}

void SimJsonWriter::nullableInt(std::optional<int> number) {
    if (number)
        value(*number);
    else
        null();
}

void SimJsonWriter::nullableDouble(std::optional<double> number) {
    if (number)
        value(*number);
    else
        null();
}

void SimJsonWriter::raw(const QByteArray &json) {
    separate();
    m_out.append(json);
}

QByteArray SimJsonWriter::take() {
    m_first.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

} // namespace Density::Sim
