#include "security/PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetscope {

PasswordDialog::PasswordDialog(const CredentialNeed &need, const QString &keychainNote, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    const bool key = need.kind == CredentialNeed::Kind::KeyPassword;
    setWindowTitle(key ? tr("Key Passphrase for %1").arg(need.cluster) : tr("Password for %1").arg(need.cluster));
    auto *intro = new QLabel(key ? tr("The client key of cluster <b>%1</b> (%2) is encrypted: enter its passphrase "
                                      "(ssl.key.password).")
                                       .arg(need.cluster.toHtmlEscaped(), need.keyLocation.toHtmlEscaped())
                                 : tr("Cluster <b>%1</b> (%2) needs the password of SASL user <b>%3</b> (%4).")
                                       .arg(need.cluster.toHtmlEscaped(), need.bootstrapServers.toHtmlEscaped(),
                                           need.username.toHtmlEscaped(), need.mechanism),
        this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setChecked(keychainNote.isEmpty());
    m_remember->setEnabled(keychainNote.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(key ? tr("&Passphrase:") : tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip This Cluster"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    if (!keychainNote.isEmpty()) {
        auto *note = new QLabel(keychainNote, this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

QByteArray PasswordDialog::password() const
{
    return m_password->text().toUtf8();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace fleetscope
