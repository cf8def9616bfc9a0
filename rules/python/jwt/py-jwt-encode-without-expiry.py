import os

import jwt
from jose import jwt as jose_jwt
from jwt import encode

SECRET = os.environ["JWT_SECRET"]


def login_token(user):
    # ruleid: py-jwt-encode-without-expiry
    return jwt.encode({"sub": str(user.id), "role": user.role}, SECRET, algorithm="HS256")


def refresh_token(user_id):
    claims = {"sub": user_id, "type": "refresh"}
    # ruleid: py-jwt-encode-without-expiry
    return jwt.encode(claims, SECRET, algorithm="HS256")


def jose_token(email):
    # ruleid: py-jwt-encode-without-expiry
    return jose_jwt.encode(dict(email=email, scope="api"), SECRET, algorithm="HS256")


def imported(user_id):
    # ruleid: py-jwt-encode-without-expiry
    return encode({"user_id": user_id}, SECRET, algorithm="HS256")


def safe_tokens(user, data):
    # ok: py-jwt-encode-without-expiry
    a = jwt.encode(data, SECRET, algorithm="HS256")
    # ok: py-jwt-encode-without-expiry
    b = jwt.encode({**data, "iat": 1}, SECRET, algorithm="HS256")
    # ok: py-jwt-encode-without-expiry
    c = json.dumps({"sub": user.id})
    # ok: py-jwt-encode-without-expiry
    d = "abc".encode("utf-8")
    return a, b, c, d


def session_token(user_id, ttl):
    payload = {"sub": user_id}
    payload["exp"] = datetime.datetime.now(datetime.timezone.utc) + ttl
    # ok: py-jwt-encode-without-expiry
    return jwt.encode(payload, SECRET, algorithm="HS256")


def updated_token(user_id, expires_at):
    claims = {"sub": user_id}
    claims.update(exp=expires_at)
    # ok: py-jwt-encode-without-expiry
    return jwt.encode(claims, SECRET, algorithm="HS256")


def password_reset_token(user_id):
    # The exp set in session_token above does not make this token expire.
    # ruleid: py-jwt-encode-without-expiry
    return jwt.encode({"sub": user_id, "purpose": "reset"}, SECRET, algorithm="HS256")
