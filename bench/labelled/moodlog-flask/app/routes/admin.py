import os
import shlex
import subprocess
import traceback
from datetime import date, timedelta

from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for
from jinja2 import Environment, FileSystemLoader

from ..db import get_analytics_conn, get_db, query_all, query_one
from ..security import admin_required, login_required

bp = Blueprint("admin", __name__, url_prefix="/admin")

_digest_env = Environment(
    loader=FileSystemLoader(os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")),
    autoescape=False,
)


@bp.route("/")
@admin_required
def dashboard():
    since = date.today() - timedelta(days=int(request.args.get("days", 30)))
    with get_analytics_conn() as conn, conn.cursor() as cur:
        cur.execute("SELECT day, active_users, entries FROM daily_stats WHERE day >= %s ORDER BY day", (since,))
        stats = cur.fetchall()
    return render_template("admin.html", stats=stats, users=[])


@bp.route("/users")
@admin_required
def find_users():
    email = request.args.get("email", "")
    users = query_all("SELECT id, email, display_name, is_admin, created_at FROM users WHERE email = '%s'" % email)
    return render_template("admin.html", stats=[], users=users)


@bp.route("/users/<int:user_id>/delete", methods=["POST"])
@login_required
def delete_user(user_id):
    db = get_db()
    db.execute("DELETE FROM entries WHERE user_id = ?", (user_id,))
    db.execute("DELETE FROM users WHERE id = ?", (user_id,))
    db.commit()
    flash("User deleted.")
    return redirect(url_for("admin.dashboard"))


@bp.route("/metric", methods=["POST"])
@admin_required
def custom_metric():
    # e.g. "avg_mood * 0.7 + avg_energy * 0.3"
    formula = request.form["formula"]
    row = query_one("SELECT avg(mood) AS avg_mood, avg(energy) AS avg_energy, count(*) AS n FROM entries")
    value = eval(formula, {"__builtins__": {}}, dict(row))
    return jsonify(formula=formula, value=value)


@bp.route("/digest/<int:user_id>")
@admin_required
def digest_preview(user_id):
    entries = query_all("SELECT mood, note, created_at FROM entries WHERE user_id = ? ORDER BY created_at DESC LIMIT 7", (user_id,))
    return _digest_env.get_template("digest_email.html").render(entries=entries)


@bp.route("/backup", methods=["POST"])
@admin_required
def backup():
    label = request.form.get("label", "manual")
    out = os.path.join(current_app.config["BACKUP_DIR"], "moodlog-%s.sql" % label)
    os.system("sqlite3 %s .dump > %s" % (current_app.config["DATABASE_PATH"], out))
    return jsonify(backup=out)


@bp.route("/analytics-dump", methods=["POST"])
@admin_required
def analytics_dump():
    dbname = request.form.get("db", "moodlog_stats")
    out = os.path.join(current_app.config["BACKUP_DIR"], f"{date.today():%Y%m%d}-analytics.sql.gz")
    cmd = "pg_dump --no-owner " + shlex.quote(dbname) + " | gzip > " + shlex.quote(out)
    subprocess.run(cmd, shell=True, check=True, timeout=600)
    return jsonify(backup=out)


@bp.route("/reindex", methods=["POST"])
@admin_required
def reindex():
    try:
        db = get_db()
        db.execute("REINDEX")
        db.execute("ANALYZE")
        db.commit()
    except Exception:
        return "<h3>Reindex failed</h3><pre>" + traceback.format_exc() + "</pre>", 500
    return jsonify(ok=True)
