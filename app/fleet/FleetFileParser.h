#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"

#include <QString>
#include <QStringView>

// Reads fleet files (docs/fleet-file.md). Every rule of the format is checked; the first broken
// one comes back as an Error reading "FILE:LINE: FIELD: message", for example
// fleet.yaml:12: sites[0].clusters[1].role: expected "edge" or "central", got "egde"
// Problems with the file as a whole leave out what they cannot name: "FILE: message" when it
// cannot be read or is empty, "FILE:LINE: message" for YAML syntax and the document itself.
namespace fleetscope {

// FILE in messages and Fleet::sourcePath are path exactly as given.
Result<Fleet> parseFleetFile(const QString &path);

// The same for text already in memory; sourceName stands for the file in messages.
Result<Fleet> parseFleetText(QStringView text, const QString &sourceName);

} // namespace fleetscope
