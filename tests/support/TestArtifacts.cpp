#include "TestArtifacts.h"

#include <QDir>
#include <QFile>

namespace fleetscope::test {

QString TestArtifacts::root()
{
    const QString set = qEnvironmentVariable(kEnvironmentVariable);
    return set.isEmpty() ? QDir::temp().filePath(QStringLiteral("fleetscope-test-artifacts")) : set;
}

QString TestArtifacts::dir(const QString &test)
{
    const QString path = QDir(root()).filePath(test);
    return QDir().mkpath(path) ? path : QString();
}

QString TestArtifacts::save(const QString &test, const QString &name, const QByteArray &bytes)
{
    const QString folder = dir(test);
    QFile file(QDir(folder).filePath(name));
    if (folder.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    if (file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

} // namespace fleetscope::test
