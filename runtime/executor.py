"""The executor: the only code that calls the engine. It carries out a :class:`~runtime.plan.Plan`.

It is handed its engine client (a ``docker.DockerClient``), never a global, so that sandboxes
can later spread over several engines. Every object it touches is looked up among the plan's
owner's objects only; anything else is answered exactly as docker answers a missing object.
SDK exceptions are translated once, in :func:`_engine_errors`.
"""
from __future__ import annotations

import contextlib
import fnmatch
import io
import json
import random
import socket
import tarfile
import threading
import time
from dataclasses import dataclass, field

import docker
import docker.errors
import requests
from docker.models.containers import _create_container_args

from . import cgroups
from . import images as images_
from . import output
from .errors import DaemonError, EngineUnavailable, NotFound, QuotaExceeded, SandboxError
from .plan import (NAME_LABEL, Plan, engine_name, owner_labels, user_name, user_network)
from .policy import OWNER_LABEL, Limits
from .registry import Registry
from .spec import Owner

_MIRROR = "127.0.0.1:5000/library/"   # the demo images' copies in the local registry
_ADJECTIVES = "brave calm eager gentle happy jolly keen lucky merry proud quiet swift witty".split()
_NOUNS = "whale otter heron lynx panda koala gecko bison crane falcon orca puffin".split()


@dataclass
class Result:
    exit_code: int = 0
    output: str = ""
    data: dict = field(default_factory=dict)   # structured extras: ids, links, truncation


@contextlib.contextmanager
def _engine_errors():
    """Translate docker SDK and transport exceptions into the runtime's errors, once."""
    try:
        yield
    except SandboxError:
        raise
    except docker.errors.NotFound as e:
        raise NotFound(f"Error response from daemon: {_explain(e)}", exit_code=1) from e
    except docker.errors.APIError as e:
        if e.status_code and e.status_code >= 500 and _is_unreachable(e):
            raise EngineUnavailable("The Docker engine is not answering.") from e
        raise DaemonError(f"Error response from daemon: {_explain(e)}", exit_code=125) from e
    except (requests.exceptions.ConnectionError, docker.errors.DockerException) as e:
        raise EngineUnavailable(
            "The Docker engine cannot be reached. It may be restarting; try again in a moment.",
        ) from e


def _explain(e: docker.errors.APIError) -> str:
    return str(e.explanation or e).strip()


def _is_unreachable(e) -> bool:
    return "connection refused" in str(e).lower()


