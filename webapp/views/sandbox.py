"""The browser's way into a user's own containers: an HTTP proxy to a container's port.

``docker run -d -p 8080:80 nginx`` gives its owner ``/sandbox/p/<name>/80/``. User networks
are internal (no published ports reach the host), so the app talks to the container's address
on the user's network. The page is served with a CSP ``sandbox`` so that whatever the
container serves runs in an opaque origin, never with Gorae's cookies.
"""
from __future__ import annotations

import requests
from flask import Blueprint, Response, request, stream_with_context

from runtime.errors import SandboxError

from .. import service
from ..errors import GoraeError
from ..identity import current_user

bp = Blueprint("sandbox", __name__, url_prefix="/sandbox")
_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
        "transfer-encoding", "upgrade", "content-length", "set-cookie",
        "content-security-policy", "x-frame-options"}
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]


@bp.route("/p/<name>/<int:port>/", defaults={"path": ""}, methods=_METHODS)
@bp.route("/p/<name>/<int:port>/<path:path>", methods=_METHODS)
def proxy(name: str, port: int, path: str):
    try:
        host, port = service.endpoint(current_user(), name, port)
    except SandboxError as e:
        raise GoraeError(404, "no-such-container", e.message) from e
    try:
        upstream = requests.request(
            request.method, f"http://{host}:{port}/{path}", params=request.args,
            data=request.get_data(), stream=True, timeout=10, allow_redirects=False,
            headers={k: v for k, v in request.headers if k.lower() not in _HOP | {"host", "cookie"}})
    except requests.RequestException as e:
        raise GoraeError(502, "container-not-answering",
                         f"Container {name} does not answer on port {port}.",
                         hint="Is the server inside it listening on that port? Try docker logs.") from e
    headers = [(k, v) for k, v in upstream.raw.headers.items() if k.lower() not in _HOP]
    response = Response(stream_with_context(upstream.raw.stream(64 * 1024, decode_content=False)),
                        status=upstream.status_code, headers=headers)
    response.headers["Content-Security-Policy"] = "sandbox allow-scripts allow-forms"
    return response
