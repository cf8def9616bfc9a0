// The tree-sitter runtime (amalgamated lib.c) from vendor/, fetched by scripts/bootstrap.sh.
#include "../../vendor/tree-sitter/src/lib.c"
