// External scanner from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/typescript/src/scanner.c"
