import jwt
from jose import jwt as jose_jwt
from jwt import decode


def current_user_id(token):
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def legacy(token, secret):
    # ruleid: py-jwt-verification-disabled
    data = jwt.decode(token, secret, verify=False)
    # ruleid: py-jwt-verification-disabled
    other = jwt.decode(token, secret, False)
    # ruleid: py-jwt-verification-disabled
    third = decode(token, verify=False)
    return data, other, third


def never_expires(token, secret):
    opts = {
        "verify_aud": False,
        # ruleid: py-jwt-verification-disabled
        "verify_exp": False,
    }
    return jwt.decode(token, secret, algorithms=["HS256"], options=opts)


def jose_decode(token, key):
    # ruleid: py-jwt-verification-disabled
    return jose_jwt.decode(token, key, algorithms=["RS256"], options={"verify_signature": False, "verify_aud": False})


def kwargs_dict(token, key):
    # ruleid: py-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=["HS256"], options=dict(verify_signature=False))


def safe(token, secret):
    # ok: py-jwt-verification-disabled
    a = jwt.decode(token, secret, algorithms=["HS256"])
    # ok: py-jwt-verification-disabled
    b = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_aud": False, "require": ["exp"]})
    # ok: py-jwt-verification-disabled
    c = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_signature": True})
    # ok: py-jwt-verification-disabled
    header = jwt.get_unverified_header(token)
    # ok: py-jwt-verification-disabled
    resp = requests.get(url, verify=False).json()
    return a, b, c, header, resp


def peek_unverified_claims(token):
    # ok: py-jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})["iss"]
