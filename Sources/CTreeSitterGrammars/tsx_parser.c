// Grammar from vendor/ (tree-sitter-language-pack 0.13.0), fetched by scripts/bootstrap.sh.
#include "../../vendor/grammars/tsx/src/parser.c"
