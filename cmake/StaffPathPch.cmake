# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers (STAFFPATH_PCH, ON): most of a source's compile time is spent parsing Qt's, the standard
# library's, nlohmann/json's and GoogleTest's headers, so each library and suite with more than a handful of sources
# parses them once, into a precompiled header of its own (docs/performance.md, "Build and CI").
#
# Each layer's list holds only headers that layer may use: no Qt in the engine's, no Qt Sql outside the store's and
# the tests', no Widgets outside the app's and the GUI tests'. Turning the option off must still build (each source
# includes what it uses): CI's build without the GUI turns it off, which checks exactly that for the core and the CLI.
#
# STAFFPATH_PCH_CORE=OFF leaves the core libraries (engine, store, services, reports) without one. CI's full build
# does that so those objects are compiled exactly as in its build without the GUI, and ccache hands them over
# instead of compiling them twice (a GCC precompiled header is not byte-for-byte reproducible, so anything compiled
# with one never hits the cache from another build folder).
option(STAFFPATH_PCH "Precompile the heavy Qt, standard-library, JSON and GoogleTest headers of each target" ON)
option(STAFFPATH_PCH_CORE "With STAFFPATH_PCH: precompiled headers for the core libraries too" ON)

set(STAFFPATH_PCH_STD
    <algorithm> <array> <cstdint> <filesystem> <functional> <map> <memory> <optional> <set> <string>
    <string_view> <unordered_map> <utility> <variant> <vector>)
set(STAFFPATH_PCH_JSON <nlohmann/json.hpp>)
set(STAFFPATH_PCH_QTCORE
    <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QList> <QObject> <QString> <QStringList>
    <QVariant>)
set(STAFFPATH_PCH_QTSQL <QtSql/QSqlDatabase> <QtSql/QSqlError> <QtSql/QSqlQuery>)
set(STAFFPATH_PCH_QTGUI <QFont> <QPainter> <QTextDocument>)
set(STAFFPATH_PCH_QTWIDGETS
    <QAbstractTableModel> <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
set(STAFFPATH_PCH_GTEST <gtest/gtest.h>)
set(STAFFPATH_PCH_QTTEST <QTest>)

# staffpath_precompile(<target> [CORE] [JSON] [QTCORE] [QTSQL] [QTGUI] [QTWIDGETS] [GTEST] [QTTEST]): the standard
# headers plus the named groups, precompiled for <target>. A no-op with STAFFPATH_PCH off, and for a CORE library
# with STAFFPATH_PCH_CORE off.
function(staffpath_precompile target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "CORE" "" "")
    if(NOT STAFFPATH_PCH OR (arg_CORE AND NOT STAFFPATH_PCH_CORE))
        return()
    endif()
    set(headers ${STAFFPATH_PCH_STD})
    foreach(group IN LISTS arg_UNPARSED_ARGUMENTS)
        if(NOT DEFINED STAFFPATH_PCH_${group})
            message(FATAL_ERROR "staffpath_precompile: no header group ${group}")
        endif()
        list(APPEND headers ${STAFFPATH_PCH_${group}})
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
