# Helpers so each src/<module>/CMakeLists.txt stays a few lines long.
#
#   augur_library(<module> SOURCES a.cc b.cc DEPS augur_common rocksdb)
#     → static library augur_<module>; src/ is the include root, so code
#       includes "common/status.h", "types/types.h", ...
#   augur_test(<module>_test SOURCES x_test.cc DEPS augur_<module>)
#     → GoogleTest executable registered with ctest.

function(augur_library module)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(augur_${module} STATIC ${ARG_SOURCES})
  target_include_directories(augur_${module} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(augur_${module} PUBLIC ${ARG_DEPS})
endfunction()

function(augur_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  if(NOT AUGUR_BUILD_TESTS)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  add_test(NAME ${name} COMMAND ${name})
endfunction()
