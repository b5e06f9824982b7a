"""The practice registry's HTTP API (distribution v2), for the reaper: which repositories sit in
users' namespaces, and untagging them once their user is gone. The blobs they leave are freed by
the registry's own ``garbage-collect``, which ``scripts/engine up`` runs before it starts it."""
from __future__ import annotations

import requests

from .images import REGISTRY

# Every manifest kind a push from the engine can store: the digest to delete is the one the
# registry answers for the kind it has.
MANIFESTS = ", ".join([
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
])


class Registry:
    def __init__(self, address: str = REGISTRY, timeout: float = 10.0):
        self.base = f"http://{address}/v2"
        self.timeout = timeout
        self.http = requests.Session()

    def repositories(self) -> list[str]:
        repos, url = [], f"{self.base}/_catalog?n=1000"
        while url:
            response = self._get(url)
            repos += response.json().get("repositories") or []
            url = response.links.get("next", {}).get("url")
            url = url and self.base.removesuffix("/v2") + url
        return repos

    def tags(self, repo: str) -> list[str]:
        response = self.http.get(f"{self.base}/{repo}/tags/list", timeout=self.timeout)
        if response.status_code == 404:
            return []
        response.raise_for_status()
        return response.json().get("tags") or []

    def untag_all(self, repo: str) -> list[str]:
        """Delete every manifest of ``repo``; returns the ``repo:tag`` names that went."""
        gone = []
        for tag in self.tags(repo):
            head = self.http.head(f"{self.base}/{repo}/manifests/{tag}", timeout=self.timeout,
                                  headers={"Accept": MANIFESTS})
            digest = head.headers.get("Docker-Content-Digest")
            if head.ok and digest:
                deleted = self.http.delete(f"{self.base}/{repo}/manifests/{digest}",
                                           timeout=self.timeout)
                if deleted.status_code in (202, 404):
                    gone.append(f"{repo}:{tag}")
        return gone

    def _get(self, url: str) -> requests.Response:
        response = self.http.get(url, timeout=self.timeout)
        response.raise_for_status()
        return response
