#pragma once

#include <QTranslator>

namespace fleetscope {

// Looks translations up by source text alone: Fleetscope's .qm files hold every message in one
// context, "fleetscope" (translations/flatten_ts.py says why).
class ContextFreeTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        return QTranslator::translate("fleetscope", sourceText, disambiguation, n);
    }
};

} // namespace fleetscope
