import sqlite3
import pandas as pd
from django.db.models.expressions import RawSQL
from psycopg import sql
from sqlalchemy import text


def search(db: sqlite3.Connection, term: str, user_id: int):
    # ruleid: py-sql-built-string
    rows = db.execute(f"SELECT * FROM entries WHERE note LIKE '%{term}%'").fetchall()
    # ok: py-sql-built-string
    safe = db.execute("SELECT * FROM entries WHERE note LIKE ? AND user_id = ?", (f"%{term}%", user_id)).fetchall()
    return rows + safe


def by_mood(cursor, mood, order):
    query = "SELECT id, note FROM entries WHERE mood = '" + mood + "'"
    if order:
        query += " ORDER BY " + order
    # ruleid: py-sql-built-string
    cursor.execute(query)
    # ruleid: py-sql-built-string
    cursor.execute("DELETE FROM entries WHERE id = %s" % mood)
    # ruleid: py-sql-built-string
    cursor.execute("UPDATE users SET name = '{}' WHERE id = 1".format(mood))
    # ok: py-sql-built-string
    cursor.execute("DELETE FROM entries WHERE id = %s", (mood,))
    # ok: py-sql-built-string
    cursor.execute("SELECT * FROM entries WHERE id = %(id)s", {"id": mood})


def constant_pieces(cur, limit):
    base = "SELECT id FROM entries"
    where = " WHERE archived = 0"
    # ok: py-sql-built-string
    cur.execute(base + where)
    # ok: py-sql-built-string
    cur.execute(f"SELECT id FROM entries LIMIT {int(limit)}")


def composed(conn, table):
    with conn.cursor() as cur:
        # ok: py-sql-built-string
        cur.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(table)), (1,))


def orm(session, Entry, name, days):
    # ruleid: py-sql-built-string
    session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
    # ok: py-sql-built-string
    session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})
    # ruleid: py-sql-built-string
    Entry.objects.raw("SELECT * FROM app_entry WHERE title = '%s'" % name)
    # ok: py-sql-built-string
    Entry.objects.raw("SELECT * FROM app_entry WHERE title = %s", [name])
    # ruleid: py-sql-built-string
    Entry.objects.annotate(age=RawSQL("now() - interval '" + days + " days'", []))
    # ruleid: py-sql-built-string
    Entry.objects.extra(where=["title = '%s'" % name])
    # ok: py-sql-built-string
    Entry.objects.extra(where=["title = %s"], params=[name])
    # ruleid: py-sql-built-string
    return pd.read_sql(f"SELECT * FROM entries WHERE user = '{name}'", session.bind)


def not_sql(client, executor, job):
    # ok: py-sql-built-string
    executor.execute(f"job-{job}")
    # ok: py-sql-built-string
    client.query(f"find people named {job}")
