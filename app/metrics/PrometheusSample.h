#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace fleetscope {

// One sample line of the Prometheus text format: name{labels} value [timestamp].
// Names and label values stay UTF-8 bytes: most are only compared, never shown, so decoding every
// one of a large scrape into QString would be wasted work.
struct PrometheusSample
{
    struct Label
    {
        QByteArray name;
        QByteArray value; // unescaped
    };

    QByteArray name;
    QList<Label> labels; // in the order written; names are unique within a sample
    double value = 0;
    std::optional<qint64> timestampMs;

    // The value of label `labelName`, or std::nullopt when the sample has no such label.
    std::optional<QByteArray> label(QByteArrayView labelName) const
    {
        for (const Label &l : labels)
            if (l.name == labelName)
                return l.value;
        return std::nullopt;
    }
};

} // namespace fleetscope
