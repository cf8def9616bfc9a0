// External scanner from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/tsx/src/scanner.c"
