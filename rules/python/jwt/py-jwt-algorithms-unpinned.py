import jwt
from jose import jwt as jose_jwt
from jwt import decode

ALGORITHMS = ["RS256"]


def get_claims(token, public_key):
    # ruleid: py-jwt-algorithms-unpinned
    return jwt.decode(token, public_key)


def jose_claims(token, key):
    # ruleid: py-jwt-algorithms-unpinned
    return jose_jwt.decode(token, key, audience="api://default")


def imported(token, key):
    # ruleid: py-jwt-algorithms-unpinned
    return decode(token, key)


def keyword_key(token, secret):
    # ruleid: py-jwt-algorithms-unpinned
    return jwt.decode(token, key=secret, options={"require": ["exp"]})


def allows_none(token, secret):
    # ruleid: py-jwt-algorithms-unpinned
    return jwt.decode(token, secret, algorithms=["HS256", "none"])


def header_chooses(token, keys):
    header = jwt.get_unverified_header(token)
    # ruleid: py-jwt-algorithms-unpinned
    return jwt.decode(token, keys[header["kid"]], algorithms=[header["alg"]])


def unsigned(payload):
    # ruleid: py-jwt-algorithms-unpinned
    return jwt.encode(payload, None, algorithm="none")


def safe(token, secret, public_key, **kwargs):
    # ok: py-jwt-algorithms-unpinned
    a = jwt.decode(token, secret, algorithms=["HS256"])
    # ok: py-jwt-algorithms-unpinned
    b = jose_jwt.decode(token, public_key, algorithms=ALGORITHMS, audience="api")
    # ok: py-jwt-algorithms-unpinned
    c = jwt.decode(token, secret, ["HS256"])
    # ok: py-jwt-algorithms-unpinned
    d = jwt.decode(token, secret, **kwargs)
    # ok: py-jwt-algorithms-unpinned
    e = base64.b64decode(token)
    # ok: py-jwt-algorithms-unpinned
    f = token.decode("utf-8")
    # ok: py-jwt-algorithms-unpinned
    g = jwt.decode(token, options={"verify_signature": False})
    # ok: py-jwt-algorithms-unpinned
    h = jwt.encode({"sub": "1"}, secret, algorithm="HS256")
    return a, b, c, d, e, f, g, h
