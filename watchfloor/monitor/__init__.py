"""Watching: sources, dedupe, clustering, rules and alert sinks (issue 5).

    config = load_config("examples/libya-algeria-border.yaml")
    with open_store(config.db) as store:
        Watcher(config, store).run_cycle(force=True)
"""
from __future__ import annotations

from watchfloor.monitor.cluster import query_clusters
from watchfloor.monitor.config import (
           ConfigError,
           WatchConfig,
           load_config,
           parse_config,
)
from watchfloor.monitor.rules import Rule, RuleError, parse_rules
from watchfloor.monitor.watch import CycleReport, Watcher, list_alerts, list_clusters

__all__ = ["ConfigError", "CycleReport", "Rule", "RuleError", "WatchConfig", "Watcher",
           "list_alerts", "list_clusters", "load_config", "parse_config", "parse_rules",
           "query_clusters"]
