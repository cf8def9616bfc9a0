import os
import secrets

import jwt
import requests
from flask import Blueprint, current_app, g, jsonify, request

from .auth import login_required
from .db import get_db, query_one

bp = Blueprint("sharing", __name__, url_prefix="/api/share")

SHARE_SECRET = os.getenv("SHARE_SECRET", "gratitude-share-links")


def notify_slack(text: str) -> None:
    url = current_app.config["SLACK_WEBHOOK_URL"]
    if url:
        requests.post(url, json={"text": text}, timeout=5)


@bp.post("/entries/<int:entry_id>")
@login_required
def create_share_link(entry_id):
    entry = query_one("SELECT id FROM entries WHERE id = ? AND user_id = ?", (entry_id, g.user_id))
    if entry is None:
        return jsonify({"error": "Entry not found"}), 404
    claims = {"entry": entry_id, "owner": g.user_id, "nonce": secrets.token_urlsafe(8)}
    token = jwt.encode(claims, SHARE_SECRET, algorithm="HS256")
    notify_slack(f"User {g.user_id} shared entry {entry_id}")
    return jsonify({"url": f"/api/share/view?token={token}"})


@bp.get("/view")
def view_shared():
    try:
        claims = jwt.decode(request.args.get("token", ""), SHARE_SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        return jsonify({"error": "This link is invalid"}), 404
    entry = query_one("SELECT body, mood, created_at FROM entries WHERE id = ?", (claims["entry"],))
    return jsonify(dict(entry)) if entry else (jsonify({"error": "Entry not found"}), 404)


@bp.post("/webhooks/test")
@login_required
def test_webhook():
    target = request.get_json(force=True).get("url", "")
    if not target.startswith("https://"):
        return jsonify({"error": "Webhook URLs must use HTTPS"}), 400
    resp = requests.post(target, json={"event": "test", "user": g.user_id}, timeout=5, verify=False)
    db = get_db()
    db.execute("UPDATE users SET display_name = display_name WHERE id = ?", (g.user_id,))
    db.commit()
    return jsonify({"status": resp.status_code})
