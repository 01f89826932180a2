# Sanitizer and fuzzer builds (issue 13). Included once, at the top of the top-level CMakeLists.txt,
# so that every target below (core, widgets, tests, fuzzers) is built with the same instrumentation.
# Each mode wants a build directory of its own: tools/test --sanitize uses build-asan and build-tsan,
# tools/fuzz uses build-fuzz.
#
#   -DFLEETSCOPE_SANITIZE=address  AddressSanitizer + UndefinedBehaviorSanitizer (GCC or Clang)
#   -DFLEETSCOPE_SANITIZE=thread   ThreadSanitizer (GCC or Clang)
#   -DFLEETSCOPE_FUZZ=ON           libFuzzer targets under tests/fuzz, with ASan + UBSan (Clang only)
#
# UBSan findings abort (-fno-sanitize-recover), so a test that trips one fails instead of printing
# a line nobody reads.
set(FLEETSCOPE_SANITIZE "" CACHE STRING "Sanitizer build: empty, 'address' (ASan + UBSan) or 'thread' (TSan)")
set_property(CACHE FLEETSCOPE_SANITIZE PROPERTY STRINGS "" address thread)
option(FLEETSCOPE_FUZZ "Build the libFuzzer targets of tests/fuzz (Clang; implies ASan + UBSan)" OFF)

if(FLEETSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "FLEETSCOPE_FUZZ needs Clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ in a build directory of its own (tools/fuzz does)")
    endif()
    if(FLEETSCOPE_SANITIZE STREQUAL "thread")
        message(FATAL_ERROR "FLEETSCOPE_FUZZ runs under ASan + UBSan; it cannot be combined with TSan")
    endif()
    set(FLEETSCOPE_SANITIZE address CACHE STRING "" FORCE)
endif()

set(_fleetscope_sanitize_flags "")
if(FLEETSCOPE_SANITIZE STREQUAL "address")
    set(_fleetscope_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined)
elseif(FLEETSCOPE_SANITIZE STREQUAL "thread")
    set(_fleetscope_sanitize_flags -fsanitize=thread)
elseif(NOT FLEETSCOPE_SANITIZE STREQUAL "")
    message(FATAL_ERROR "FLEETSCOPE_SANITIZE is '${FLEETSCOPE_SANITIZE}'; expected empty, 'address' or 'thread'")
endif()

if(_fleetscope_sanitize_flags)
    list(APPEND _fleetscope_sanitize_flags -fno-omit-frame-pointer)
    add_compile_options(${_fleetscope_sanitize_flags})
    add_link_options(${_fleetscope_sanitize_flags})
    message(STATUS "Fleetscope: sanitizer build (${FLEETSCOPE_SANITIZE})")
endif()
if(FLEETSCOPE_FUZZ)
    # Coverage for libFuzzer in every object; only the fuzzer executables link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_compile_definitions(FLEETSCOPE_FUZZING_BUILD)
endif()
