#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace fleetscope {

// Looks for known secrets in files: the check that logs, fleet files, databases and exports hold
// no password. Each secret is searched for as written (UTF-8, UTF-16) and in the encodings it would
// take on its way into a file: base64 (standard and URL-safe, at any alignment in a longer
// encoded text), percent-encoding (any set of escaped marks, either hex case, "+" for space), JSON
// string escapes and hex.
// Files are read as bytes, so SQLite databases (and their -wal journals), logs and exports are
// searched alike, free pages of a database included. Findings name the file, the offset, the
// secret's label and the form, never the secret itself.
class SecretScanner final
{
public:
    struct Secret
    {
        QString label; // how a finding names it ("edge-s/monitor"): never the value
        QByteArray value;
    };

    struct Finding
    {
        QString path;
        qint64 offset = 0;
        QString label;
        QString form; // "plain", "base64", "percent-encoded", ...
    };

    struct Report
    {
        int files = 0;
        qint64 bytes = 0;
        QStringList unreadable; // files that could not be opened: not searched
        QList<Finding> findings;
    };

    // Secrets shorter than this are left out (three letters are found everywhere); callers check
    // isSearchable() to say so.
    static constexpr int kMinimumLength = 6;
    static bool isSearchable(const QByteArray &secret) { return secret.size() >= kMinimumLength; }

    explicit SecretScanner(const QList<Secret> &secrets);

    // Every file under each path (a file, or a directory searched recursively, hidden files
    // included) whose name matches one of nameFilters (wildcards; empty: every file).
    Report scan(const QStringList &paths, const QStringList &nameFilters = {}) const;
    // One file; adds to the report.
    void scanFile(const QString &path, Report &report) const;

    // The byte patterns one secret is searched as, with the name of each form (percent-encoding,
    // which has many spellings, is searched with a pattern of its own).
    struct Form
    {
        QString name;
        QByteArray bytes;
    };
    static QList<Form> formsOf(const QByteArray &secret);

private:
    struct Pattern
    {
        QString label;
        QString form;
        QByteArrayMatcher matcher;
    };

    struct EncodedPattern
    {
        QString label;
        QString form;
        QRegularExpression expression;
        QString plain; // the secret's bytes as Latin-1, as the chunk is searched
    };

    QList<Pattern> m_patterns;
    QList<EncodedPattern> m_encodedPatterns; // percent- and form-encoded: many spellings
    qsizetype m_longest = 0;
};

} // namespace fleetscope
