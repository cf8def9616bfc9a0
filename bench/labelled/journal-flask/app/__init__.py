from flask import Flask, jsonify
from flask_cors import CORS

from .config import Config
from .db import close_db


def create_app():
    app = Flask(__name__)
    app.config.from_object(Config)

    CORS(app, origins="*", supports_credentials=True)

    from . import admin, auth, entries, insights, media

    app.register_blueprint(auth.bp)
    app.register_blueprint(entries.bp)
    app.register_blueprint(insights.bp)
    app.register_blueprint(media.bp)
    app.register_blueprint(admin.bp)
    app.teardown_appcontext(close_db)

    @app.errorhandler(404)
    def not_found(_e):
        return jsonify(error="not found"), 404

    @app.errorhandler(Exception)
    def unhandled(e):
        app.logger.exception("unhandled error")
        return jsonify(error="internal error"), 500

    return app
