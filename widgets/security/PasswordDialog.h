#pragma once

#include "security/ClusterCredentials.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace fleetscope {

// Asks for one cluster's SASL password or its client key's passphrase. The text is never logged;
// the field is cleared when the dialog goes.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // keychainNote: empty when the keychain works, else why the password lasts this session only.
    PasswordDialog(const CredentialNeed &need, const QString &keychainNote, QWidget *parent = nullptr);
    ~PasswordDialog() override;
    Q_DISABLE_COPY_MOVE(PasswordDialog)

    QByteArray password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace fleetscope
