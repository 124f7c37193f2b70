# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt defines; every target links it PRIVATE.
add_library(staffpath_build_cfg INTERFACE)
target_compile_features(staffpath_build_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(staffpath_build_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${STAFFPATH_WERROR}>:-Werror>)

# QT_NO_CONTEXTLESS_CONNECT arrived in Qt 6.7; on 6.4 review keeps every lambda connect with a context object.
target_compile_definitions(staffpath_build_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    STAFFPATH_VERSION="${PROJECT_VERSION}")

# lld links the large test programs two to three times faster than GNU ld (docs/performance.md, "Build and CI"); it
# is used when installed (scripts/install-deps.sh installs it).
option(STAFFPATH_LLD "Link with lld when it is installed" ON)
find_program(STAFFPATH_LLD_PROGRAM ld.lld)
mark_as_advanced(STAFFPATH_LLD_PROGRAM)
if(STAFFPATH_LLD AND STAFFPATH_LLD_PROGRAM AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_link_options(staffpath_build_cfg INTERFACE -fuse-ld=lld)
endif()

if(STAFFPATH_SANITIZE)
    target_compile_options(staffpath_build_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                         -fno-sanitize-recover=undefined)
    target_link_options(staffpath_build_cfg INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz build instruments every library for coverage and both sanitizers; the fuzz targets add libFuzzer's main
# (tests/fuzz/CMakeLists.txt).
if(STAFFPATH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "STAFFPATH_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(staffpath_build_cfg INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(staffpath_build_cfg INTERFACE -fsanitize=address,undefined)
endif()
