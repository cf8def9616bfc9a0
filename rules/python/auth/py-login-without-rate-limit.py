from fastapi import APIRouter
from flask import Blueprint, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

bp = Blueprint("auth", __name__)
router = APIRouter()
limiter = Limiter(key_func=get_remote_address, default_limits=["300 per hour"])


@bp.post("/login")
# ruleid: py-login-without-rate-limit
def login():
    return check_credentials(request.form["email"], request.form["password"])


@bp.route("/auth/forgot-password", methods=["GET", "POST"])
# ruleid: py-login-without-rate-limit
def forgot_password():
    send_reset_mail(request.form["email"])
    return "", 204


@router.post("/token")
# ruleid: py-login-without-rate-limit
async def token(form: OAuth2PasswordRequestForm = Depends()):
    return await grant(form.username, form.password)


@bp.post("/signin")
@limiter.limit("5 per minute")
# ok: py-login-without-rate-limit
def signin():
    return check_credentials(request.form["email"], request.form["password"])


@router.post("/verify-otp")
@limiter.limit("5/minute")
# ok: py-login-without-rate-limit
async def verify_otp(body: OtpBody):
    return await check_code(body.code)


@bp.post("/api/otp")
# ok: py-login-without-rate-limit
def send_otp():
    if not limiter.limiter.hit(otp_limit, request.remote_addr):
        return "", 429
    return send_code(request.form["phone"])


@bp.post("/register")
# ok: py-login-without-rate-limit
def register():
    return create_user(request.form)


@bp.route("/login", methods=["GET"])
# ok: py-login-without-rate-limit
def login_page():
    return render_template("login.html")


@bp.post("/api/token/refresh")
# ok: py-login-without-rate-limit
def refresh():
    return rotate(request.json["refresh_token"])
