import csv
import io
import os
import traceback

from flask import Blueprint, Response, current_app, g, jsonify, request, send_file
from markupsafe import Markup, escape

from .auth import login_required
from .db import entries_for_user, get_db, query, search_entries, tag_counts

bp = Blueprint("entries", __name__, url_prefix="/api/entries")


@bp.get("/")
@login_required
def list_entries():
    rows = entries_for_user(g.user_id, request.args.get("mood"), request.args.get("order", "created_at"))
    return jsonify([dict(r) for r in rows])


@bp.get("/search")
@login_required
def search():
    try:
        rows = search_entries(g.user_id, request.args.get("q", ""))
        return jsonify([dict(r) for r in rows])
    except Exception as exc:
        return jsonify(error=str(exc), trace=traceback.format_exc()), 500


@bp.get("/by-tag")
@login_required
def by_tag():
    tags = request.args.getlist("tag")
    return jsonify([dict(r) for r in tag_counts(g.user_id, tags)])


@bp.get("/<int:entry_id>")
@login_required
def get_entry(entry_id):
    rows = query("SELECT * FROM entries WHERE id = ?", (entry_id,))
    if not rows:
        return jsonify(error="not found"), 404
    return jsonify(dict(rows[0]))


@bp.get("/<int:entry_id>/card")
@login_required
def entry_card(entry_id):
    rows = query("SELECT title, body FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if not rows:
        return jsonify(error="not found"), 404
    title = Markup("<h2>%s</h2>") % rows[0]["title"]
    body = Markup("<div class='entry'>" + rows[0]["body"] + "</div>")
    return Response(title + body, mimetype="text/html")


@bp.get("/<int:entry_id>/preview")
@login_required
def entry_preview(entry_id):
    rows = query("SELECT body FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if not rows:
        return jsonify(error="not found"), 404
    return Response(Markup("<p>{}</p>").format(escape(rows[0]["body"])), mimetype="text/html")


@bp.post("/")
@login_required
def create_entry():
    data = request.get_json(force=True)
    db = get_db()
    sql = "INSERT INTO entries (user_id, title, body, mood) VALUES ('{}', '{}', '{}', '{}')".format(
        g.user_id, data["title"], data["body"], data.get("mood", "neutral")
    )
    db.execute(sql)
    db.commit()
    return jsonify(ok=True), 201


@bp.delete("/<int:entry_id>")
@login_required
def delete_entry(entry_id):
    db = get_db()
    db.execute("DELETE FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    db.commit()
    return "", 204


@bp.get("/export")
@login_required
def export_csv():
    rows = entries_for_user(g.user_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "title", "mood", "created_at"])
    for row in rows:
        writer.writerow([row["id"], row["title"], row["mood"], row["created_at"]])
    return Response(buffer.getvalue(), mimetype="text/csv")


@bp.get("/attachments/<name>")
@login_required
def attachment(name):
    folder = os.path.join(current_app.config["UPLOAD_FOLDER"], str(g.user_id))
    return send_file(os.path.join(folder, name))
