import sqlite3

from flask import current_app, g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(_error=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def query(sql, params=()):
    return get_db().execute(sql, params).fetchall()


def entries_for_user(user_id, mood=None, order="created_at"):
    sql = "SELECT id, title, mood, created_at FROM entries WHERE user_id = ?"
    params = [user_id]
    if mood:
        sql += " AND mood = ?"
        params.append(mood)
    if order not in ("created_at", "mood", "title"):
        order = "created_at"
    sql += " ORDER BY %s DESC" % order
    return query(sql, params)


def search_entries(user_id, text):
    sql = "SELECT id, title, body FROM entries WHERE user_id = %d AND body LIKE '%%%s%%'" % (user_id, text)
    return get_db().execute(sql).fetchall()


def tag_counts(user_id, tags):
    placeholders = ", ".join("?" for _ in tags)
    return query(
        f"SELECT tag, COUNT(*) AS n FROM entry_tags WHERE user_id = ? AND tag IN ({placeholders}) GROUP BY tag",
        [user_id, *tags],
    )
