import jwt
from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, render_template_string, request, session, url_for

from .. import limiter
from ..db import get_db, query_one
from ..security import (
    decode_api_token,
    hash_password,
    issue_api_token,
    issue_reset_token,
    read_reset_token,
    verify_password,
)

bp = Blueprint("auth", __name__)

WELCOME_TEMPLATE = "<h2>Welcome back, {{ name }}!</h2><p>How are you feeling today?</p>"


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit("5 per hour", methods=["POST"])
def register():
    if request.method == "POST":
        email = request.form["email"].strip().lower()
        name = request.form.get("display_name", "").strip()
        password = request.form["password"]
        if len(password) < 10:
            flash("Password must be at least 10 characters.")
            return render_template("base.html"), 400
        db = get_db()
        db.execute(
            "INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, ?)",
            (email, name, hash_password(password)),
        )
        db.commit()
        return redirect(url_for("auth.login"))
    return render_template("base.html")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        email = request.form["email"].strip().lower()
        user = query_one("SELECT * FROM users WHERE email = ?", (email,))
        if user is None or not verify_password(user, request.form["password"]):
            flash("Invalid email or password.")
            return render_template("base.html"), 401
        session.clear()
        session["user_id"] = user["id"]
        return redirect(url_for("entries.list_entries"))
    return render_template("base.html")


@bp.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    return render_template_string(WELCOME_TEMPLATE, name=name)


@bp.route("/welcome")
def welcome():
    name = request.args.get("name", "friend")
    return render_template_string("<h2>Welcome to MoodLog, " + name + "!</h2><p>Let's get started.</p>")


@bp.route("/api/token", methods=["POST"])
@limiter.limit("10 per minute")
def api_token():
    body = request.get_json(force=True)
    user = query_one("SELECT * FROM users WHERE email = ?", (body.get("email", ""),))
    if user is None or not verify_password(user, body.get("password", "")):
        return jsonify(error="invalid credentials"), 401
    return jsonify(token=issue_api_token(user["id"]))


@bp.route("/api/token/refresh", methods=["POST"])
def refresh_token():
    try:
        claims = decode_api_token(request.headers.get("Authorization", "")[7:])
    except jwt.InvalidTokenError:
        return jsonify(error="invalid token"), 401
    return jsonify(token=issue_api_token(claims["sub"]))


@bp.route("/forgot-password", methods=["POST"])
@limiter.limit("3 per hour")
def forgot_password():
    email = request.form["email"].strip().lower()
    user = query_one("SELECT id, email FROM users WHERE email = ?", (email,))
    if user:
        token = issue_reset_token(user["id"], user["email"])
        link = url_for("auth.reset_password", token=token, _external=True)
        current_app.logger.info("password reset requested for user %s", user["id"])
        # TODO: send via mailgun once the template is approved
        current_app.extensions.setdefault("outbox", []).append((user["email"], link))
    flash("If that address exists, we sent a reset link.")
    return redirect(url_for("auth.login"))


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@limiter.limit("10 per hour", methods=["POST"])
def reset_password(token):
    try:
        data = read_reset_token(token)
    except jwt.InvalidTokenError:
        flash("That reset link is invalid.")
        return redirect(url_for("auth.login"))
    if request.method == "POST":
        db = get_db()
        db.execute("UPDATE users SET password_hash = ? WHERE id = ?", (hash_password(request.form["password"]), data["uid"]))
        db.commit()
        return redirect(url_for("auth.login"))
    return render_template("base.html")


@bp.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
