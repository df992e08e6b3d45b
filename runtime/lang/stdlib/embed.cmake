# embed.cmake — compiles runtime/lang/stdlib/*.go into chanscope_lang as string literals
# (stdlib_embed.cpp, regenerated whenever a .go file changes). Included after add_library.
file(GLOB CHANSCOPE_STDLIB_GO CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.go")
set(CHANSCOPE_STDLIB_CPP "${CMAKE_CURRENT_BINARY_DIR}/stdlib_embed.cpp")
add_custom_command(
  OUTPUT "${CHANSCOPE_STDLIB_CPP}"
  COMMAND "${CMAKE_COMMAND}" "-DOUT=${CHANSCOPE_STDLIB_CPP}" "-DSRC_DIR=${CMAKE_CURRENT_LIST_DIR}"
          -P "${CMAKE_CURRENT_LIST_DIR}/embed_gen.cmake"
  DEPENDS ${CHANSCOPE_STDLIB_GO} "${CMAKE_CURRENT_LIST_DIR}/embed_gen.cmake"
  COMMENT "Embedding the Go declarations of the standard library"
  VERBATIM)
target_sources(chanscope_lang PRIVATE "${CHANSCOPE_STDLIB_CPP}")
