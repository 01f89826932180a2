#pragma once

#include "protocol/Configs.h"

#include <QStringList>

namespace fleetscope {

// The keys the settings form shows as fields (issue 5); every other key goes through the form's
// advanced editor. Topics have their own names; brokers and the cluster-wide default share theirs.
class CommonConfigKeys final
{
public:
    static QStringList forResource(const ConfigResource &resource);
    // Keys whose values are fixed choices, with the choices ("delete", "compact", ...); empty otherwise.
    static QStringList choicesFor(const QString &key);
    // Retention keys: a smaller value deletes data (the form asks for a confirmation).
    static bool isRetentionTime(const QString &key);
    static bool isRetentionSize(const QString &key);
};

} // namespace fleetscope
