import os
from datetime import datetime, timedelta, timezone

import jwt
from flask import Flask, current_app
from jose import jwt as jose_jwt
from jwt import decode as jwt_decode

# Keys kept in constants are reported once, where they are written, not at each call.
# ruleid: py-jwt-hardcoded-secret
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
# ruleid: py-jwt-hardcoded-secret
FALLBACK_SECRET = os.environ.get("JWT_SECRET", "dev-secret-change-me")
# ruleid: py-jwt-hardcoded-secret
OR_SECRET = os.getenv("JWT_SECRET") or "local-dev-secret"
REAL_SECRET = os.environ["JWT_SECRET"]
PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
-----END PUBLIC KEY-----"""

app = Flask(__name__)
app.config["SECRET_KEY"] = "flask-session-secret"
# ruleid: py-jwt-hardcoded-secret
app.config["JWT_SECRET_KEY"] = "super-secret"


def create_access_token(data: dict) -> str:
    to_encode = data.copy()
    to_encode["exp"] = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)


def verify(token: str):
    # ruleid: py-jwt-hardcoded-secret
    return jwt.decode(token, "my-secret", algorithms=["HS256"])


def with_fallbacks(payload, token):
    a = jwt.encode(payload, FALLBACK_SECRET, algorithm="HS256")
    b = jwt.encode(payload, OR_SECRET, algorithm="HS256")
    # ruleid: py-jwt-hardcoded-secret
    c = jwt.decode(token, os.environ.get("JWT_SECRET", "changeme"), algorithms=["HS256"])
    # ruleid: py-jwt-hardcoded-secret
    d = jose_jwt.encode(payload, key="jose-secret", algorithm="HS256")
    # ruleid: py-jwt-hardcoded-secret
    e = jwt_decode(token, "imported-secret", algorithms=["HS256"])
    return a, b, c, d, e


def session_token(user_id):
    # ruleid: py-jwt-hardcoded-secret
    return jwt.encode({"sub": user_id}, app.config["SECRET_KEY"], algorithm="HS256")


class Config:
    # ruleid: py-jwt-hardcoded-secret
    JWT_SECRET_KEY = "config-class-secret"


def safe(payload, token):
    # ok: py-jwt-hardcoded-secret
    a = jwt.encode(payload, REAL_SECRET, algorithm="HS256")
    # ok: py-jwt-hardcoded-secret
    b = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    # ok: py-jwt-hardcoded-secret
    c = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])
    # ok: py-jwt-hardcoded-secret
    d = jwt.encode(payload, current_app.config["JWT_SECRET"], algorithm="HS256")
    # ok: py-jwt-hardcoded-secret
    e = jwt.decode(token, os.getenv("JWT_SECRET"), algorithms=["HS256"])
    # ok: py-jwt-hardcoded-secret
    f = jwt.decode(token, options={"verify_signature": False})
    key = load_key_from_vault()
    # ok: py-jwt-hardcoded-secret
    g = jwt.encode(payload, key, algorithm="HS256")
    return a, b, c, d, e, f, g


# ok: py-jwt-hardcoded-secret
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]


class AuthSettings:
    jwt_secret: str = "settings-default-secret"


auth_settings = AuthSettings()


def from_settings_object(payload):
    # todoruleid: py-jwt-hardcoded-secret
    return jwt.encode(payload, auth_settings.jwt_secret, algorithm="HS256")
