#pragma once

#include "detail/PlotPoints.h"

#include <QColor>
#include <QHash>
#include <QPen>
#include <QStringList>

#include <optional>

class QCPAxis;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QPalette;

namespace fleetscope {

// One of the node detail's plots and what is drawn on it: named graphs reused from refresh to
// refresh (a refresh asks for the ones it draws, the rest are hidden), level lines, a note, the age
// of the newest data and the crosshair. Knows each graph's unit, so the crosshair can read out
// exact values with the Formatter.
class DetailPanel final
{
public:
    enum class Unit
    {
        Count,     // messages, partitions, brokers
        Bytes,     // plotted divided by the graph's scale
        RoundTrip, // milliseconds
        Duration,  // milliseconds
        Seconds,   // estimated seconds (lag in time)
        Percent,   // 0-100
        State,     // a band: 1 inside a run, read out by the graph's name
    };

    struct Style
    {
        QPen pen;
        QBrush brush = Qt::NoBrush;
        bool step = false;
    };

    explicit DetailPanel(QCustomPlot *plot);
    Q_DISABLE_COPY_MOVE(DetailPanel)

    QCustomPlot *plot() const { return m_plot; }
    // Background, axes, grid, legend and texts in the palette's colours (the Dark theme included).
    // The series keep their own colours, which read on light and dark alike.
    void applyPalette(const QPalette &palette);

    // A refresh: begin(), graph() for everything drawn, end() hides the rest.
    void begin();
    QCPGraph *graph(const QString &slot, const QString &name, Unit unit, QCPAxis *axis, const Style &style,
                    double scale = 1);
    void setPoints(QCPGraph *graph, const PlotPoints &points);
    void end();
    // A hidden value axis from 0 to 1 for state bands drawn behind the lines.
    QCPAxis *bandAxis();

    // Horizontal lines such as the disk thresholds, each with a label at its right end.
    void setLevels(const QList<std::pair<double, QString>> &levels);
    void setNote(const QString &text); // e.g. "full in 5 h"; empty hides it
    void setAge(const QString &text, bool stale);
    void fitValueAxis(QCPAxis *axis, double headroom = 1.15) const;

    void setCursor(std::optional<double> keySeconds);
    // "name: value" for each shown graph with data at keySeconds.
    QStringList valuesAt(double keySeconds) const;
    QString noteText() const;
    QList<double> levels() const; // the level lines shown, in axis units
    QString ageText() const;

    static QString format(double value, Unit unit);

private:
    struct Slot
    {
        QCPGraph *graph = nullptr;
        Unit unit = Unit::Count;
        double scale = 1;
        double bucketSeconds = 0;
        bool used = false;
    };

    QCustomPlot *m_plot;
    QHash<QString, Slot> m_slots;
    QStringList m_order; // slots in creation order: the legend and the read-out follow it
    QList<std::pair<QCPItemStraightLine *, QCPItemText *>> m_levels;
    QCPItemText *m_note;
    QCPItemText *m_age;
    QCPItemStraightLine *m_cursor;
    QCPAxis *m_bandAxis = nullptr;
    QColor m_mutedText { 0x66, 0x66, 0x66 }; // the age when it is fresh
};

} // namespace fleetscope
