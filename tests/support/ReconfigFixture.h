#pragma once

#include "reconfig/ReconfigController.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

namespace fleetscope::test {

// What the reconfiguration GUI tests share: settings of their own, the C locale (so numbers read
// the same everywhere), a window to parent the forms, and a throwaway audit database.
class ReconfigFixture final
{
public:
    ReconfigFixture()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FleetscopeTests"));
        QLocale::setDefault(QLocale::c());
    }

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // A controller on the fixture's database, once that is open (nullptr if it did not open in 10 s).
    ReconfigController *newController(const Fleet &fleet)
    {
        auto *controller = new ReconfigController(&m_window, m_dir.filePath(QStringLiteral("reconfig.sqlite")));
        QSignalSpy ready(controller, &ReconfigController::databaseReady);
        if (!ready.wait(10'000))
            return nullptr;
        controller->setFleet(fleet);
        return controller->database() ? controller : nullptr;
    }

private:
    QTemporaryDir m_dir;
    QWidget m_window;
};

} // namespace fleetscope::test
