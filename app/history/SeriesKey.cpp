#include "history/SeriesKey.h"

#include <QUrl>

namespace fleetscope {

namespace {

QString join(std::initializer_list<QString> escapedParts)
{
    QString out;
    for (const QString &part : escapedParts) {
        if (!out.isEmpty())
            out += QLatin1Char('/');
        out += part;
    }
    return out;
}

} // namespace

QString SeriesKey::escape(const QString &component)
{
    QString out = component;
    out.replace(QLatin1Char('%'), QLatin1String("%25"));
    out.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return out;
}

QStringList SeriesKey::split(const QString &key)
{
    QStringList parts = key.split(QLatin1Char('/'));
    for (QString &part : parts) {
        if (part.contains(QLatin1Char('%')))
            part = QUrl::fromPercentEncoding(part.toUtf8());
    }
    return parts;
}

QString SeriesKey::cluster(const QString &cluster, const QString &metric)
{
    return join({QStringLiteral("cluster"), escape(cluster), escape(metric)});
}

QString SeriesKey::broker(const QString &cluster, int brokerId, const QString &metric)
{
    return join({QStringLiteral("cluster"), escape(cluster), QStringLiteral("broker"), QString::number(brokerId),
                 escape(metric)});
}

QString SeriesKey::group(const QString &cluster, const QString &group, const QString &metric)
{
    return join({QStringLiteral("cluster"), escape(cluster), QStringLiteral("group"), escape(group), escape(metric)});
}

QString SeriesKey::groupTopic(const QString &cluster, const QString &group, const QString &topic,
                              const QString &metric)
{
    return join({QStringLiteral("cluster"), escape(cluster), QStringLiteral("group"), escape(group),
                 QStringLiteral("topic"), escape(topic), escape(metric)});
}

QString SeriesKey::mirror(const QString &cluster, const QString &sourceAlias, const QString &metric)
{
    return join({QStringLiteral("cluster"), escape(cluster), QStringLiteral("mirror"), escape(sourceAlias),
                 escape(metric)});
}

} // namespace fleetscope
