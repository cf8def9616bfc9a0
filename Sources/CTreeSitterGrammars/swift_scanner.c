// External scanner from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/swift/src/scanner.c"
