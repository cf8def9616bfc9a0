// Time bounds for parsing and querying: tree-sitter 0.25 takes them as progress callbacks,
// which are simplest to write in C.
#include "CTreeSitter.h"
#include <time.h>

uint64_t skeptic_monotonic_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)now.tv_sec * 1000000000ull + (uint64_t)now.tv_nsec;
}

typedef struct {
  const char *bytes;
  uint32_t length;
} Buffer;

static const char *read_buffer(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read) {
  (void)position;
  const Buffer *buffer = payload;
  if (byte_index >= buffer->length) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = buffer->length - byte_index;
  return buffer->bytes + byte_index;
}

static bool past_deadline(void *payload) {
  return skeptic_monotonic_ns() > *(const uint64_t *)payload;
}

static bool parse_progress(TSParseState *state) { return past_deadline(state->payload); }
static bool query_progress(TSQueryCursorState *state) {
  SkepticQueryDeadline *deadline = state->payload;
  if (skeptic_monotonic_ns() > deadline->deadline_ns) deadline->expired = true;
  return deadline->expired;
}

TSTree *skeptic_parse_buffer(TSParser *parser, const char *bytes, uint32_t length, uint64_t deadline_ns) {
  Buffer buffer = {bytes, length};
  TSInput input = {&buffer, read_buffer, TSInputEncodingUTF8, NULL};
  TSParseOptions options = {&deadline_ns, parse_progress};
  return ts_parser_parse_with_options(parser, NULL, input, options);
}

void skeptic_query_exec(TSQueryCursor *cursor, const TSQuery *query, TSNode node, SkepticQueryDeadline *deadline) {
  deadline->expired = false;
  deadline->options.payload = deadline;
  deadline->options.progress_callback = query_progress;
  ts_query_cursor_exec_with_options(cursor, query, node, &deadline->options);
}
