"""Thin blueprints: they read the request, call the service layer, and shape the answer."""
