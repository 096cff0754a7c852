"""Scaling out: the Spark job that runs the same pipeline over partitions of articles (issue 7).

``watchfloor.scale.spark`` needs ``pyspark`` (and a Java 17 runtime); nothing here imports it
until the job runs.
"""
from __future__ import annotations

__all__: list[str] = []
