#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <optional>

// A real freedesktop Secret Service for tests, private to this process: its own dbus-daemon
// (no service directories, so nothing is ever auto-started on it) and gnome-keyring-daemon's
// secrets component with a throwaway HOME / XDG_* in a temporary directory, so the user's own
// keyrings are never touched. The constructor points this process's environment at it, so build
// it before QApplication and before anything talks to D-Bus. Both daemons are killed by the
// destructor (QProcess owns their pids), whatever the test's outcome.
class PrivateSecretService final
{
public:
    PrivateSecretService();
    ~PrivateSecretService();
    Q_DISABLE_COPY_MOVE(PrivateSecretService)

    // Whether dbus-daemon and gnome-keyring-daemon are installed (tools/bootstrap installs them).
    static QString missingTools();

    // Starts the bus, then the keyring with its "login" collection created, unlocked and the
    // default. An empty optional on success, else what failed (with the daemons' stderr).
    std::optional<QString> start();
    // Kills gnome-keyring-daemon and waits until its name has left the bus; the bus stays up.
    std::optional<QString> stopKeyring();
    std::optional<QString> startKeyring();

    QString busAddress() const;

    struct Item
    {
        QMap<QString, QString> attributes;
        QByteArray secret;
        QString contentType;
    };
    // Every item of the default collection, secrets included, read over the bus with the
    // Secret Service API itself (a "plain" session), not through QtKeychain or libsecret.
    QList<Item> items() const;

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};
