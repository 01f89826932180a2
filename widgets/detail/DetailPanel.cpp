#include "detail/DetailPanel.h"

#include "format/Formatter.h"

#include <QLocale>
#include <QPalette>

#include <qcustomplot.h>

#include <cmath>

namespace fleetscope {

namespace {

QCPItemText *cornerText(QCustomPlot *plot, double x, Qt::Alignment alignment)
{
    auto *text = new QCPItemText(plot);
    text->setClipToAxisRect(false);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(x, 0);
    text->setPositionAlignment(alignment | Qt::AlignTop);
    text->setPadding(QMargins(4, 2, 4, 2));
    text->setText(QString());
    return text;
}

} // namespace

DetailPanel::DetailPanel(QCustomPlot *plot)
    : m_plot(plot), m_note(cornerText(plot, 0.5, Qt::AlignHCenter)), m_age(cornerText(plot, 1.0, Qt::AlignRight))
{
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_age->setFont(small);
    m_note->setFont(small);
    // Dense lines are drawn without antialiasing: with it, a noisy series at two points per pixel
    // column costs the raster engine tens of milliseconds per graph.
    m_plot->setNotAntialiasedElements(QCP::aePlottables | QCP::aeFills);
    m_plot->setPlottingHint(QCP::phFastPolylines);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(small);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setBrush(QColor(255, 255, 255, 200));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);

    // The crosshair lives on its own buffered layer: moving it repaints that layer, not the data.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    m_cursor = new QCPItemStraightLine(plot);
    m_cursor->setLayer(QStringLiteral("overlay"));
    m_cursor->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DotLine));
    m_cursor->setVisible(false);
    m_cursor->setSelectable(false);
}

void DetailPanel::applyPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(140);
    m_mutedText = palette.color(QPalette::PlaceholderText);
    m_plot->setBackground(base);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text, 0));
        axis->setTickPen(QPen(text, 0));
        axis->setSubTickPen(QPen(text, 0));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QColor legendBrush = base;
    legendBrush.setAlpha(200);
    m_plot->legend->setBrush(legendBrush);
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(QPen(grid, 0));
    m_note->setColor(text);
    QColor cursor = text;
    cursor.setAlpha(160);
    m_cursor->setPen(QPen(cursor, 1, Qt::DotLine));
}

void DetailPanel::begin()
{
    for (Slot &slot : m_slots)
        slot.used = false;
}

QCPGraph *DetailPanel::graph(const QString &slotName, const QString &name, Unit unit, QCPAxis *axis,
                             const Style &style, double scale)
{
    Slot &slot = m_slots[slotName];
    if (!slot.graph || slot.graph->valueAxis() != axis) {
        if (slot.graph)
            m_plot->removeGraph(slot.graph);
        else
            m_order.append(slotName);
        slot.graph = m_plot->addGraph(m_plot->xAxis, axis);
        slot.graph->setAdaptiveSampling(true);
    }
    slot.graph->setName(name);
    slot.graph->setPen(style.pen);
    slot.graph->setBrush(style.brush);
    slot.graph->setLineStyle(style.step ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
    slot.graph->setVisible(true);
    slot.graph->addToLegend();
    slot.unit = unit;
    slot.scale = scale;
    slot.used = true;
    return slot.graph;
}

void DetailPanel::setPoints(QCPGraph *graph, const PlotPoints &points)
{
    graph->setData(points.keys, points.values, true);
    for (Slot &slot : m_slots)
        if (slot.graph == graph)
            slot.bucketSeconds = points.bucketSeconds;
}

void DetailPanel::end()
{
    for (Slot &slot : m_slots) {
        if (slot.used || !slot.graph)
            continue;
        slot.graph->data()->clear();
        slot.graph->setVisible(false);
        slot.graph->removeFromLegend();
    }
}

QCPAxis *DetailPanel::bandAxis()
{
    if (!m_bandAxis) {
        m_bandAxis = m_plot->axisRect()->addAxis(QCPAxis::atRight);
        m_bandAxis->setRange(0, 1);
        m_bandAxis->setVisible(false);
    }
    return m_bandAxis;
}

void DetailPanel::setLevels(const QList<std::pair<double, QString>> &levels)
{
    while (m_levels.size() < levels.size()) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->setColor(QColor(0xc6, 0x28, 0x28));
        label->setFont(m_note->font());
        m_levels.append({line, label});
    }
    for (qsizetype i = 0; i < m_levels.size(); ++i) {
        auto [line, label] = m_levels[i];
        const bool shown = i < levels.size();
        line->setVisible(shown);
        label->setVisible(shown);
        if (!shown)
            continue;
        const double y = levels[i].first;
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        // A warning and a critical line lie close: the lower label goes under its line, the upper above.
        const bool upper = i + 1 == levels.size() && i > 0;
        label->position->setCoords(1.0, y);
        label->setPositionAlignment(Qt::AlignRight | (upper ? Qt::AlignBottom : Qt::AlignTop));
        label->setText(levels[i].second);
    }
}

void DetailPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void DetailPanel::setAge(const QString &text, bool stale)
{
    m_age->setText(text);
    m_age->setColor(stale ? QColor(0xb2, 0x6a, 0x00) : m_mutedText);
}

QString DetailPanel::noteText() const
{
    return m_note->visible() ? m_note->text() : QString();
}

QList<double> DetailPanel::levels() const
{
    QList<double> out;
    for (const auto &[line, label] : m_levels)
        if (line->visible())
            out.append(line->point1->coords().y());
    return out;
}

QString DetailPanel::ageText() const
{
    return m_age->text();
}

void DetailPanel::fitValueAxis(QCPAxis *axis, double headroom) const
{
    bool any = false;
    QCPRange range;
    for (const Slot &slot : m_slots) {
        if (!slot.used || slot.unit == Unit::State || slot.graph->valueAxis() != axis)
            continue;
        bool found = false;
        const QCPRange r = slot.graph->getValueRange(found);
        if (!found)
            continue;
        range = any ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        any = true;
    }
    if (!any) {
        axis->setRange(0, 1);
        return;
    }
    axis->setRange(std::min(0.0, range.lower), range.upper > 0 ? range.upper * headroom : 1.0);
}

void DetailPanel::setCursor(std::optional<double> keySeconds)
{
    m_cursor->setVisible(keySeconds.has_value());
    if (keySeconds) {
        m_cursor->point1->setCoords(*keySeconds, 0);
        m_cursor->point2->setCoords(*keySeconds, 1);
    }
    m_cursor->layer()->replot();
}

QString DetailPanel::format(double value, Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return QLocale().toString(qint64(std::llround(value)));
    case Unit::Bytes:
        return Formatter::bytes(qint64(std::llround(value)));
    case Unit::RoundTrip:
        return Formatter::latencyUs(qint64(std::llround(value * 1000)));
    case Unit::Duration:
        return Formatter::duration(qint64(std::llround(value)));
    case Unit::Seconds:
        return QStringLiteral("~") + Formatter::duration(qint64(std::llround(value * 1000)));
    case Unit::Percent:
        return Formatter::percent(value / 100);
    case Unit::State:
        break;
    }
    return QString();
}

QStringList DetailPanel::valuesAt(double keySeconds) const
{
    QStringList out;
    for (const QString &name : m_order) {
        const Slot &slot = m_slots[name];
        if (!slot.used || slot.graph->data()->isEmpty())
            continue;
        // The point at or before the cursor, if it still holds there (within its bucket).
        const QSharedPointer<QCPGraphDataContainer> data = slot.graph->data();
        auto it = data->findEnd(keySeconds, false);
        if (it == data->constBegin())
            continue;
        --it;
        if (std::isnan(it->value) || keySeconds - it->key > std::max(slot.bucketSeconds, 1.0))
            continue;
        if (slot.unit == Unit::State)
            out.append(slot.graph->name());
        else
            out.append(QStringLiteral("%1: %2").arg(slot.graph->name(), format(it->value * slot.scale, slot.unit)));
    }
    return out;
}

} // namespace fleetscope
