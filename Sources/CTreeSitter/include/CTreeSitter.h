#ifndef SKEPTIC_CTREESITTER_H
#define SKEPTIC_CTREESITTER_H
#include "../../../vendor/tree-sitter/include/tree_sitter/api.h"
#include <stdint.h>

/// Monotonic clock in nanoseconds; the deadlines below are on this clock.
uint64_t skeptic_monotonic_ns(void);

/// Parses a contiguous UTF-8 buffer, cancelling once the monotonic clock passes `deadline_ns`.
/// Returns NULL when cancelled.
TSTree *skeptic_parse_buffer(TSParser *parser, const char *bytes, uint32_t length, uint64_t deadline_ns);

/// Options and deadline for one query cursor. The cursor keeps a pointer to the options, so
/// this must outlive every call to ts_query_cursor_next_match of the run.
typedef struct SkepticQueryDeadline {
  TSQueryCursorOptions options;
  uint64_t deadline_ns;
  /// Set when the deadline stopped the run: a run that merely ended late is complete.
  bool expired;
} SkepticQueryDeadline;

/// Starts a query that stops once the monotonic clock passes `deadline->deadline_ns`.
void skeptic_query_exec(TSQueryCursor *cursor, const TSQuery *query, TSNode node, SkepticQueryDeadline *deadline);

/// Whether `needle` occurs in `haystack` (glibc's memmem, which Swift's Glibc module hides).
bool skeptic_contains_bytes(const uint8_t *haystack, size_t haystack_length, const uint8_t *needle, size_t needle_length);
#endif
