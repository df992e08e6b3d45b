// stdlib.h — the Go source of the native standard library, embedded at build time.
//
// Each package is one Go file (runtime/lang/stdlib/*.go): body-less functions and
// methods are natives that the VM binds by qualified name — the import path, then the
// receiver's type name for methods: "strings.Contains", "time.Duration.String",
// "sync/atomic.AddInt32", "math/rand.Rand.ExpFloat64". Functions with bodies are
// ordinary Go code (they call user callbacks such as sort's Less as plain calls).
#pragma once

#include <span>
#include <string_view>

namespace chanscope::lang {

struct StdlibFile {
  std::string_view path;       // import path: "fmt", "sync/atomic"
  std::string_view file_name;  // "sync_atomic.go", for positions in diagnostics
  std::string_view source;
};

// Every embedded package, sorted by file name.
std::span<const StdlibFile> StdlibFiles();
// The package with this import path, or nullptr when it is not supported.
const StdlibFile* FindStdlib(std::string_view path);

}  // namespace chanscope::lang
