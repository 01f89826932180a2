# Sources of the security module (credentials in memory, redaction), added to fleetscope_core.
# TLS and SASL themselves live in protocol/ (our client) and kafka/ (librdkafka's properties).
target_sources(fleetscope_core PRIVATE
    security/Redactor.h security/Redactor.cpp
    security/ClusterCredentials.h security/ClusterCredentials.cpp
    security/SecretScanner.h security/SecretScanner.cpp
)
