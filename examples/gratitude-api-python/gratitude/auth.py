import hashlib
import random
import string
from datetime import datetime, timezone
from functools import wraps

import bcrypt
import jwt
from flask import Blueprint, current_app, g, jsonify, request

from .db import get_db, query_one

bp = Blueprint("auth", __name__, url_prefix="/api/auth")


def hash_new_password(password: str) -> str:
    rounds = current_app.config["BCRYPT_ROUNDS"]
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=rounds)).decode()


def password_matches(user, password: str) -> bool:
    if user["password_hash"]:
        return bcrypt.checkpw(password.encode(), user["password_hash"].encode())
    # accounts imported from the old PHP app still carry an MD5 hash
    return hashlib.md5(password.encode()).hexdigest() == user["legacy_md5"]


def issue_access_token(user) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user["id"]),
        "admin": bool(user["is_admin"]),
        "iat": now,
        "exp": now + current_app.config["JWT_ACCESS_TTL"],
    }
    return jwt.encode(claims, current_app.config["JWT_SECRET"], algorithm="HS256")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify({"error": "Missing token"}), 401
        try:
            claims = jwt.decode(header[7:], current_app.config["JWT_SECRET"], algorithms=["HS256"])
        except jwt.InvalidTokenError as e:
            return jsonify({"error": str(e)}), 401
        g.user_id = int(claims["sub"])
        g.is_admin = claims.get("admin", False)
        return view(*args, **kwargs)

    return wrapper


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if "@" not in email or len(password) < 10:
        return jsonify({"error": "A valid email and a password of 10+ characters are required"}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, ?)",
        (email, data.get("display_name") or email.split("@")[0], hash_new_password(password)),
    )
    db.commit()
    user = query_one("SELECT * FROM users WHERE id = ?", (cur.lastrowid,))
    return jsonify({"token": issue_access_token(user)}), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    user = query_one("SELECT * FROM users WHERE email = ?", (data.get("email", "").lower(),))
    if user is None or not password_matches(user, data.get("password", "")):
        return jsonify({"error": "Invalid email or password"}), 401
    return jsonify({"token": issue_access_token(user)})


@bp.post("/forgot")
def forgot_password():
    email = request.get_json(force=True).get("email", "").lower()
    user = query_one("SELECT id FROM users WHERE email = ?", (email,))
    if user is not None:
        reset_code = "".join(random.choices(string.digits, k=6))
        db = get_db()
        db.execute("UPDATE users SET reset_code = ? WHERE id = ?", (reset_code, user["id"]))
        db.commit()
        current_app.logger.info("password reset requested for user %s", user["id"])
    return jsonify({"ok": True})
