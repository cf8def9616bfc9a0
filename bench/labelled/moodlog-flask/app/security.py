import hashlib
import hmac
from datetime import datetime, timezone
from functools import wraps

import jwt
from flask import abort, current_app, g, redirect, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from .db import query_one


def hash_password(password):
    return generate_password_hash(password)


def legacy_hash(password):
    # accounts migrated from the old PHP site still carry these
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def verify_password(user, password):
    stored = user["password_hash"] or ""
    if stored.startswith(("pbkdf2:", "scrypt:")):
        return check_password_hash(stored, password)
    return hmac.compare_digest(stored, legacy_hash(password))


def issue_api_token(user_id):
    now = datetime.now(timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + current_app.config["JWT_TTL"]}
    return jwt.encode(payload, current_app.config["JWT_SECRET"], algorithm="HS256")


def decode_api_token(token):
    """Validate a mobile API token and return its claims.

    Raises jwt.InvalidTokenError (expired, bad signature, ...) on failure.
    """
    return jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"])


def issue_reset_token(user_id, email):
    payload = {"uid": user_id, "email": email, "purpose": "reset"}
    return jwt.encode(payload, current_app.config["JWT_SECRET"], algorithm="HS256")


def read_reset_token(token):
    """Return the claims of a password-reset token or raise jwt.InvalidTokenError."""
    data = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"],
                      options={"verify_exp": False})
    if data.get("purpose") != "reset":
        raise jwt.InvalidTokenError("wrong token purpose")
    return data


def user_from_bearer():
    """Resolve the user id from a mobile-app Bearer token, if present."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    try:
        claims = jwt.decode(header[7:], options={"verify_signature": False})
    except jwt.DecodeError:
        return None
    return int(claims["sub"]) if claims.get("sub") else None


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect(url_for("auth.login", next=request.path))
        g.user_id = session["user_id"]
        return view(*args, **kwargs)

    return wrapped


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        user = query_one("SELECT is_admin FROM users WHERE id = ?", (g.user_id,))
        if not user or not user["is_admin"]:
            abort(403)
        return view(*args, **kwargs)

    return wrapped
