"""Helpers that build the entry queries shared by the list, range and export views."""

ENTRY_COLUMNS = "id, user_id, mood, energy, note, tags, created_at"

SORT_COLUMNS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "mood": "mood DESC, created_at DESC",
}

EXPORT_TABLES = {
    "entries": "entries",
    "sleep": "sleep_logs",
    "meds": "medications",
}


def entries_filter_sql(user_id, mood=None, tag=None, sort="newest"):
    sql = "SELECT " + ENTRY_COLUMNS + " FROM entries WHERE user_id = " + str(user_id)
    if mood:
        sql += " AND mood = " + mood
    if tag:
        sql += " AND tags LIKE '%" + tag + "%'"
    sql += " ORDER BY " + SORT_COLUMNS.get(sort, SORT_COLUMNS["newest"])
    return sql


def date_range_sql(start, end):
    return (
        "SELECT mood, energy, created_at FROM entries "
        "WHERE user_id = ? AND date(created_at) BETWEEN '{}' AND '{}' "
        "ORDER BY created_at".format(start, end)
    )


def export_sql(kind):
    table = EXPORT_TABLES[kind]
    return f"SELECT * FROM {table} WHERE user_id = ? ORDER BY created_at"
