import bcrypt
from bcrypt import gensalt
from flask import Flask
from flask_bcrypt import Bcrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt

SALT_ROUNDS = 6
app = Flask(__name__)
# ruleid: py-bcrypt-low-cost
app.config["BCRYPT_LOG_ROUNDS"] = 4
flask_bcrypt = Bcrypt(app)

# ruleid: py-bcrypt-low-cost
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=8)


def hash_pw(password: str) -> bytes:
    # ruleid: py-bcrypt-low-cost
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(SALT_ROUNDS))


def hash_pw_kw(password: str) -> bytes:
    # ruleid: py-bcrypt-low-cost
    return bcrypt.hashpw(password.encode(), gensalt(rounds=5))


def passlib_hash(password):
    # ruleid: py-bcrypt-low-cost
    return passlib_bcrypt.using(rounds=7).hash(password)


def flask_hash(password):
    # ruleid: py-bcrypt-low-cost
    return flask_bcrypt.generate_password_hash(password, 8).decode()


def safe(password):
    # ok: py-bcrypt-low-cost
    a = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # ok: py-bcrypt-low-cost
    b = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    # ok: py-bcrypt-low-cost
    c = passlib_bcrypt.using(rounds=13).hash(password)
    # ok: py-bcrypt-low-cost
    d = flask_bcrypt.generate_password_hash(password, 12)
    # ok: py-bcrypt-low-cost
    e = CryptContext(schemes=["bcrypt"], bcrypt__rounds=12)
    # ok: py-bcrypt-low-cost
    f = hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 5)
    return a, b, c, d, e, f
