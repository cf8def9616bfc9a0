// External scanner from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/javascript/src/scanner.c"
