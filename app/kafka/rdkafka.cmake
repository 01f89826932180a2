# Which librdkafka Fleetscope links (included by the top-level CMakeLists.txt). Every target links it
# as PkgConfig::RDKAFKA, whichever it is:
#   - the system's, when it is 2.6.1 or newer (the first that logs in to Kafka 4 with SCRAM, #4895);
#   - otherwise librdkafka 2.8.0, built by tools/bootstrap from Debian 13's source package into the
#     cache, linked statically (the .deb then needs no librdkafka1), with the system libraries it
#     uses (OpenSSL, SASL, zlib, zstd, lz4, curl) linked dynamically;
#   - the system's whatever its version (>= 2.0) with -DFLEETSCOPE_SYSTEM_RDKAFKA=ON; with 2.0.2
#     SCRAM to Kafka 4 fails, and Fleetscope says so in its log when its first client starts.
# Keep the versions in step with tools/bootstrap.
set(FLEETSCOPE_RDKAFKA_MIN_VERSION 2.6.1)
set(FLEETSCOPE_RDKAFKA_BUILT_VERSION 2.8.0)
if(NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(_fleetscope_cache "$ENV{XDG_CACHE_HOME}/fleetscope")
else()
    set(_fleetscope_cache "$ENV{HOME}/.cache/fleetscope")
endif()
set(FLEETSCOPE_RDKAFKA_DIR "${_fleetscope_cache}/librdkafka-${FLEETSCOPE_RDKAFKA_BUILT_VERSION}" CACHE PATH
    "Where tools/bootstrap builds librdkafka ${FLEETSCOPE_RDKAFKA_BUILT_VERSION} (used when the system's is older than ${FLEETSCOPE_RDKAFKA_MIN_VERSION})")
option(FLEETSCOPE_SYSTEM_RDKAFKA "Link the system's librdkafka even when it is older than ${FLEETSCOPE_RDKAFKA_MIN_VERSION}" OFF)

pkg_check_modules(SYSTEM_RDKAFKA QUIET rdkafka>=2.0)
if(FLEETSCOPE_SYSTEM_RDKAFKA
   OR (SYSTEM_RDKAFKA_FOUND AND SYSTEM_RDKAFKA_VERSION VERSION_GREATER_EQUAL FLEETSCOPE_RDKAFKA_MIN_VERSION))
    pkg_check_modules(RDKAFKA REQUIRED IMPORTED_TARGET rdkafka>=2.0)
    set(FLEETSCOPE_RDKAFKA_VERSION ${RDKAFKA_VERSION})
    set(FLEETSCOPE_RDKAFKA_LINKAGE "system, shared")
    set(FLEETSCOPE_RDKAFKA_STATIC OFF)
else()
    set(_pc "${FLEETSCOPE_RDKAFKA_DIR}/lib/pkgconfig/rdkafka.pc")
    set(_archive "${FLEETSCOPE_RDKAFKA_DIR}/lib/librdkafka.a")
    if(NOT EXISTS "${_pc}" OR NOT EXISTS "${_archive}" OR NOT EXISTS "${FLEETSCOPE_RDKAFKA_DIR}/.complete")
        if(SYSTEM_RDKAFKA_FOUND)
            set(_system "The system's librdkafka is ${SYSTEM_RDKAFKA_VERSION}")
        else()
            set(_system "There is no system librdkafka")
        endif()
        message(FATAL_ERROR "${_system}; Fleetscope needs ${FLEETSCOPE_RDKAFKA_MIN_VERSION} or newer (SCRAM to Kafka 4, "
            "librdkafka #4895), and librdkafka ${FLEETSCOPE_RDKAFKA_BUILT_VERSION} is not built in "
            "${FLEETSCOPE_RDKAFKA_DIR}. Run tools/bootstrap (it builds it once, a few minutes), point "
            "-DFLEETSCOPE_RDKAFKA_DIR at such a build, or configure with -DFLEETSCOPE_SYSTEM_RDKAFKA=ON to "
            "accept the system's librdkafka with its limits.")
    endif()
    # The system libraries librdkafka.a needs: its pkg-config modules (linked shared, as usual on
    # Debian) and its plain libraries (-lm -ldl ...). pkg-config --static would also pull in every
    # static dependency of libcurl and OpenSSL, which Debian's -dev packages do not all ship.
    set(_saved_pkg_config_path "$ENV{PKG_CONFIG_PATH}")
    set(ENV{PKG_CONFIG_PATH} "${FLEETSCOPE_RDKAFKA_DIR}/lib/pkgconfig")
    execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --print-requires-private rdkafka
        OUTPUT_VARIABLE _requires RESULT_VARIABLE _status OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --modversion rdkafka
        OUTPUT_VARIABLE FLEETSCOPE_RDKAFKA_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(ENV{PKG_CONFIG_PATH} "${_saved_pkg_config_path}")
    if(NOT _status EQUAL 0 OR NOT FLEETSCOPE_RDKAFKA_VERSION VERSION_EQUAL FLEETSCOPE_RDKAFKA_BUILT_VERSION)
        message(FATAL_ERROR "${_pc} is not librdkafka ${FLEETSCOPE_RDKAFKA_BUILT_VERSION} "
            "(pkg-config says '${FLEETSCOPE_RDKAFKA_VERSION}'): remove ${FLEETSCOPE_RDKAFKA_DIR} and run tools/bootstrap.")
    endif()
    string(REGEX REPLACE "[ \n]+" ";" _requires "${_requires}")
    pkg_check_modules(RDKAFKA_DEPENDENCIES REQUIRED IMPORTED_TARGET ${_requires})
    file(STRINGS "${_pc}" _libs REGEX "^Libs.private:")
    string(REGEX REPLACE "^Libs.private:" "" _libs "${_libs}")
    separate_arguments(_libs UNIX_COMMAND "${_libs}")
    list(REMOVE_DUPLICATES _libs)
    add_library(PkgConfig::RDKAFKA INTERFACE IMPORTED)
    set_target_properties(PkgConfig::RDKAFKA PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${FLEETSCOPE_RDKAFKA_DIR}/include"
        INTERFACE_LINK_LIBRARIES "${_archive};PkgConfig::RDKAFKA_DEPENDENCIES;${_libs}")
    set(FLEETSCOPE_RDKAFKA_LINKAGE "built by tools/bootstrap, static: ${FLEETSCOPE_RDKAFKA_DIR}")
    set(FLEETSCOPE_RDKAFKA_STATIC ON)
endif()
message(STATUS "librdkafka ${FLEETSCOPE_RDKAFKA_VERSION} (${FLEETSCOPE_RDKAFKA_LINKAGE})")
