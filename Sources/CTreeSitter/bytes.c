// A fast substring search for the scanner's literal prefilters.
#define _GNU_SOURCE
#include <string.h>
#include "CTreeSitter.h"

bool skeptic_contains_bytes(const uint8_t *haystack, size_t haystack_length, const uint8_t *needle, size_t needle_length) {
  if (needle_length == 0) return true;
  if (haystack == NULL || haystack_length < needle_length) return false;
  return memmem(haystack, haystack_length, needle, needle_length) != NULL;
}
