# Tests of secure connections (TLS, SASL, credentials, redaction): fleetscope_add_test(...) lines.
fleetscope_add_test(scramclient LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(redactor LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(secretscanner LIBS Fleetscope::Core LABELS unit)

# The secured cluster of the live test fleet (edge-s), for the live tests below.
add_library(fleetscope_securedfleet STATIC support/SecuredTestFleet.h support/SecuredTestFleet.cpp
    support/TestArtifacts.h support/TestArtifacts.cpp)
target_link_libraries(fleetscope_securedfleet PUBLIC fleetscope_testsupport)
fleetscope_add_test(securechannel LIBS fleetscope_securedfleet LABELS live)
fleetscope_add_test(securedpoller LIBS fleetscope_securedfleet LABELS live)
if(FLEETSCOPE_GUI)
    fleetscope_add_test(credentialresolver LIBS Fleetscope::Widgets LABELS gui)
endif()
fleetscope_add_test(securedreconfig LIBS fleetscope_securedfleet LABELS live)
fleetscope_add_test(encryptedclientkey LIBS fleetscope_securedfleet LABELS live)
# Last of all: tools/test runs it after every other test (ctest -L secretscan), see tst_secretscan.cpp.
fleetscope_add_test(secretscan LIBS fleetscope_securedfleet LABELS secretscan)
# KeychainCredentialStore against a real Secret Service: gnome-keyring-daemon on a private D-Bus
# session bus (dbus-daemon), both started and killed by the test (support/PrivateSecretService).
if(FLEETSCOPE_GUI)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
    fleetscope_add_test(secretservicekeychain LIBS Fleetscope::Widgets Qt6::DBus LABELS gui)
    target_sources(tst_secretservicekeychain PRIVATE support/PrivateSecretService.h support/PrivateSecretService.cpp)
endif()