class Executor:
    def __init__(self, client: docker.DockerClient, limits: Limits | None = None,
                 registry: Registry | None = None):
        self.client = client
        self.limits = limits or Limits()
        self.registry = registry      # the practice registry, for the reaper (default: ours)

    # -- entry points ---------------------------------------------------------------------
    def execute(self, plan: Plan) -> Result:
        method = getattr(self, "_op_" + plan.op)
        with _engine_errors():
            return method(plan.owner, **plan.params)

    def version(self) -> dict:
        with _engine_errors():
            info = self.client.version()
        return {"version": info.get("Version"), "api": info.get("ApiVersion")}

    def context(self, owner: Owner) -> dict:
        """The owner's containers and images, for resolving names in a request."""
        with _engine_errors():
            owned = sorted(self._owned(owner), key=lambda c: c.attrs["Created"])
            visible = self._visible_images(owner)
        return {"containers": [{"name": user_name(owner, c.name), "image": c.attrs["Config"]["Image"],
                                "status": c.status, "created": n} for n, c in enumerate(owned, 1)],
                "images": sorted({name for name, _, _ in visible})}

    # -- lookups, scoped to the owner -----------------------------------------------------
    def _owned(self, owner: Owner, all_: bool = True, filters: dict | None = None) -> list:
        filters = dict(filters or {})
        # the owner's label is always one of the label filters (the engine ANDs them)
        wanted = {**filters, "label": [f"{OWNER_LABEL}={owner.id}", *filters.get("label", [])]}
        return self.client.containers.list(all=all_, filters=wanted, ignore_removed=True)

    def _summaries(self, owner: Owner) -> dict[str, str]:
        """The owner's containers as {id: user-visible name}: one list call, no inspects."""
        listed = self.client.api.containers(all=True, filters={"label": f"{OWNER_LABEL}={owner.id}"})
        return {c["Id"]: user_name(owner, c["Names"][0]) for c in listed}

    def _container(self, owner: Owner, ref: str):
        """A container of ``owner`` by user-visible name or ID prefix, as docker resolves them."""
        owned = self._summaries(owner)
        exact = [i for i, name in owned.items() if name == ref or i == ref]
        matches = exact or [i for i in owned if ref and i.startswith(ref.lower())]
        if len(matches) == 1:
            return self.client.containers.get(matches[0])
        if len(matches) > 1:
            raise DaemonError(f"Error response from daemon: multiple IDs found with provided "
                              f"prefix: {ref}", exit_code=1)
        raise NotFound(f"Error response from daemon: No such container: {ref}", exit_code=1)

    def _each(self, owner: Owner, refs: list[str], action) -> Result:
        """Apply ``action`` to each of the user's containers named in ``refs``."""
        return _each_ref(refs, lambda ref: action(self._container(owner, ref)))

    # -- containers -----------------------------------------------------------------------
    def _op_create(self, owner: Owner, name, create, publish, publish_all, network, aliases, pull,
                   volumes, shown_image, start: bool = False, **_):
        owned = self._summaries(owner)
        self._check_quota(owner, "containers", len(owned))
        name = name or _fresh_name(set(owned.values()))
        self._check_name_free(owned, name)
        if pull == "always" or publish_all:
            self._ensure_image(create["image"], pull, shown_image)
        self._ensure_volumes(owner, volumes)
        lazy = start and network == user_network(owner)   # the hot path: see _start
        net = network if lazy else self._ensure_network(owner, network)
        ports = dict(create.pop("ports", {}) or {})
        for spec in publish + (self._exposed(create["image"], ports) if publish_all else []):
            ports.update(self._bind(spec))
        create = {**create, "labels": {**create["labels"], NAME_LABEL: name}}
        kwargs = {"name": engine_name(owner, name), "network": net, "ports": ports or None}
        if net != "none":   # the user's name for it resolves on the user's networks, as in docker
            kwargs["networking_config"] = {
                net: self.client.api.create_endpoint_config(aliases=[name, *aliases])}
        container = self._create_optimistic({**create, **kwargs}, pull, shown_image)
        links = [{"port": int(p.split("/")[0]), "url": f"/sandbox/p/{name}/{p.split('/')[0]}/"}
                 for p in sorted(ports) if p.endswith("/tcp")]
        return Result(0, container.id + "\n", {"id": container.id, "name": name,
                                               "container": container, "links": links})

    def _create_optimistic(self, kwargs: dict, pull: str, shown_image: str):
        """Create first and provide the image only when the engine says it is missing: one
        engine round trip fewer on every run."""
        try:
            return self._create_container(dict(kwargs))
        except docker.errors.ImageNotFound:
            self._ensure_image(kwargs["image"], pull, shown_image)
        return self._create_container(dict(kwargs))

    def _start(self, owner: Owner, container, network: str):
        """Start a container made by ``_op_create(..., start=True)``; the engine resolves the
        network only now, so a user's first run creates their default network here (any other
        network was checked before the container was created)."""
        try:
            container.start()
        except docker.errors.NotFound as e:
            if _explain(e) != f"network {network} not found":
                raise
            self._ensure_network(owner, network)
            container.start()

    def _create_container(self, kwargs: dict):
        """docker-py's ``containers.create``, plus the one create field its model layer lacks
        (``stop_timeout``); its own argument builder still rejects any leftover."""
        stop_timeout = kwargs.pop("stop_timeout", None)
        kwargs["version"] = self.client.api._version
        create = _create_container_args(kwargs)
        if stop_timeout is not None:
            create["stop_timeout"] = stop_timeout
        created = self.client.api.create_container(**create)["Id"]
        return self.client.containers.prepare_model({"Id": created, "State": {"Status": "created"}})

    def _exposed(self, image: str, ports: dict) -> list[dict]:
        """``-P``: every port the image or ``--expose`` declares, published from the pool."""
        declared = set(ports) | set(self.client.images.get(image).attrs["Config"].get("ExposedPorts") or {})
        specs = []
        for port in sorted(declared):
            number, _, proto = port.partition("/")
            specs.append({"container": (int(number), int(number)), "proto": proto or "tcp"})
        return specs

    def _op_run(self, owner: Owner, detach, remove, timeout, output_cap, stdin, **params):
        created = self._op_create(owner, start=True, **params)
        container = created.data.pop("container")
        self._start(owner, container, params["network"])
        if detach:
            return Result(0, container.id + "\n", created.data)
        return self._foreground(container, timeout, output_cap, remove, created.data)

    def _foreground(self, container, timeout, cap, remove, data, logs: bool = True,
                    wait: float | None = None) -> Result:
        """Wait for a started container (killing it after ``timeout``, or ``wait`` when the time
        has already been spent streaming), then report its exit code and, if ``logs``, output."""
        note = ""
        try:
            status = container.wait(timeout=wait or timeout)
            code = status.get("StatusCode", 0)
        except requests.exceptions.RequestException as e:
            if not _timed_out(e):
                raise
            container.kill()
            code = 137
            note = (f"\n[gorae] The container was stopped after {timeout:g} s: foreground "
                    f"commands have a time limit in the sandbox. Use -d for long-running ones.\n")
        if code == 137:          # killed: by us after the time limit, or by the OOM killer
            container.reload()
        if code == 137 and container.attrs["State"].get("OOMKilled"):
            mib = container.attrs["HostConfig"]["Memory"] // (1024 * 1024)
            note = f"\n[gorae] stopped: memory limit {mib} MiB reached (exit code 137).\n"
        text, truncated = _capped(container.logs(stdout=True, stderr=True), cap) if logs else ("", False)
        if remove:
            container.remove(force=True, v=True)
        return Result(code, text + note, {**data, "truncated": truncated})

    def _op_ps(self, owner: Owner, all, last, quiet, size, no_trunc, format, filters):
        engine_filters = {k: v for k, v in filters.items() if k in ("status", "exited", "ancestor",
                                                                   "label", "health")}
        found = self._owned(owner, all_=all, filters=engine_filters)
        names = filters.get("name")
        if names:
            found = [c for c in found if any(n in (user_name(owner, c.name) or "") for n in names)]
        found.sort(key=lambda c: c.attrs["Created"], reverse=True)
        if last:
            found = found[:last]
        rows = [self._ps_row(owner, c, no_trunc) for c in found]
        if quiet:
            return Result(0, "".join(r["ID"] + "\n" for r in rows))
        columns = [("CONTAINER ID", "ID"), ("IMAGE", "Image"), ("COMMAND", "Command"),
                   ("CREATED", "RunningFor"), ("STATUS", "Status"), ("PORTS", "Ports"),
                   ("NAMES", "Names")]
        if size:
            self._add_sizes(owner, rows)
            columns.append(("SIZE", "Size"))
        return Result(0, output.render_rows(rows, format, columns), {"rows": rows})

    def _add_sizes(self, owner: Owner, rows: list[dict]):
        """``ps -s``: the writable layer's size (and the image's, virtual), as docker shows them."""
        listed = self.client.api.containers(all=True, size=True,
                                            filters={"label": f"{OWNER_LABEL}={owner.id}"})
        sizes = {c["Id"][:12]: (c.get("SizeRw", 0), c.get("SizeRootFs", 0)) for c in listed}
        for row in rows:
            rw, root = sizes.get(row["ID"][:12], (0, 0))
            row["Size"] = f"{output.human_size(rw)} (virtual {output.human_size(root)})"

    def _ps_row(self, owner: Owner, c, no_trunc: bool) -> dict:
        attrs = c.attrs
        command = " ".join((attrs["Config"].get("Entrypoint") or []) + (attrs["Config"].get("Cmd") or []))
        command = json.dumps(command if no_trunc or len(command) <= 20 else command[:19] + "…",
                             ensure_ascii=False)
        created = output.parse_time(attrs["Created"])
        return {"ID": c.id if no_trunc else c.id[:12], "Image": attrs["Config"]["Image"],
                "Command": command, "CreatedAt": output.created_at(created),
                "RunningFor": output.human_duration(time.time() - created) + " ago",
                "Status": _status(attrs["State"]), "State": attrs["State"]["Status"],
                "Ports": _ports(attrs), "Names": user_name(owner, c.name) or c.name,
                "Labels": ",".join(f"{k}={v}" for k, v in (attrs["Config"].get("Labels") or {}).items()
                                   if not k.startswith("org.gorae."))}

    def _op_logs(self, owner: Owner, container, timestamps, follow, tail, output_cap, timeout,
                 since=None, until=None):
        target = self._container(owner, container)
        kwargs = {"stdout": True, "stderr": True, "timestamps": timestamps, "tail": tail}
        if since:
            kwargs["since"] = since
        if until:
            kwargs["until"] = until
        text, truncated = _capped(target.logs(**kwargs), output_cap)
        return Result(0, text, {"truncated": truncated})

    def stream(self, plan: Plan):
        """Carry out ``plan``, yielding output text as it comes; the last item is the Result.

        Only ``logs -f`` and foreground ``run`` really stream; other plans yield their Result."""
        params = plan.params
        if plan.op == "logs" and params["follow"]:
            with _engine_errors():
                target = self._container(plan.owner, params["container"])
            timed_out = yield from self._follow(target, params["timeout"], params["output_cap"],
                                                tail=params["tail"], timestamps=params["timestamps"])
            if timed_out:
                yield (f"\n[gorae] stopped following after {params['timeout']:g} s "
                       f"(sandbox time limit); the container keeps running.\n")
            yield Result(0, "")
        elif plan.op == "run" and not params["detach"]:
            with _engine_errors():
                created = self._op_create(plan.owner, start=True, **params)
                container = created.data.pop("container")
                self._start(plan.owner, container, params["network"])
            yield from self._follow(container, params["timeout"], params["output_cap"])
            with _engine_errors():
                yield self._foreground(container, params["timeout"], params["output_cap"],
                                       params["remove"], created.data, logs=False, wait=2)
        else:
            yield self.execute(plan)

    def _follow(self, container, timeout: float, cap: int, **kwargs):
        """Yield a container's output until it exits, ``timeout`` passes or ``cap`` is reached."""
        with _engine_errors():
            stream = container.logs(stdout=True, stderr=True, stream=True, follow=True, **kwargs)
        watchdog = threading.Timer(timeout, stream.close)
        watchdog.start()
        sent, started = 0, time.monotonic()
        try:
            for chunk in stream:
                sent += len(chunk)
                yield chunk.decode("utf-8", "replace")
                if sent > cap:
                    yield f"\n[gorae] output stopped at {cap // 1024} KiB (sandbox limit).\n"
                    break
        except (requests.exceptions.RequestException, OSError, AttributeError, ValueError):
            pass   # the watchdog closed the stream under us: the time limit passed
        finally:
            watchdog.cancel()
            stream.close()
        return time.monotonic() - started >= timeout

    def _op_exec(self, owner: Owner, container, cmd, user, workdir, environment, tty, stdin,
                 detach, privileged, timeout, output_cap):
        target = self._container(owner, container)
        if target.status != "running":
            raise DaemonError(f"Error response from daemon: container {target.id} is not running",
                              exit_code=1)
        api = self.client.api
        exec_id = api.exec_create(target.id, cmd, stdout=True, stderr=True, tty=tty, user=user,
                                  workdir=workdir, environment=environment,
                                  privileged=False)["Id"]
        if detach:
            api.exec_start(exec_id, detach=True)
            return Result(0, "")
        sock = api.exec_start(exec_id, socket=True, tty=tty)
        text, truncated, timed_out = _read_capped(sock, timeout, output_cap, tty)
        if timed_out:
            note = (f"\n[gorae] stopped waiting after {timeout:g} s: foreground commands have a "
                    f"time limit in the sandbox (the process may still run in the container).\n")
            return Result(124, text + note, {"truncated": truncated})
        code = api.exec_inspect(exec_id).get("ExitCode") or 0
        return Result(code, text, {"truncated": truncated})

    def _op_stop(self, owner: Owner, containers, timeout, signal):
        grace = 10 if timeout is None else timeout

        def stop(c):
            if not signal:
                return c.stop(timeout=grace)
            # Engines before API 1.42 take no stop signal: send it, wait, then kill, as dockerd does.
            if c.status == "running":
                c.kill(signal=signal)
                try:
                    c.wait(timeout=grace)
                except requests.exceptions.RequestException as e:
                    if not _timed_out(e):
                        raise
                    c.kill()
        return self._each(owner, containers, stop)

    def _op_restart(self, owner: Owner, containers, timeout, signal):
        return self._each(owner, containers,
                          lambda c: c.restart(timeout=10 if timeout is None else timeout))

    def _op_start(self, owner: Owner, containers, attach, interactive, timeout, output_cap):
        if attach and len(containers) == 1:
            target = self._container(owner, containers[0])
            target.start()
            return self._foreground(target, timeout, output_cap, False, {})
        return self._each(owner, containers, lambda c: c.start())

    def _op_rm(self, owner: Owner, containers, force, volumes):
        def remove(c):
            if c.status == "running" and not force:
                raise DaemonError(
                    f"Error response from daemon: cannot remove container \"/{user_name(owner, c.name)}\": "
                    f"container is running: stop the container before removing or force remove")
            # anonymous volumes have no owner label: never leave them behind (named ones stay)
            c.remove(force=force, v=True)
        return self._each(owner, containers, remove)

    def _op_inspect(self, owner: Owner, refs, type, format, size):
        found, errors = [], []
        for ref in refs:
            try:
                found.append(self._inspect_one(owner, ref, type))
            except NotFound as e:
                errors.append(e.message)
        return _inspected(found, errors, format)

    def _inspect_one(self, owner: Owner, ref: str, kind: str | None) -> dict:
        if kind in (None, "container"):
            try:
                c = self._container(owner, ref)
                attrs = dict(c.attrs)
                attrs["Name"] = "/" + (user_name(owner, c.name) or c.name)
                return attrs
            except NotFound:
                if kind == "container":
                    raise
        engine_ref = images_.engine_image(owner, ref, self.limits.images)
        if kind in (None, "image") and self._is_visible(owner, engine_ref):
            try:
                return self.client.images.get(engine_ref).attrs
            except docker.errors.ImageNotFound:
                pass
        raise NotFound(f"Error response from daemon: No such object: {ref}", exit_code=1)

    # -- images ---------------------------------------------------------------------------
    def _visible_images(self, owner: Owner) -> list[tuple[str, object, bool]]:
        """(name as the user sees it, image, whether the tag is the user's own) for the shared
        demo images and the user's own tags; nobody else's."""
        shown = []
        for image in self.client.images.list():
            for tag in image.tags:
                if (mine := images_.user_image(owner, tag)) is not None:
                    shown.append((mine, image, True))
                elif image.labels.get("org.gorae.demo") == "1" and not tag.startswith(_MIRROR) \
                        and "/" not in tag:
                    shown.append((tag, image, False))
        return shown

    def _is_visible(self, owner: Owner, engine_ref: str) -> bool:
        return images_.user_image(owner, engine_ref) is not None or \
            images_.is_demo(engine_ref, self.limits.images)

    def _own_tags(self, owner: Owner) -> list[str]:
        return [name for name, _, own in self._visible_images(owner) if own]

    def _op_images(self, owner: Owner, reference, all, quiet, format, no_trunc, digests):
        rows = []
        for tag, image, _ in self._visible_images(owner):
            repo, _, version = tag.rpartition(":")
            if reference and not fnmatch.fnmatch(repo, reference) and reference != tag:
                continue
            created = output.parse_time(image.attrs["Created"])
            rows.append({"Repository": repo, "Tag": version,
                         "ID": image.id if no_trunc else image.id.split(":")[1][:12],
                         "CreatedSince": output.human_duration(time.time() - created) + " ago",
                         "CreatedAt": output.created_at(created),
                         "Size": output.human_size(image.attrs["Size"])})
        rows.sort(key=lambda r: (r["Repository"], r["Tag"]))
        if quiet:
            return Result(0, "".join(dict.fromkeys(r["ID"] + "\n" for r in rows)))
        columns = [("REPOSITORY", "Repository"), ("TAG", "Tag"), ("IMAGE ID", "ID"),
                   ("CREATED", "CreatedSince"), ("SIZE", "Size")]
        return Result(0, output.render_rows(rows, format, columns), {"rows": rows})

    def _ensure_image(self, image: str, pull: str = "missing", shown: str | None = None):
        try:
            self.client.images.get(image)
            if pull != "always":
                return
        except docker.errors.ImageNotFound:
            if pull == "never":
                raise NotFound(f"Error response from daemon: No such image: {shown or image}",
                               exit_code=125)
        self._pull(image, shown or image)

    def _pull(self, reference: str, shown: str) -> str:
        """Pull a demo image (through the registry mirror) or one from the private registry."""
        allowed = list(self.limits.images)
        host, path, tag = images_.split(reference)
        if not (images_.is_demo(reference, self.limits.images) or host == images_.REGISTRY):
            raise NotFound(
                f"Unable to find image '{_with_tag(shown)}' locally\n"
                f"Error response from daemon: pull access denied for {shown.rsplit(':', 1)[0]}: "
                f"the practice sandbox offers these images: {', '.join(allowed)} (and the ones "
                f"you push to localhost:5000)", exit_code=125)
        repo = images_.join(host, path, "latest").rsplit(":", 1)[0]
        try:
            self.client.images.pull(repo, tag=tag)
        except docker.errors.NotFound as e:
            raise NotFound(f"Error response from daemon: manifest for {_with_tag(shown)} not found: "
                           f"manifest unknown", exit_code=1) from e
        return f"{tag}: Pulling from {shown.rsplit(':', 1)[0]}\nStatus: Image is up to date for {_with_tag(shown)}\n"

    def _op_pull(self, owner: Owner, reference, shown, quiet):
        if images_.is_private(shown):
            self._claim_image(owner, reference)
        text = self._pull(reference, shown)
        return Result(0, (_with_tag(shown) + "\n") if quiet else text + _with_tag(shown) + "\n")

    def _op_push(self, owner: Owner, reference, shown, quiet):
        host, path, tag = images_.split(reference)
        repo = images_.join(host, path, "latest").rsplit(":", 1)[0]
        try:
            self.client.images.get(reference)
        except docker.errors.ImageNotFound:
            raise NotFound(f"An image does not exist locally with the tag: {shown.rsplit(':', 1)[0]}",
                           exit_code=1) from None
        lines = [f"The push refers to repository [{shown.rsplit(':', 1)[0]}]"]
        for event in self.client.images.push(repo, tag=tag, stream=True, decode=True):
            if "error" in event:
                raise DaemonError(event["error"], exit_code=1)
            if event.get("status") in ("Pushed", "Layer already exists", "Mounted from"):
                lines.append(f"{event.get('id', '')}: {event['status']}")
            elif "Digest" in event.get("aux", {}):
                aux = event["aux"]
                lines.append(f"{aux['Tag']}: digest: {aux['Digest']} size: {aux['Size']}")
        return Result(0, "" if quiet else _join(lines))

    def _op_tag(self, owner: Owner, source, target, shown, quota):
        if not self._is_visible(owner, source):
            raise NotFound(f"Error response from daemon: No such image: {_with_tag(shown[0])}",
                           exit_code=1)
        self._claim_image(owner, target)
        host, path, tag = images_.split(target)
        try:
            self.client.images.get(source).tag(images_.join(host, path, "x")[:-2], tag=tag)
        except docker.errors.ImageNotFound:
            raise NotFound(f"Error response from daemon: No such image: {_with_tag(shown[0])}",
                           exit_code=1) from None
        return Result(0, "")

    def _claim_image(self, owner: Owner, engine_ref: str):
        """The image quota; and the user's network, which keeps their images from the reaper
        while it lives (images carry no expiry of their own: a tag has no labels)."""
        own = self._own_tags(owner)
        if images_.user_image(owner, engine_ref) not in own:
            self._check_quota(owner, "images", len(own))
        self._ensure_network(owner, user_network(owner))

    def _op_rmi(self, owner: Owner, images, force):
        return _each_ref(images, lambda image: self._remove_image(owner, *image, force),
                         done=lambda image: f"Untagged: {_with_tag(image[0])}")

    def _remove_image(self, owner: Owner, shown: str, engine_ref: str, force: bool):
        if images_.user_image(owner, engine_ref) is None:
            if self._is_visible(owner, engine_ref):
                raise DaemonError(f"Error response from daemon: {shown} is a shared sandbox image "
                                  f"and cannot be removed", exit_code=1)
            raise NotFound(f"Error response from daemon: No such image: {_with_tag(shown)}",
                           exit_code=1)
        try:
            self.client.images.remove(engine_ref, force=force)
        except docker.errors.ImageNotFound:
            raise NotFound(f"Error response from daemon: No such image: {_with_tag(shown)}",
                           exit_code=1) from None

    def _op_build(self, owner: Owner, tags, dockerfile, files, nocache, quiet, buildargs,
                  labels, target, memory, timeout, quota, demo):
        for _, engine_ref in tags:
            self._claim_image(owner, engine_ref)
        if dockerfile not in files:
            raise DaemonError(f"unable to prepare context: the Dockerfile ({dockerfile}) is not in "
                              f"the uploaded build context", exit_code=1)
        lines, image_id = [], None
        params = {"t": tags[0][1] if tags else None, "dockerfile": dockerfile, "target": target,
                  "nocache": nocache, "buildargs": json.dumps(buildargs or {}),
                  "labels": json.dumps(labels or {}), "networkmode": "none", "rm": True,
                  "forcerm": True, "pull": False, "memory": memory, "memswap": memory,
                  "cpuperiod": cgroups.PERIOD, "cpuquota": int(self.limits.cpus_max * cgroups.PERIOD),
                  "cgroupparent": self.limits.build_cgroup}
        for event in self._build_events(params, _tar(files), timeout):
            if "error" in event:
                return Result(1, _join(lines) + event["error"].strip() + "\n")
            if "stream" in event and not event["stream"].startswith("Successfully tagged"):
                lines.append(event["stream"].rstrip("\n"))   # (engine-side tag names stay hidden)
            image_id = event.get("aux", {}).get("ID", image_id)
        for shown, engine_ref in tags[1:]:
            host, path, tag = images_.split(engine_ref)
            self.client.images.get(tags[0][1]).tag(images_.join(host, path, "x")[:-2], tag=tag)
        for shown, _ in tags:
            lines.append(f"Successfully tagged {_with_tag(shown)}")
        text = (image_id or "") + "\n" if quiet else _join([l for l in lines if l])
        return Result(0, text)

    def _build_events(self, params: dict, context, timeout: float):
        """POST /build with the limits docker-py's build() has no parameter for (CPU quota,
        cgroup parent); the API has had them since 1.19."""
        api = self.client.api
        response = api._post(api._url("/build"), params=params, data=context, stream=True,
                             timeout=timeout, headers={"Content-Type": "application/tar"})
        return api._stream_helper(response, decode=True)

    # -- networks and volumes -------------------------------------------------------------
    def _ensure_network(self, owner: Owner, network: str) -> str:
        if network == "none":
            return network
        found = self.client.networks.list(names=[network],
                                          filters={"label": f"{OWNER_LABEL}={owner.id}"})
        if found:
            return network
        if network != user_network(owner):
            raise NotFound(f"Error response from daemon: network {user_name(owner, network)} not found")
        self.client.networks.create(network, driver="bridge",
                                    labels=owner_labels(owner, limits=self.limits),
                                    internal=not self.limits.egress.routed)
        return network

    def _ensure_volumes(self, owner: Owner, names: list[str]):
        for name in names:
            self._volume_create(owner, name, owner_labels(owner, limits=self.limits),
                                self.limits.quotas)

    def _volume_create(self, owner, name, labels, quotas):
        full = engine_name(owner, name)
        try:
            return self.client.volumes.get(full)
        except docker.errors.NotFound:
            pass
        owned = self.client.volumes.list(filters={"label": f"{OWNER_LABEL}={owner.id}"})
        self._check_quota(owner, "volumes", len(owned))
        return self.client.volumes.create(full, driver="local", labels=labels)

    def _op_volume_create(self, owner: Owner, name, labels, quotas):
        name = name or "".join(random.choice("0123456789abcdef") for _ in range(32))
        self._volume_create(owner, name, labels, quotas)
        return Result(0, name + "\n")

    def _op_volume_ls(self, owner: Owner, refs, quotas, quiet, format):
        owned = self.client.volumes.list(filters={"label": f"{OWNER_LABEL}={owner.id}"})
        rows = sorted(({"Driver": v.attrs["Driver"], "Name": user_name(owner, v.name)}
                       for v in owned), key=lambda r: r["Name"])
        if quiet:
            return Result(0, "".join(r["Name"] + "\n" for r in rows))
        return Result(0, output.render_rows(rows, format, [("DRIVER", "Driver"),
                                                          ("VOLUME NAME", "Name")]))

    def _owned_volume(self, owner: Owner, name: str):
        try:
            volume = self.client.volumes.get(engine_name(owner, name))
        except docker.errors.NotFound:
            volume = None
        if volume is None or volume.attrs.get("Labels", {}).get(OWNER_LABEL) != owner.id:
            raise NotFound(f"Error response from daemon: get {name}: no such volume", exit_code=1)
        return volume

    def _op_volume_inspect(self, owner: Owner, refs, quotas, format):
        found = [dict(self._owned_volume(owner, r).attrs, Name=r) for r in refs]
        return _inspected(found, [], format)

    def _op_volume_rm(self, owner: Owner, refs, quotas, force):
        return _each_ref(refs, lambda ref: self._owned_volume(owner, ref).remove(force=bool(force)))

    def _owned_network(self, owner: Owner, name: str):
        found = [n for n in self.client.networks.list(filters={"label": f"{OWNER_LABEL}={owner.id}"})
                 if user_name(owner, n.name) == name or n.id.startswith(name)]
        if not found:
            raise NotFound(f"Error response from daemon: network {name} not found", exit_code=1)
        return found[0]

    def _op_network_create(self, owner: Owner, name, internal, labels, quotas):
        owned = self.client.networks.list(filters={"label": f"{OWNER_LABEL}={owner.id}"})
        self._check_quota(owner, "networks", len([n for n in owned
                                                  if n.name != user_network(owner)]))
        if any(user_name(owner, n.name) == name for n in owned):
            raise DaemonError(f"Error response from daemon: network with name {name} already exists",
                              exit_code=1)
        network = self.client.networks.create(engine_name(owner, name), driver="bridge",
                                              internal=internal, labels=labels)
        return Result(0, network.id + "\n")

    def _op_network_ls(self, owner: Owner, refs, quotas, quiet, format, filter):
        owned = self.client.networks.list(filters={"label": f"{OWNER_LABEL}={owner.id}"})
        rows = sorted(({"ID": n.id[:12], "Name": user_name(owner, n.name),
                        "Driver": n.attrs["Driver"], "Scope": n.attrs["Scope"]} for n in owned),
                      key=lambda r: r["Name"])
        if quiet:
            return Result(0, "".join(r["ID"] + "\n" for r in rows))
        return Result(0, output.render_rows(rows, format, [("NETWORK ID", "ID"), ("NAME", "Name"),
                                                          ("DRIVER", "Driver"), ("SCOPE", "Scope")]))

    def _op_network_rm(self, owner: Owner, refs, quotas):
        return _each_ref(refs, lambda ref: self._remove_network(owner, ref))

    def _remove_network(self, owner: Owner, ref: str):
        if ref in ("bridge", "host", "none"):
            raise DaemonError(f"Error response from daemon: {ref} is a pre-defined network and "
                              f"cannot be removed")
        self._owned_network(owner, ref).remove()

    def _op_network_inspect(self, owner: Owner, refs, quotas, format):
        found = [dict(self._owned_network(owner, r).attrs, Name=r) for r in refs]
        return _inspected(found, [], format)

    def _op_network_connect(self, owner: Owner, refs, quotas):
        network, ref = refs
        container = self._container(owner, ref)
        self._owned_network(owner, network).connect(container,
                                                    aliases=[user_name(owner, container.name)])
        return Result(0, "")

    def _op_network_disconnect(self, owner: Owner, refs, quotas, force):
        network, container = refs
        self._owned_network(owner, network).disconnect(self._container(owner, container),
                                                       force=bool(force))
        return Result(0, "")

    def open_terminal(self, plan: Plan) -> "Terminal":
        """An interactive TTY: ``run -it`` (a new container), ``start -ai`` (a stopped one) or
        ``exec -it`` (a running one)."""
        params, api = plan.params, self.client.api
        with _engine_errors():
            if plan.op == "run":
                created = self._op_create(plan.owner, **params)
                return self._attached(created.data.pop("container"), params["remove"])
            if plan.op == "start":
                return self._attached(self._terminal_ready(plan.owner, params["containers"][0]),
                                      False)
            target = self._container(plan.owner, params["container"])
            if target.status != "running":
                raise DaemonError(f"Error response from daemon: container {target.id} is not "
                                  f"running", exit_code=1)
            exec_id = api.exec_create(target.id, params["cmd"], stdin=True, tty=True,
                                      user=params["user"], workdir=params["workdir"],
                                      environment=params["environment"])["Id"]
            sock = api.exec_start(exec_id, socket=True, tty=True)
            return Terminal(sock, lambda c, r: api.exec_resize(exec_id, height=r, width=c),
                            lambda: api.exec_inspect(exec_id).get("ExitCode") or 0)

    def _terminal_ready(self, owner: Owner, ref: str):
        container = self._container(owner, ref)
        config = container.attrs["Config"]
        if not (config.get("Tty") and config.get("OpenStdin")):
            shown = user_name(owner, container.name)
            raise DaemonError(f"{shown} was created without -i and -t, so it has no terminal to "
                              f"attach to: use docker start -a {shown} to see its output, or "
                              f"create it again with docker create -it …", exit_code=1)
        return container

    def _attached(self, container, remove: bool) -> "Terminal":
        """The container's own TTY, attached before it starts so nothing it prints is lost."""
        api = self.client.api
        sock = api.attach_socket(container.id, params={
            "stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
        if container.status != "running":
            container.start()
        return Terminal(sock, lambda c, r: api.resize(container.id, r, c),
                        lambda: self._finish_terminal(container, remove))

    def _finish_terminal(self, container, remove: bool) -> int:
        try:
            code = container.wait(timeout=5).get("StatusCode", 0)
        except requests.exceptions.RequestException:
            container.kill()
            code = 137
        if remove:
            container.remove(force=True, v=True)
        return code

    def endpoint(self, owner: Owner, name: str, port: int) -> tuple[str, int]:
        """Where the app reaches port ``port`` of ``owner``'s container ``name``: its address on
        the user's own network (nobody else's container is found)."""
        with _engine_errors():
            container = self._container(owner, name)
            if container.status != "running":
                raise DaemonError(f"container {name} is not running", exit_code=1)
            for network in container.attrs["NetworkSettings"]["Networks"].values():
                if network.get("IPAddress"):
                    return network["IPAddress"], port
        raise DaemonError(f"container {name} has no network address", exit_code=1)

    # -- sandbox housekeeping -------------------------------------------------------------
    def _check_quota(self, owner: Owner, kind: str, used: int):
        quota = self.limits.quotas[kind]
        if used >= quota:
            command = {"containers": "docker rm NAME (docker ps -a lists them)",
                       "volumes": "docker volume rm NAME", "networks": "docker network rm NAME",
                       "images": "docker rmi NAME"}[kind]
            raise QuotaExceeded(f"Quota reached: you have {used} {kind} and the sandbox allows "
                                f"{quota}. Free one with {command}.", exit_code=125)

    def _check_name_free(self, owned: dict[str, str], name: str):
        for container_id, existing in owned.items():
            if existing == name:
                raise DaemonError(
                    f"Error response from daemon: Conflict. The container name \"/{name}\" is "
                    f"already in use by container \"{container_id}\". You have to remove (or "
                    f"rename) that container to be able to reuse that name.")

    def _bind(self, spec: dict) -> dict:
        """Engine port bindings for one --publish: loopback only, host ports from the pool."""
        low, high = spec["container"]
        bindings = {}
        for number in range(low, high + 1):
            bindings[f"{number}/{spec['proto']}"] = ("127.0.0.1", self._free_port())
        return bindings

    def _free_port(self) -> int:
        used = set()
        for c in self.client.containers.list(all=True, filters={"label": OWNER_LABEL},
                                             ignore_removed=True):
            for binds in (c.attrs["HostConfig"].get("PortBindings") or {}).values():
                used.update(int(b["HostPort"]) for b in binds or [] if b.get("HostPort"))
        low, high = self.limits.port_pool
        free = [p for p in range(low, high + 1) if p not in used]
        if not free:
            raise QuotaExceeded("No free port in the sandbox's port pool; try again later.")
        return random.choice(free)

    def reap(self, now: float | None = None, owner_prefix: str = "") -> list[str]:
        """Remove every sandbox object whose TTL has passed (and orphans left by a crash), then
        the images of users who have nothing left; ``owner_prefix`` limits it to owners whose
        id starts with it. Objects still in use are left for the next sweep."""
        now = time.time() if now is None else now
        removed, seen, alive = [], set(), set()
        with _engine_errors():
            for kind, objects, remove in self._reapable():
                for obj in objects:
                    labels = _labels(obj)
                    owner = labels.get(OWNER_LABEL, "")
                    if not owner.startswith(owner_prefix):
                        continue
                    seen.add(owner)
                    if _expired(labels, now) and _removed(remove, obj):
                        removed.append(obj.name)
                    else:
                        alive.add(owner)
            gone, orphans = {Owner(o).key for o in seen - alive}, owner_prefix == ""
            alive_keys = {Owner(o).key for o in alive}

            def doomed(key: str | None) -> bool:
                """Users with nothing left, and with ``orphans`` any namespace whose user has
                nothing on the engine at all."""
                return bool(key) and (key in gone or (orphans and key not in alive_keys))
            removed += self._reap_images(doomed)
        return removed + self._reap_registry(doomed)

    def _reapable(self):
        label = {"label": OWNER_LABEL}
        yield ("container", self.client.containers.list(all=True, filters=label,
                                                        ignore_removed=True),
               lambda c: c.remove(force=True, v=True))
        yield "volume", self.client.volumes.list(filters=label), lambda v: v.remove(force=True)
        yield "network", self.client.networks.list(filters=label), lambda n: n.remove()

    def _reap_images(self, doomed) -> list[str]:
        """The engine's tags in doomed users' namespaces."""
        removed = []
        for image in self.client.images.list():
            for tag in image.tags:
                if doomed(images_.namespace_key(tag)) \
                        and _removed(lambda t: self.client.images.remove(t, noprune=False), tag):
                    removed.append(tag)
        return removed

    def _reap_registry(self, doomed) -> list[str]:
        """What doomed users pushed to the practice registry."""
        registry = self.registry or Registry()
        try:
            return [name for repo in registry.repositories()
                    if doomed(images_.namespace_key(f"{images_.REGISTRY}/{repo}:latest"))
                    for name in registry.untag_all(repo)]
        except requests.RequestException:     # registry down: the next sweep tries again
            return []


def _each_ref(refs: list, action, done=lambda ref: ref) -> Result:
    """Apply ``action`` to each ref as docker does: print what was done, collect the errors.
    The engine going away is not such an error: it ends the command (503)."""
    lines, errors = [], []
    for ref in refs:
        try:
            with _engine_errors():
                action(ref)
            lines.append(done(ref))
        except DaemonError as e:
            errors.append(e.message)
    return Result(1 if errors else 0, _join(lines + errors))


def _labels(obj) -> dict:
    return (obj.labels if isinstance(obj, docker.models.containers.Container)
            else obj.attrs.get("Labels")) or {}


def _expired(labels: dict, now: float) -> bool:
    expires = labels.get("org.gorae.expires")
    return expires is None or float(expires) <= now


def _removed(remove, obj) -> bool:
    """Whether ``remove(obj)`` removed it (or it was gone already); in use → False."""
    try:
        remove(obj)
    except docker.errors.NotFound:
        return True
    except docker.errors.APIError:
        return False
    return True


def _tar(files: dict[str, str]) -> io.BytesIO:
    """An uploaded build context as the tar stream the engine expects."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))
    buffer.seek(0)
    return buffer


def _inspected(found: list[dict], errors: list[str], template: str | None) -> Result:
    """``inspect`` output: docker's indented JSON array, or one filled template per object."""
    if template:
        text = output.render_rows(found, template, [])
    else:
        text = json.dumps(found, indent=4) + "\n"
    return Result(1 if errors else 0, text + _join(errors), {"objects": found})


def _fresh_name(taken: set) -> str:
    while True:
        name = f"{random.choice(_ADJECTIVES)}_{random.choice(_NOUNS)}"
        if name not in taken:
            return name


class Terminal:
    """A TTY attached to a container or an exec: raw bytes in and out, resize, exit code.
    Engine errors on it are translated like every other engine call."""

    def __init__(self, sock, resize, finish):
        self._sock = getattr(sock, "_sock", sock)
        self._resize, self._finish = resize, finish

    def read(self, size: int = 4096) -> bytes:
        """Output as it comes; ``b""`` once the process has ended."""
        try:
            return self._sock.recv(size)
        except OSError:
            return b""

    def write(self, data: bytes):
        with contextlib.suppress(OSError):
            self._sock.sendall(data)

    def resize(self, cols: int, rows: int):
        with _engine_errors(), contextlib.suppress(docker.errors.APIError):
            self._resize(max(1, min(cols, 500)), max(1, min(rows, 200)))

    def close(self) -> int:
        """Hang up and report the exit code (137 if it had to be killed)."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(2)
        self._sock.close()
        with _engine_errors():
            return self._finish()


def _timed_out(e: Exception) -> bool:
    """A read time-out; over a Unix socket requests reports it as a ConnectionError."""
    return isinstance(e, requests.exceptions.ReadTimeout) or "timed out" in str(e).lower()


def _status(state: dict) -> str:
    if state["Status"] == "running":
        started = output.parse_time(state["StartedAt"])
        return "Up " + output.human_duration(time.time() - started)
    if state["Status"] == "exited":
        finished = output.parse_time(state["FinishedAt"])
        return f"Exited ({state['ExitCode']}) {output.human_duration(time.time() - finished)} ago"
    return state["Status"].capitalize()


def _ports(attrs: dict) -> str:
    shown = []
    for port, binds in sorted((attrs["NetworkSettings"].get("Ports") or {}).items()):
        if not binds:
            shown.append(port)
        for b in binds or []:
            shown.append(f"{b['HostIp']}:{b['HostPort']}->{port}")
    return ", ".join(dict.fromkeys(shown))


def _frames(raw_socket, tty: bool):
    """An attached stream's payloads. Without a TTY the engine frames each chunk with an 8-byte
    header (stream, 0, 0, 0, size); docker-py's reader polls without a time-out, so not used."""
    buffer = b""
    while chunk := raw_socket.recv(65536):
        if tty:
            yield chunk
            continue
        buffer += chunk
        while len(buffer) >= 8 and len(buffer) >= 8 + int.from_bytes(buffer[4:8], "big"):
            size = int.from_bytes(buffer[4:8], "big")
            yield buffer[8:8 + size]
            buffer = buffer[8 + size:]


def _read_capped(sock, timeout: float, cap: int, tty: bool) -> tuple[str, bool, bool]:
    """An exec's output read as it comes: at most ``cap`` bytes kept, at most ``timeout`` s."""
    raw_socket = getattr(sock, "_sock", sock)
    deadline, kept, size = time.monotonic() + timeout, [], 0
    timed_out = False
    try:
        raw_socket.settimeout(timeout)
        for data in _frames(raw_socket, tty):
            size += len(data)
            if size <= cap + len(data):
                kept.append(data)
            if size > cap or time.monotonic() > deadline:
                timed_out = time.monotonic() > deadline
                break
            raw_socket.settimeout(max(0.05, deadline - time.monotonic()))
    except (socket.timeout, TimeoutError):
        timed_out = True
    finally:
        with contextlib.suppress(OSError):
            raw_socket.close()
    # docker's frame reader ends quietly on a socket error, a time-out included
    timed_out = timed_out or time.monotonic() >= deadline - 0.05
    text, truncated = _capped(b"".join(kept), cap)
    return text, truncated or size > cap, timed_out


def _capped(raw: bytes, cap: int) -> tuple[str, bool]:
    raw = raw or b""
    if len(raw) <= cap:
        return raw.decode("utf-8", "replace"), False
    kept = raw[:cap].decode("utf-8", "ignore")
    return kept + f"\n[gorae] output truncated at {cap // 1024} KiB.\n", True


def _with_tag(reference: str) -> str:
    last = reference.rsplit("/", 1)[-1]
    return reference if ":" in last or "@" in reference else reference + ":latest"


def _join(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def connect(base_url: str | None = None, timeout: int = 60) -> docker.DockerClient:
    """An engine client: ``base_url`` if given, else from the environment (DOCKER_HOST, TLS)."""
    if base_url:
        return docker.DockerClient(base_url=base_url, timeout=timeout)
    return docker.DockerClient.from_env(timeout=timeout)
