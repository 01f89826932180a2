#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fleetscope {

// Keeps passwords and key material out of everything Fleetscope writes for people: logs
// (librdkafka's log and error callbacks included), error messages, exports.
//
// Two nets: values of secret properties (sasl.password, ssl.key.password, sasl.jaas.config's
// password=..., PEM private keys) are masked wherever they appear as "key=value" or "key: value"
// text; and every secret handed to Fleetscope at run time (a password from the keychain, the
// dialog or the environment) is remembered, so that its exact text is masked anywhere. The
// remembered set is process-wide because librdkafka's log callback is a plain C function.
class Redactor final
{
public:
    static inline const QString kMask = QStringLiteral("[redacted]");

    // Remember a secret so that redact() masks it anywhere (secrets shorter than 4 characters are
    // masked only by key, or every "a" in a log would go).
    static void rememberSecret(const QByteArray &secret);
    static void forgetSecret(const QByteArray &secret);

    static QString redact(QString text);
    // A copy of the properties with every secret value masked, for showing or exporting them.
    static QMap<QString, QString> redactProperties(QMap<QString, QString> properties);
    // sasl.password, ssl.key.password, ssl.keystore.password, ... and anything named *password*/*secret*.
    static bool isSecretKey(const QString &key);
};

} // namespace fleetscope
