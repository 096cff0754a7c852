"""Ontology tables as data: PLOVER, CAMEO (names, Goldstein, quad class), the crosswalk, ACLED.

The tables in ``watchfloor/data/ontology/`` are written by :func:`build_tables` from the
taxonomy fact files (GDELT's CAMEO code and Goldstein tables, the CAMEO→PLOVER crosswalk, the
PLOVER structured codebook and manual). Rebuild them with::

    python -m watchfloor.coding.ontology /path/to/shared/data/taxonomies

At run time only the small JSON files are read, once per process.
"""
from __future__ import annotations

import csv
import functools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CameoCode", "cameo_codes", "cameo", "plover", "acled_types", "quad_class_of",
           "plover_for_cameo", "build_tables", "ONTOLOGY_DIR"]

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "data" / "ontology"

# ACLED's event types and sub-event types, in ACLED's own words (ACLED codebook).
ACLED_TYPES: dict[str, list[str]] = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its GDELT scores and its PLOVER coding."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]


def quad_class_of(code: str) -> int:
    """GDELT's quad class from the CAMEO root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# ---------------------------------------------------------------- building from the fact files
def _read_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0].strip().isdigit():
                out[parts[0].strip()] = parts[1].strip()
    return out


def _read_crosswalk(path: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    out: dict[str, tuple[str, str | None, list[str]]] = {}
    line_re = re.compile(r"^\s*(\d{2,4})\s*:\s*([^#]*)")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = line_re.match(line)
        if not m:
            continue
        cells = [c.strip() for c in m.group(2).split(",")]
        if not cells or not cells[0]:
            continue
        mode = cells[1] if len(cells) > 1 and cells[1] else None
        ctx = [c.strip() for c in (cells[2] if len(cells) > 2 else "").split(";") if c.strip()]
        out[m.group(1)] = (cells[0].upper(), mode, ctx)
    return out


def _plover_from_codebook(codebook: Path, manual: Path | None) -> dict[str, Any]:
    types: dict[str, dict[str, Any]] = {}
    with codebook.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            t = row["event"].strip().upper()
            entry = types.setdefault(t, {"definition": row["event_def"].strip(), "modes": {}})
            mode = row["mode"].strip()
            if mode:
                entry["modes"].setdefault(mode, row["mode_def"].strip())
    contexts: list[str] = []
    if manual is not None and manual.exists():
        tex = manual.read_text(encoding="utf-8")
        start = tex.find("START CONTEXTS TABLE")
        block = tex[start:start + 8000] if start >= 0 else ""
        for name in re.findall(r"\\hyperref\[[^\]]*\]\{([^}]*)\}", block):
            name = name.replace("\\_", "_")
            if name not in contexts:
                contexts.append(name)
    # "border" is the project's own context for events on or near an international border.
    if "border" not in contexts:
        contexts.append("border")
    return {"types": types, "contexts": contexts}


# The statements (CAMEO 01) that have a PLOVER home. The manual's crosswalk note allows "claim
# responsibility" as AGREE and "deny responsibility" as REJECT (a denial answers someone's
# accusation, so it has a source and often a target); an empathetic comment (condolences,
# sympathy, solidarity to a people or a government) is SUPPORT's "express support for an actor",
# and GDELT counts it as verbal cooperation too; so is expressing accord with someone's view (019:
# "agreed with the Senate that …"), SUPPORT's "approve policy, action, or actor". The other
# statements have no type.
_TYPED_STATEMENTS = {"015": "AGREE", "016": "REJECT", "018": "SUPPORT", "019": "SUPPORT"}


def build_tables(taxonomy_dir: str | Path, out_dir: str | Path = ONTOLOGY_DIR) -> None:
    """Write ``cameo.json``, ``plover.json`` and ``acled.json`` from the taxonomy fact files."""
    src, out = Path(taxonomy_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = _read_tsv(src / "CAMEO.eventcodes.txt")
    gold = _read_tsv(src / "CAMEO.goldsteinscale.txt")
    xwalk = _read_crosswalk(src / "CAMEO2PLOVER-2021.txt")
    rows = []
    for code, name in names.items():
        # the crosswalk leaves out roots 01-02 (statements, appeals); a code it lacks inherits
        # its parent's PLOVER type. Appeals are PLOVER REQUESTs; statements have no type, but
        # for the few in _TYPED_STATEMENTS.
        parent = next((xwalk[c] for c in (code, code[:3], code[:2]) if c in xwalk), None)
        if parent is None and code.startswith("02"):
            parent = ("REQUEST", None, [])
        if parent is None and code in _TYPED_STATEMENTS:
            parent = (_TYPED_STATEMENTS[code], None, [])
        rows.append({"code": code, "name": name, "goldstein": float(gold.get(code, gold.get(code[:2], 0.0))),
                     "quad_class": quad_class_of(code),
                     "plover": parent[0] if parent else None,
                     "mode": (parent[1] if parent and code in xwalk else None),
                     "contexts": parent[2] if parent and code in xwalk else []})
    (out / "cameo.json").write_text(json.dumps(rows, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    plover_tab = _plover_from_codebook(src / "PLOVER_structured_codebook_updated.csv", src / "PLOVER_MANUAL.tex")
    (out / "plover.json").write_text(json.dumps(plover_tab, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "acled.json").write_text(json.dumps(ACLED_TYPES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- loaders
@functools.lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code, by code string."""
    rows = json.loads((ONTOLOGY_DIR / "cameo.json").read_text(encoding="utf-8"))
    return {r["code"]: CameoCode(r["code"], r["name"], r["goldstein"], r["quad_class"], r["plover"],
                                 r["mode"], tuple(r["contexts"])) for r in rows}


def cameo(code: str) -> CameoCode:
    """One CAMEO code; an unknown 4-digit code falls back to its 3-digit parent."""
    table = cameo_codes()
    for c in (code, code[:3], code[:2]):
        if c in table:
            return table[c]
    raise KeyError(code)


def plover_for_cameo(code: str) -> str | None:
    """The PLOVER event type of a CAMEO code (None for public statements, root 01)."""
    return cameo(code).plover


@functools.lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """PLOVER types (definition, modes) and the context names."""
    data: dict[str, Any] = json.loads((ONTOLOGY_DIR / "plover.json").read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=1)
def acled_types() -> dict[str, list[str]]:
    """ACLED event type → its sub-event types."""
    data: dict[str, list[str]] = json.loads((ONTOLOGY_DIR / "acled.json").read_text(encoding="utf-8"))
    return data


if __name__ == "__main__":  # pragma: no cover - maintenance command
    build_tables(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ONTOLOGY_DIR)
