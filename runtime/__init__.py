"""Gorae's runtime: what may run in the sandbox, and running it on a Docker engine.

The pure modules (spec, policy, values, plan, output) import nothing from docker; only
``runtime.executor`` talks to the engine. Nothing here knows about flask or the web app.
"""
