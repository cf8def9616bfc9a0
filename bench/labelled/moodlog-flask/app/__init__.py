import logging
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from .config import Config

limiter = Limiter(key_func=get_remote_address, default_limits=["300 per hour"])


def create_app(config_class=Config):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(config_class)

    for key in ("UPLOAD_DIR", "THUMB_DIR", "EXPORT_DIR", "BACKUP_DIR"):
        os.makedirs(app.config[key], exist_ok=True)

    logging.basicConfig(level=logging.INFO)

    CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}}, supports_credentials=True)
    limiter.init_app(app)

    from . import db
    db.init_app(app)

    from .routes import admin, auth, entries, insights, media
    app.register_blueprint(auth.bp)
    app.register_blueprint(entries.bp)
    app.register_blueprint(media.bp)
    app.register_blueprint(insights.bp)
    app.register_blueprint(admin.bp)

    @app.errorhandler(500)
    def internal_error(err):
        app.logger.error("unhandled error: %s", err)
        return jsonify(error="Something went wrong, please try again."), 500

    return app
