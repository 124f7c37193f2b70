# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build build --target format` rewrites; `format-check` fails on any difference (CI runs it).
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXE)
    add_custom_target(format
        COMMAND git ls-files -z -- '*.cpp' '*.h' | xargs -0 ${CLANG_FORMAT_EXE} -i
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: rewriting sources")
    add_custom_target(format-check
        COMMAND git ls-files -z -- '*.cpp' '*.h' | xargs -0 ${CLANG_FORMAT_EXE} --dry-run -Werror
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: checking sources")
endif()
