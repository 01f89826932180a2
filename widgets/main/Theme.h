#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace fleetscope {

// Light and dark palettes. "System" follows the desktop (its palette and style, and their changes);
// Light and Dark force Fusion with a fixed palette, for a dim control room or a sunlit laptop.
// Qt 6.4 has no QStyleHints::colorScheme, so dark is read from the palette: light text on a darker
// window.
class Theme final : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    // Remembers the desktop's own palette and style; create it once, before any other choice.
    explicit Theme(QObject *parent = nullptr);

    void apply(Choice choice);
    Choice choice() const { return m_choice; }
    // Whether what is shown now is dark (the system's palette in System mode).
    static bool isDark(const QPalette &palette);

    static QString settingsName(Choice choice);
    static Choice fromSettingsName(const QString &name);

Q_SIGNALS:
    void changed(fleetscope::Theme::Choice choice);

private:
    static QPalette darkPalette();

    Choice m_choice = Choice::System;
    QString m_systemStyle;
};

} // namespace fleetscope
