#ifndef SKEPTIC_CTREESITTERGRAMMARS_H
#define SKEPTIC_CTREESITTERGRAMMARS_H
#include "CTreeSitter.h"

const TSLanguage *tree_sitter_javascript(void);
const TSLanguage *tree_sitter_typescript(void);
const TSLanguage *tree_sitter_tsx(void);
const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_go(void);
const TSLanguage *tree_sitter_swift(void);
#endif
