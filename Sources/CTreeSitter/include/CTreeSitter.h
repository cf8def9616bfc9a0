#ifndef SKEPTIC_CTREESITTER_H
#define SKEPTIC_CTREESITTER_H
#include "../../../vendor/tree-sitter/include/tree_sitter/api.h"
#include <stdint.h>

/// Monotonic clock in nanoseconds; the deadlines below are on this clock.
uint64_t skeptic_monotonic_ns(void);

/// Parses a contiguous UTF-8 buffer, cancelling once the monotonic clock passes `deadline_ns`.
/// Returns NULL when cancelled.
TSTree *skeptic_parse_buffer(TSParser *parser, const char *bytes, uint32_t length, uint64_t deadline_ns);

/// Starts a query, cancelling once the clock passes `*deadline_ns` (which must outlive the run).
void skeptic_query_exec(TSQueryCursor *cursor, const TSQuery *query, TSNode node, uint64_t *deadline_ns);
#endif
