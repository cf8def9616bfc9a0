import datetime
import hashlib
from functools import wraps

import bcrypt
import jwt
from flask import Blueprint, current_app, g, jsonify, request

from .db import get_db, query

bp = Blueprint("auth", __name__, url_prefix="/api/auth")


def hash_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()


def legacy_hash(password, salt):
    # accounts imported from the v1 PHP app
    return hashlib.md5((salt + password).encode()).hexdigest()


def check_password(user, password):
    if user["password_hash"].startswith("$2b$"):
        return bcrypt.checkpw(password.encode(), user["password_hash"].encode())
    return legacy_hash(password, user["salt"] or "") == user["password_hash"]


def issue_token(user_id):
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + datetime.timedelta(minutes=current_app.config["JWT_TTL_MINUTES"])}
    return jwt.encode(payload, current_app.config["JWT_SECRET"], algorithm="HS256")


def issue_reset_token(user_id):
    return jwt.encode({"sub": str(user_id), "purpose": "reset"}, current_app.config["JWT_SECRET"], algorithm="HS256")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip()
        try:
            claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"])
        except jwt.PyJWTError:
            return jsonify(error="unauthorized"), 401
        g.user_id = int(claims["sub"])
        return view(*args, **kwargs)

    return wrapper


@bp.post("/register")
def register():
    data = request.get_json(force=True)
    email, password = data.get("email", "").lower(), data.get("password", "")
    if len(password) < 8:
        return jsonify(error="password too short"), 400
    db = get_db()
    db.execute("INSERT INTO users (email, password_hash) VALUES (?, ?)", (email, hash_password(password)))
    db.commit()
    return jsonify(ok=True), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    rows = query("SELECT * FROM users WHERE email = ?", (data.get("email", "").lower(),))
    if not rows or not check_password(rows[0], data.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    return jsonify(token=issue_token(rows[0]["id"]))


@bp.post("/reset")
def reset_password():
    data = request.get_json(force=True)
    try:
        claims = jwt.decode(data["token"], options={"verify_signature": False})
    except (KeyError, jwt.PyJWTError):
        return jsonify(error="bad token"), 400
    if claims.get("purpose") != "reset":
        return jsonify(error="bad token"), 400
    db = get_db()
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hash_password(data["password"]), claims["sub"]))
    db.commit()
    return jsonify(ok=True)


@bp.get("/session")
def session_info():
    token = request.cookies.get("session_token", "")
    claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"], options={"verify_exp": False})
    return jsonify(user_id=claims["sub"])
