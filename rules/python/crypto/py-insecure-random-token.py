import random
import secrets
import string
from random import choices, randint

import numpy as np

QUOTES = ["Breathe.", "One day at a time.", "You are doing great."]


def create_reset_token(user):
    # ruleid: py-insecure-random-token
    token = "".join(random.choices(string.ascii_letters + string.digits, k=32))
    user.reset_token = token
    # ruleid: py-insecure-random-token
    user.verification_code = str(randint(100000, 999999))
    return token


def generate_password(length=12):
    alphabet = string.ascii_letters + string.digits + "!@#$%"
    # ruleid: py-insecure-random-token
    return "".join(random.choice(alphabet) for _ in range(length))


def make_api_key():
    # ruleid: py-insecure-random-token
    return "%032x" % random.getrandbits(128)


def send_otp(sms, phone):
    # ruleid: py-insecure-random-token
    sms.send(phone, otp=random.randrange(1000, 9999))
    # ruleid: py-insecure-random-token
    return {"session_id": np.random.randint(0, 2**31)}


def invite(user):
    # ruleid: py-insecure-random-token
    invite_code = "".join(choices(string.ascii_uppercase, k=8))
    return invite_code


def daily_quote():
    # ok: py-insecure-random-token
    return random.choice(QUOTES)


def shuffle_entries(entries):
    # ok: py-insecure-random-token
    random.shuffle(entries)
    # ok: py-insecure-random-token
    delay = random.uniform(0.1, 0.5)
    # ok: py-insecure-random-token
    color = random.choice(["#f00", "#0f0"])
    return entries, delay, color


def safe_tokens():
    # ok: py-insecure-random-token
    token = secrets.token_urlsafe(32)
    # ok: py-insecure-random-token
    otp = f"{secrets.randbelow(10**6):06d}"
    # ok: py-insecure-random-token
    password = "".join(secrets.choice(string.ascii_letters) for _ in range(16))
    # ok: py-insecure-random-token
    salt = random.SystemRandom().getrandbits(64)
    # ok: py-insecure-random-token
    token_length = random.randint(8, 12)
    return token, otp, password, salt, token_length


def secrets_imported():
    from secrets import choice
    # ok: py-insecure-random-token
    api_key = "".join(choice(string.ascii_letters) for _ in range(40))
    return api_key
