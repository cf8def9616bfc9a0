// External scanner from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/python/src/scanner.c"
