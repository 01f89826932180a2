#include "security/Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace fleetscope {

namespace {

struct SecretSet
{
    QMutex mutex;
    QSet<QByteArray> secrets;
};

SecretSet &secretSet()
{
    static SecretSet set;
    return set;
}

} // namespace

void Redactor::rememberSecret(const QByteArray &secret)
{
    if (secret.size() < 4)
        return;
    SecretSet &set = secretSet();
    QMutexLocker lock(&set.mutex);
    set.secrets.insert(secret);
}

void Redactor::forgetSecret(const QByteArray &secret)
{
    SecretSet &set = secretSet();
    QMutexLocker lock(&set.mutex);
    set.secrets.remove(secret);
}

bool Redactor::isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k == QLatin1String("ssl.key.pem") || k == QLatin1String("sasl.jaas.config")
        || k == QLatin1String("ssl_key") || k.endsWith(QLatin1String(".token"));
}

QString Redactor::redact(QString text)
{
    {
        SecretSet &set = secretSet();
        QMutexLocker lock(&set.mutex);
        for (const QByteArray &secret : std::as_const(set.secrets))
            text.replace(QString::fromUtf8(secret), kMask);
    }
    // key=value / key: value / key="value" for secret-looking keys (sasl.password, password in a
    // JAAS line, ssl.key.password, client secrets).
    static const QRegularExpression keyed(
        QStringLiteral(R"(((?:[\w.\-]*(?:password|secret)[\w.\-]*)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;"'}]+))"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(keyed, QStringLiteral("\\1") + kMask);
    static const QRegularExpression pemKey(
        QStringLiteral(R"(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)"));
    text.replace(pemKey, kMask);
    return text;
}

QMap<QString, QString> Redactor::redactProperties(QMap<QString, QString> properties)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (isSecretKey(it.key()))
            it.value() = kMask;
        else
            it.value() = redact(it.value());
    }
    return properties;
}

} // namespace fleetscope
