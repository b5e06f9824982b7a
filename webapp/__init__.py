"""Gorae's web app: ``create_app()`` is the factory gunicorn and the tests call."""
from __future__ import annotations

import os

from flask import Flask

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def create_app(test_config: dict | None = None) -> Flask:
    from . import config, errors, identity, ratelimit, security, textsafe
    from .history import store
    from .views import agent, api, embed, history as history_pages, pages, sandbox, terminal, ui

    app = Flask(__name__, template_folder=os.path.join(ROOT, "templates"),
                static_folder=os.path.join(ROOT, "static"))
    app.jinja_options = {**app.jinja_options, "finalize": textsafe.for_html}
    config.load(app, test_config)
    errors.init_app(app)
    store.init_app(app)
    identity.init_app(app)
    security.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(sandbox.bp)
    terminal.init_app(app)
    app.register_blueprint(ui.bp)
    app.register_blueprint(embed.bp)
    app.register_blueprint(history_pages.bp)
    agent.init_app(app)
    ratelimit.init_app(app)
    return app
