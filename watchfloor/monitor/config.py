"""The watch config (YAML): where to look, how to fetch, what to cluster, when to alert, whom to tell.

See ``examples/libya-algeria-border.yaml`` for every key with a comment. Relative paths are
relative to the config file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from watchfloor.monitor.cluster import ClusterParams
from watchfloor.monitor.rules import Rule, RuleError, parse_rules

__all__ = ["WatchConfig", "SourceSpec", "ConfigError", "load_config", "parse_config",
           "SOURCE_KINDS"]

SOURCE_KINDS = ("feed", "page", "folder", "jsonl")
TOP_KEYS = {"db", "allow_private", "interval", "fetch", "workers", "batch_size", "dedupe",
            "cluster", "sources", "rules", "sinks", "regions", "max_delivery_attempts"}


class ConfigError(ValueError):
    """A config that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class SourceSpec:
    """One source: ``kind`` is feed/page/folder/jsonl, ``target`` its URL or path."""

    name: str
    kind: str
    target: str
    interval: float
    fetch_pages: bool | None = None  # feeds: None fetches a page when the feed text is short


@dataclass
class WatchConfig:
    sources: list[SourceSpec]
    rules: list[Rule]
    sinks: list[dict[str, Any]]
    db: str | None = None
    allow_private: bool | list[str] = False
    interval: float = 300.0
    min_interval: float = 1.0
    timeout: float = 10.0
    deadline: float = 30.0
    max_bytes: int = 5 * 1024 * 1024
    workers: int = 1
    batch_size: int = 64
    near_duplicate: float = 0.8
    cluster: ClusterParams = field(default_factory=ClusterParams)
    max_delivery_attempts: int = 10
    path: Path | None = None


def _resolve(base: Path | None, value: str) -> str:
    p = Path(value).expanduser()
    return str(p if p.is_absolute() or base is None else base / p)


def _allow_private(value: Any) -> bool | list[str]:
    """``true``/``false``, or a list of networks allowed besides public addresses."""
    if isinstance(value, list):
        import ipaddress

        try:
            return [str(ipaddress.ip_network(str(v), strict=False)) for v in value]
        except ValueError as exc:
            raise ConfigError(f"allow_private: {exc}") from None
    return bool(value)


def parse_config(data: Any, *, base: Path | None = None) -> WatchConfig:
    """A WatchConfig from the parsed YAML mapping; raises :class:`ConfigError`."""
    if not isinstance(data, dict):
        raise ConfigError("the config must be a YAML mapping with sources:, rules: and sinks:")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(f"unknown top-level key(s): {', '.join(sorted(unknown))}; known: "
                          f"{', '.join(sorted(TOP_KEYS))}")
    interval = float(data.get("interval", 300))
    sources = []
    for i, raw in enumerate(data.get("sources") or []):
        if not isinstance(raw, dict):
            raise ConfigError(f"source {i + 1}: must be a mapping")
        kinds = [k for k in SOURCE_KINDS if k in raw]
        if len(kinds) != 1:
            raise ConfigError(f"source {i + 1}: give exactly one of {', '.join(SOURCE_KINDS)}")
        kind = kinds[0]
        target = str(raw[kind])
        if kind in ("folder", "jsonl"):
            target = _resolve(base, target)
        name = str(raw.get("name") or f"{kind}:{raw[kind]}")
        fp = raw.get("fetch_pages")
        sources.append(SourceSpec(name, kind, target, float(raw.get("interval", interval)),
                                  None if fp is None else bool(fp)))
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ConfigError("source names must be unique")
    if not sources:
        raise ConfigError("no sources: list at least one under sources:")
    try:
        rules = parse_rules(data.get("rules"), regions=data.get("regions") or {})
    except RuleError as exc:
        raise ConfigError(str(exc)) from None
    sinks = []
    for i, raw in enumerate(data.get("sinks") or [{"stdout": True}]):
        if not isinstance(raw, dict):
            raise ConfigError(f"sink {i + 1}: must be a mapping")
        spec = dict(raw)
        if "jsonl" in spec:
            spec["jsonl"] = _resolve(base, str(spec["jsonl"]))
        kind = next((k for k in ("stdout", "jsonl", "webhook", "email") if k in spec), None)
        if kind is None:
            raise ConfigError(f"sink {i + 1}: give one of stdout, jsonl, webhook, email")
        spec.setdefault("name", f"{kind}-{i + 1}")
        sinks.append(spec)
    fetch = data.get("fetch") or {}
    dedupe = data.get("dedupe") or {}
    cluster = data.get("cluster") or {}
    db = data.get("db")
    return WatchConfig(
        sources=sources, rules=rules, sinks=sinks,
        db=_resolve(base, str(db)) if db and "://" not in str(db) else db,
        allow_private=_allow_private(data.get("allow_private", False)), interval=interval,
        min_interval=float(fetch.get("min_interval", 1.0)),
        timeout=float(fetch.get("timeout", 10.0)), deadline=float(fetch.get("deadline", 30.0)),
        max_bytes=int(fetch.get("max_bytes", 5 * 1024 * 1024)),
        workers=int(data.get("workers", 1)), batch_size=int(data.get("batch_size", 64)),
        near_duplicate=float(dedupe.get("near_duplicate", 0.8)),
        cluster=ClusterParams(km=float(cluster.get("km", 50)), days=int(cluster.get("days", 2))),
        max_delivery_attempts=int(data.get("max_delivery_attempts", 10)))


def load_config(path: str | Path) -> WatchConfig:
    """Read and check a watch config file."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: not valid YAML: {exc}") from None
    cfg = parse_config(data, base=p.resolve().parent)
    cfg.path = p
    return cfg
