#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fleetscope {

// What Fleetscope shows without a fleet: open a fleet file, or start the local demo fleet.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(bool demoAvailable, QWidget *parent = nullptr);

    void showError(const QString &message);
    void showDemoProgress(const QString &line); // an empty line ends the progress display
    void setDemoRunning(bool running);

Q_SIGNALS:
    void openRequested();
    void demoRequested();
    void demoCancelRequested();

private:
    QPushButton *m_openButton;
    QPushButton *m_demoButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_progressLine;
    QLabel *m_error;
};

} // namespace fleetscope
