#include "fleet/DemoFleetLauncher.h"

#include "core/Logging.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTimer>

namespace fleetscope {

DemoFleetLauncher::DemoFleetLauncher(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_output += line + QLatin1Char('\n');
            if (!line.isEmpty() && m_step == Step::Up)
                Q_EMIT progress(line);
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_step == Step::Up)
            onUpFinished(code, status);
        else if (m_step == Step::File)
            onFileFinished(code, status);
        else if (m_step == Step::Cancelling) {
            m_step = Step::Idle;
            Q_EMIT cancelled();
        }
    });
}

DemoFleetLauncher::~DemoFleetLauncher()
{
    if (!isRunning())
        return;
    m_step = Step::Idle;
    m_process.terminate(); // at exit there is no event loop left to wait in
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

std::optional<QString> DemoFleetLauncher::fleetTool()
{
    QString root = qEnvironmentVariable("FLEETSCOPE_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(FLEETSCOPE_SOURCE_DIR_AT_BUILD);
    const QFileInfo tool(root + QStringLiteral("/tools/fleet"));
    if (tool.isFile() && tool.isExecutable())
        return tool.absoluteFilePath();
    return std::nullopt;
}

bool DemoFleetLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void DemoFleetLauncher::start()
{
    const std::optional<QString> tool = fleetTool();
    if (!tool) {
        Q_EMIT failed(tr("The demo fleet needs Fleetscope's source tree (tools/fleet). "
                         "Set FLEETSCOPE_SOURCE_DIR to a checkout, or run tools/demo there."));
        return;
    }
    if (isRunning())
        return;
    m_output.clear();
    m_step = Step::Up;
    m_process.start(*tool, {QStringLiteral("up"), QStringLiteral("--profile"), QStringLiteral("demo")});
}

void DemoFleetLauncher::cancel()
{
    if (!isRunning())
        return;
    m_step = Step::Cancelling;
    m_process.terminate(); // tools/fleet stops what it had started when it is terminated
    QTimer::singleShot(5000, this, [this] {
        if (m_step == Step::Cancelling && isRunning())
            m_process.kill();
    });
}

void DemoFleetLauncher::onUpFinished(int exitCode, QProcess::ExitStatus status)
{
    if (status != QProcess::NormalExit || exitCode != 0) {
        m_step = Step::Idle;
        const QStringList lines = m_output.trimmed().split(QLatin1Char('\n'));
        Q_EMIT failed(tr("The demo fleet did not start (tools/fleet up exited with %1):\n%2")
                          .arg(exitCode)
                          .arg(lines.mid(qMax(0, lines.size() - 15)).join(QLatin1Char('\n'))));
        return;
    }
    m_step = Step::File;
    m_output.clear();
    m_process.start(*fleetTool(), {QStringLiteral("file")});
}

void DemoFleetLauncher::onFileFinished(int exitCode, QProcess::ExitStatus status)
{
    m_step = Step::Idle;
    const QString path = m_output.trimmed();
    if (status != QProcess::NormalExit || exitCode != 0 || !QFileInfo::exists(path)) {
        Q_EMIT failed(tr("The demo fleet started, but tools/fleet file did not name its fleet file."));
        return;
    }
    Q_EMIT succeeded(path);
}

} // namespace fleetscope
