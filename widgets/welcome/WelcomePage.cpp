#include "welcome/WelcomePage.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetscope {

WelcomePage::WelcomePage(bool demoAvailable, QWidget *parent)
    : QWidget(parent),
      m_openButton(new QPushButton(tr("&Open a fleet file…"), this)),
      m_demoButton(new QPushButton(tr("Start the local &demo fleet"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_progressLine(new QLabel(this)),
      m_error(new QLabel(this))
{
    auto *title = new QLabel(tr("Fleetscope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("Watch every Kafka cluster of your fleet, edge sites and central alike: "
                                "consumer lag, disk, JVM heap and links, with their history.\n\n"
                                "Open a fleet file that lists your sites and clusters, or try Fleetscope on "
                                "a small fleet of real Kafka brokers started on this computer."),
                             this);
    intro->setWordWrap(true);

    m_openButton->setDefault(true);
    m_demoButton->setEnabled(demoAvailable);
    if (!demoAvailable)
        m_demoButton->setToolTip(tr("Needs Fleetscope's source tree: set FLEETSCOPE_SOURCE_DIR to a checkout."));
    m_progress->setRange(0, 0); // busy indicator: the fleet's start-up has no known length
    m_progress->hide();
    m_cancelButton->hide();
    m_progressLine->setWordWrap(true);
    m_progressLine->hide();
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addLayout(progressRow);
    column->addWidget(m_progressLine);
    column->addWidget(m_error);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);

    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &WelcomePage::demoCancelRequested);
}

void WelcomePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void WelcomePage::showDemoProgress(const QString &line)
{
    m_progressLine->setText(line);
    m_progressLine->setVisible(!line.isEmpty());
}

void WelcomePage::setDemoRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_demoButton->setEnabled(!running);
    m_openButton->setEnabled(!running);
    if (running)
        showError({});
    else
        showDemoProgress({});
}

} // namespace fleetscope
