import hashlib
from hashlib import sha256

from werkzeug.security import check_password_hash, generate_password_hash


def register(db, username, password):
    # ruleid: py-weak-password-hash
    password_hash = hashlib.md5(password.encode()).hexdigest()
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash))


def change_password(user, form, salt):
    # ruleid: py-weak-password-hash
    user.password = hashlib.sha256((salt + form.new_password.data).encode("utf-8")).hexdigest()


def hash_password(raw: str) -> str:
    # ruleid: py-weak-password-hash
    return hashlib.sha1(raw.encode()).hexdigest()


def login(user, pwd):
    h = hashlib.sha512()
    # ruleid: py-weak-password-hash
    h.update(pwd.encode())
    # ruleid: py-weak-password-hash
    legacy = sha256(pwd.encode()).hexdigest()
    # ruleid: py-weak-password-hash
    other = hashlib.new("md5", pwd.encode()).hexdigest()
    return h.hexdigest() == user.password_hash or legacy == other


def etag_for(body: bytes) -> str:
    # ok: py-weak-password-hash
    return hashlib.md5(body).hexdigest()


def cache_key(user_id, query):
    # ok: py-weak-password-hash
    return hashlib.sha1(f"{user_id}:{query}".encode()).hexdigest()


def gravatar(email):
    # ok: py-weak-password-hash
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.lower().encode()).hexdigest()


def store_reset_token(token):
    # ok: py-weak-password-hash
    return hashlib.sha256(token.encode()).hexdigest()


def safe_register(password):
    # ok: py-weak-password-hash
    password_hash = generate_password_hash(password)
    # ok: py-weak-password-hash
    derived = hashlib.pbkdf2_hmac("sha256", password.encode(), b"salt", 600_000)
    return password_hash, derived


def signup(db, form):
    raw = form["credential"]
    # ruleid: py-weak-password-hash
    hashed_password = hashlib.sha256(raw.encode()).hexdigest()
    db.save(form["email"], hashed_password)
