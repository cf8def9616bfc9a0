// libpg_query from Debian's libpg-query-dev (no pkg-config file, hence this module map).
#include <pg_query.h>
