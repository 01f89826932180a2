#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

#include <optional>

namespace fleetscope {

// Starts the local demo fleet with the source tree's tools/fleet script, without blocking: the
// welcome screen shows its progress and can cancel it.
class DemoFleetLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit DemoFleetLauncher(QObject *parent = nullptr);
    ~DemoFleetLauncher() override;
    Q_DISABLE_COPY_MOVE(DemoFleetLauncher)

    // The tools/fleet script: $FLEETSCOPE_SOURCE_DIR/tools/fleet, else the source tree this binary
    // was built from. Empty for an installed package without the source tree.
    static std::optional<QString> fleetTool();

    void start();
    // Stops a start under way without waiting: tools/fleet gets SIGTERM (it stops what it started),
    // SIGKILL if it is still there after a few seconds; cancelled() follows once it has ended.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const QString &line);
    void succeeded(const QString &fleetFilePath);
    void failed(const QString &message);
    void cancelled();

private:
    void onUpFinished(int exitCode, QProcess::ExitStatus status);
    void onFileFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QString m_output;
    enum class Step { Idle, Up, File, Cancelling } m_step = Step::Idle;
};

} // namespace fleetscope
