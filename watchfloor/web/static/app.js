// watchfloor dashboard: map, timeline, filters, event detail, dyad and alerts panels.
// Every piece of text that comes from the database (article text, titles, actor names) is put
// into the page with textContent or as text nodes, never parsed as HTML.
"use strict";

(function () {
  const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const FACTUALITY = ["asserted", "reported", "speculative", "negated", "future"];
  const QUAD = { 1: "#2a9d8f", 2: "#1d6fb8", 3: "#e9a23b", 4: "#d1495b" };
  const QUAD_NAME = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
  const DAY = 86400000;
  const SVG = "http://www.w3.org/2000/svg";

  const $ = (id) => document.getElementById(id);
  const state = { features: [], days: [], minDay: 0, maxDay: 0, shown: 0, total: 0, selected: null };
  window.watchfloor = state; // for people poking around in the console, and for tests

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(typeof body.detail === "string" ? body.detail : `HTTP ${r.status}`);
    return body;
  }

  const dayOf = (iso) => (iso ? Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / DAY) : null);
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  const fmt = (iso) => (iso ? new Date(iso + "T00:00:00Z").toLocaleDateString("en-GB",
    { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : "undated");

  // --- map -------------------------------------------------------------------------------------

  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomControl: true,
    attributionControl: true }).setView([22, 18], 3);
  map.attributionControl.setPrefix(false);
  map.createPane("outlines").style.zIndex = 250;
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 12, attribution: "© OpenStreetMap contributors" });
  const outlineStyle = { pane: "outlines", color: "#7d8fa6", weight: 0.7, fillColor: "#e9eef4", fillOpacity: 1 };
  let outlines = null;

  api("/api/geo/countries").then((fc) => {
    outlines = L.geoJSON(fc, { style: () => outlineStyle, interactive: false }).addTo(map);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    document.body.setAttribute("data-outlines", String(fc.features.length));
  }).catch(() => {});

  $("tiles-toggle").addEventListener("change", (ev) => {
    if (ev.target.checked) {
      tiles.addTo(map);
      if (outlines) outlines.setStyle({ fillOpacity: 0, color: "#5b6b80" });
    } else {
      map.removeLayer(tiles);
      if (outlines) outlines.setStyle(outlineStyle);
    }
  });

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 32, disableClusteringAtZoom: 6, showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction(c) {
      const counts = { 1: 0, 2: 0, 3: 0, 4: 0 };
      for (const m of c.getAllChildMarkers()) counts[m.options.quad] += 1;
      const conflict = counts[3] + counts[4] >= counts[1] + counts[2];
      const n = c.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 38 : 46;
      return L.divIcon({ className: `wf-cluster ${conflict ? "conflict" : "coop"}`,
        html: `<span>${Number(n)}</span>`, iconSize: [size, size] });
    },
  }).addTo(map);

  function radius(mentions) { return 6 + 3 * Math.log2(Math.max(1, mentions || 1)); }

  function markerFor(f) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], {
      radius: radius(p.mentions), color: "#ffffff", weight: 1.5, fillColor: QUAD[p.quad_class] || "#777",
      fillOpacity: 0.9, className: `wf-point q${p.quad_class}`, quad: p.quad_class || 4 });
    m.on("add", () => {
      const e = m.getElement();
      if (e) { e.setAttribute("data-event-id", f.id); e.setAttribute("data-mentions", String(p.mentions || 1)); }
    });
    const reports = p.mentions > 1 ? ` · ${Number(p.mentions)} mentions` : "";
    m.bindTooltip(() => `${escapeText(p.type)} · ${escapeText(p.location_name || "")} · ${escapeText(p.date || "undated")}${reports}`,
      { direction: "top", offset: [0, -6] });
    m.on("click", () => showEvent(f.id));
    return m;
  }

  // Leaflet tooltips take HTML; escape what goes in.
  function escapeText(s) {
    const d = document.createElement("div");
    d.textContent = String(s);
    return d.innerHTML;
  }

  // --- filters ---------------------------------------------------------------------------------

  for (const t of PLOVER) $("f-type").append(el("option", { value: t, text: t.charAt(0) + t.slice(1).toLowerCase() }));
  for (const f of FACTUALITY) {
    $("f-factuality").append(el("label", { class: "check" },
      el("input", { type: "checkbox", value: f, checked: "checked" }), f));
  }
  $("f-conf").addEventListener("input", (e) => { $("f-conf-out").textContent = Number(e.target.value).toFixed(2); });

  function query() {
    const q = new URLSearchParams({ limit: "10000" });
    const add = (k, v) => { if (v && String(v).trim()) q.set(k, String(v).trim()); };
    add("type", $("f-type").value);
    add("actor_country", $("f-actor").value.toUpperCase());
    add("country", $("f-country").value.toUpperCase());
    const facts = [...$("f-factuality").querySelectorAll("input:checked")].map((i) => i.value);
    if (facts.length === 0) q.set("factuality", "none-selected");
    else if (facts.length < FACTUALITY.length) q.set("factuality", facts.join(","));
    if (Number($("f-conf").value) > 0) q.set("min_confidence", $("f-conf").value);
    const a = $("f-border-a").value.trim().toUpperCase(), b = $("f-border-b").value.trim().toUpperCase();
    if (a || b) { q.set("border", `${a}-${b}`); q.set("km", $("f-border-km").value || "100"); }
    return q;
  }

  async function load() {
    $("f-error").textContent = "";
    let fc;
    try {
      fc = await api(`/api/events.geojson?${query()}`);
    } catch (err) {
      $("f-error").textContent = err.message.startsWith("factuality: 'none-selected'")
        ? "Select at least one factuality." : err.message;
      fc = { features: [], total: 0 };
    }
    state.features = fc.features;
    state.total = fc.total;
    const days = fc.features.map((f) => dayOf(f.properties.date)).filter((d) => d !== null);
    state.minDay = days.length ? Math.min(...days) : 0;
    state.maxDay = days.length ? Math.max(...days) : 0;
    for (const id of ["t-from", "t-to"]) {
      $(id).min = state.minDay; $(id).max = state.maxDay;
    }
    $("t-from").value = state.minDay; $("t-to").value = state.maxDay;
    drawHistogram();
    render();
  }

  $("filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
  $("filters").addEventListener("change", (e) => { if (e.target.type !== "range") load(); });
  $("f-conf").addEventListener("change", () => load());
  $("f-reset").addEventListener("click", () => {
    $("filters").reset();
    for (const i of $("f-factuality").querySelectorAll("input")) i.checked = true;
    $("f-conf-out").textContent = "0.00";
    load();
  });

  // --- timeline --------------------------------------------------------------------------------

  function range() {
    let from = Number($("t-from").value), to = Number($("t-to").value);
    if (from > to) [from, to] = [to, from];
    return [from, to];
  }

  function inRange(f, from, to) {
    const d = dayOf(f.properties.date);
    if (d === null) return from === state.minDay && to === state.maxDay;
    const end = dayOf(f.properties.date_end) ?? d;
    return end >= from && d <= to;
  }

  function drawHistogram() {
    const h = $("histogram");
    h.replaceChildren();
    const span = state.maxDay - state.minDay + 1;
    const bin = span > 180 ? 7 : 1;
    const nbins = Math.max(1, Math.ceil(span / bin));
    const bins = Array.from({ length: nbins }, () => ({ conflict: 0, coop: 0 }));
    for (const f of state.features) {
      const d = dayOf(f.properties.date);
      if (d === null) continue;
      const b = bins[Math.min(nbins - 1, Math.floor((d - state.minDay) / bin))];
      if (f.properties.quad_class >= 3) b.conflict += 1; else b.coop += 1;
    }
    const max = Math.max(1, ...bins.map((b) => b.conflict + b.coop));
    h.setAttribute("viewBox", `0 0 ${nbins} 100`);
    bins.forEach((b, i) => {
      const hc = (b.conflict / max) * 96, hp = (b.coop / max) * 96;
      const x = i + 0.1, w = 0.8;
      if (hp) h.append(svg("rect", { x, y: 100 - hp, width: w, height: hp, class: "bar coop", "data-bin": i }));
      if (hc) h.append(svg("rect", { x, y: 100 - hp - hc, width: w, height: hc, class: "bar conflict", "data-bin": i }));
    });
    h.dataset.bin = String(bin);
  }

  function shadeHistogram(from, to) {
    const bin = Number($("histogram").dataset.bin || 1);
    for (const r of $("histogram").querySelectorAll("rect")) {
      const start = state.minDay + Number(r.dataset.bin) * bin;
      r.classList.toggle("out", start + bin - 1 < from || start > to);
    }
  }

  let timer = null;
  for (const id of ["t-from", "t-to"]) {
    $(id).addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(render, 40); });
  }

  function render() {
    const [from, to] = range();
    $("range-label").textContent = state.features.length ? `${fmt(isoOf(from))} – ${fmt(isoOf(to))}` : "";
    shadeHistogram(from, to);
    const visible = state.features.filter((f) => inRange(f, from, to));
    cluster.clearLayers();
    state.markers = new Map(visible.map((f) => [f.id, markerFor(f)]));
    cluster.addLayers([...state.markers.values()]);
    state.shown = visible.length;
    const more = state.total > state.features.length ? ` (first ${state.features.length} of ${state.total})` : "";
    $("stats").textContent = `${visible.length} event${visible.length === 1 ? "" : "s"} shown${more}`;
    $("stats").dataset.shown = String(visible.length);
  }

  // --- event detail ----------------------------------------------------------------------------

  function actorLabel(a) {
    if (!a) return "—";
    const name = a.name || a.text;
    return a.country ? `${name} (${a.code || a.country})` : name;
  }

  async function showEvent(id) {
    switchTab("event");
    let detail, article;
    try {
      detail = await api(`/api/events/${encodeURIComponent(id)}`);
      const e = detail.event;
      article = await api(`/api/articles/${encodeURIComponent(e.doc_id)}?event_id=${encodeURIComponent(id)}`);
    } catch (err) {
      $("event-empty").hidden = false;
      $("event-empty").textContent = `Could not load the event: ${err.message}`;
      $("event-detail").hidden = true;
      return;
    }
    const e = detail.event;
    state.selected = id;
    history.replaceState(null, "", `#event=${encodeURIComponent(id)}`);
    $("event-empty").hidden = true;
    $("event-detail").hidden = false;
    const badge = $("ev-type");
    badge.textContent = e.type + (e.mode ? ` · ${e.mode}` : "");
    badge.style.background = QUAD[e.quad_class] || "#777";
    $("ev-date").textContent = e.date_end && e.date_end !== e.date ? `${fmt(e.date)} – ${fmt(e.date_end)}` : fmt(e.date);
    const where = e.location ? (e.location.name || e.location.text) : "an unknown place";
    // a reciprocal event (a meeting, talks, an agreement between two) has a partner, no target
    $("ev-summary").textContent = e.partner
      ? `${actorLabel(e.actor1)} ↔ ${actorLabel(e.partner)}: ${e.type.toLowerCase()}, ${where}`
      : `${actorLabel(e.actor1)} → ${e.type.toLowerCase()} → ${e.actor2 ? actorLabel(e.actor2) : "no target"}, ${where}`;
    const loc = e.location;
    const rows = [
      ["Actor 1", actorLabel(e.actor1)],
      e.partner ? ["Partner", actorLabel(e.partner)] : ["Actor 2", actorLabel(e.actor2)],
      ["Place", loc ? `${loc.name || loc.text}${loc.country ? ` (${loc.country})` : ""} · ${loc.feature}` +
        (loc.border_km != null ? ` · ${Math.round(loc.border_km)} km from ${loc.border_with || "a"} border` : "") +
        (loc.lat == null ? " · not on the map (no gazetteer entry or nearby place)" : "") : "—"],
      ["CAMEO", `${e.cameo} · Goldstein ${e.goldstein ?? "—"} · ${QUAD_NAME[e.quad_class] || ""}`],
      ["ACLED", e.acled ? `${e.acled.event_type} — ${e.acled.sub_event_type}` : "—"],
      ["Factuality", e.factuality + (e.attribution ? ` (according to ${e.attribution})` : "")],
      ["Confidence", `${Math.round(e.confidence * 100)}%`],
      ["Reports", `${detail.num_mentions} mention${detail.num_mentions === 1 ? "" : "s"} in ` +
        `${detail.num_articles} article${detail.num_articles === 1 ? "" : "s"}, ` +
        `${detail.num_sources} source${detail.num_sources === 1 ? "" : "s"}`],
    ];
    const facts = $("ev-facts");
    facts.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
    if (e.flags && e.flags.length) facts.append(el("dt", { text: "Flags" }), el("dd", { class: "flags", text: e.flags.join("; ") }));

    showMentions(detail.mentions, id);
    showArticle(article);
    const other = e.actor2 || e.partner;
    if (e.actor1 && other && e.actor1.country && other.country && e.actor1.country !== other.country) {
      $("dyad-a").value = e.actor1.country; $("dyad-b").value = other.country;
    }
  }

  // Every report of the event (issue 5: one point per real-world event, many mentions): its
  // source, date and evidence sentence; a click shows that report's article.
  function showMentions(mentions, current) {
    const list = $("ev-mentions");
    list.replaceChildren();
    $("ev-mentions-box").hidden = mentions.length < 2;
    for (const m of mentions) {
      const item = el("li", { class: m.event_id === current ? "mention current" : "mention",
                              "data-mention-id": m.event_id },
        el("span", { class: "mention-sub",
                     text: [m.source || "unknown source", m.published || m.date].filter(Boolean).join(" · ") }),
        el("q", { class: "mention-evidence", text: m.evidence.text }));
      item.addEventListener("click", () => showMention(m.event_id, m.doc_id));
      list.append(item);
    }
  }

  async function showMention(id, docId) {
    let article;
    try {
      article = await api(`/api/articles/${encodeURIComponent(docId)}?event_id=${encodeURIComponent(id)}`);
    } catch (err) {
      $("ev-article").textContent = `Could not load the article: ${err.message}`;
      return;
    }
    for (const li of $("ev-mentions").children) li.classList.toggle("current", li.dataset.mentionId === id);
    showArticle(article);
  }

  function showArticle(article) {
    const meta = $("ev-article-meta");
    const title = el("span", { class: "article-title", text: article.title || article.id });
    meta.replaceChildren(title, el("span", { class: "article-sub",
      text: [article.source, article.published].filter(Boolean).join(" · ") }));
    if (article.url && /^https?:\/\//i.test(article.url)) {
      meta.append(el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer", text: "open original ↗" }));
    }
    const body = $("ev-article");
    body.replaceChildren();
    // One <mark> per evidence sentence, the trigger in bold inside it; all as text nodes.
    let first = null, open = null;
    for (const seg of article.segments) {
      const kinds = new Set(seg.marks.map((m) => m.kind));
      let node = document.createTextNode(seg.text);
      if (kinds.has("trigger")) node = el("strong", { class: "trigger" }, node);
      if (kinds.has("evidence")) {
        if (!open) { open = el("mark", { class: "evidence" }); body.append(open); first = first || open; }
        open.append(node);
      } else {
        open = null;
        body.append(node);
      }
    }
    if (first) {
      body.scrollTop = Math.max(0, first.offsetTop - body.offsetTop - 40);
    }
  }

  // --- tabs ------------------------------------------------------------------------------------

  function switchTab(name) {
    for (const b of document.querySelectorAll(".tabs button")) b.classList.toggle("active", b.dataset.tab === name);
    for (const p of document.querySelectorAll(".panel")) p.classList.toggle("active", p.id === `panel-${name}`);
    if (name === "dyad") loadDyad();
  }
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => switchTab(b.dataset.tab));

  // --- dyad ------------------------------------------------------------------------------------

  async function loadDyad() {
    const a = $("dyad-a").value.trim().toUpperCase(), b = $("dyad-b").value.trim().toUpperCase();
    const chart = $("dyad-chart");
    chart.replaceChildren();
    let s;
    try {
      s = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    } catch (err) {
      $("dyad-summary").textContent = err.message;
      return;
    }
    $("dyad-summary").textContent = s.weeks.length
      ? `${s.a}–${s.b}: ${s.events} events over ${s.weeks.length} weeks, Goldstein sum ${s.goldstein_sum.toFixed(1)}`
      : `${s.a}–${s.b}: no events between these countries.`;
    if (!s.weeks.length) return;
    const W = 320, H = 180, L0 = 34, R0 = 8, T0 = 10, B0 = 28;
    const n = s.weeks.length;
    const lim = Math.max(5, ...s.weeks.map((w) => Math.abs(w.goldstein_sum)));
    const maxCount = Math.max(1, ...s.weeks.map((w) => w.conflict + w.cooperation));
    const x = (i) => L0 + (n === 1 ? (W - L0 - R0) / 2 : (i * (W - L0 - R0)) / (n - 1));
    const y = (v) => T0 + ((lim - v) / (2 * lim)) * (H - T0 - B0);
    const bw = Math.max(2, Math.min(14, (W - L0 - R0) / n * 0.5));
    for (const v of [lim, 0, -lim]) {
      chart.append(svg("line", { x1: L0, x2: W - R0, y1: y(v), y2: y(v), class: v === 0 ? "axis zero" : "axis" }));
      const t = svg("text", { x: L0 - 4, y: y(v) + 3, class: "tick", "text-anchor": "end" });
      t.textContent = v > 0 ? `+${Math.round(v)}` : String(Math.round(v));
      chart.append(t);
    }
    s.weeks.forEach((w, i) => {
      const hc = (w.conflict / maxCount) * 40, hp = (w.cooperation / maxCount) * 40;
      if (hp) chart.append(svg("rect", { x: x(i) - bw / 2, y: H - B0 - hp, width: bw, height: hp, class: "cbar coop" }));
      if (hc) chart.append(svg("rect", { x: x(i) - bw / 2, y: H - B0 - hp - hc, width: bw, height: hc, class: "cbar conflict" }));
    });
    chart.append(svg("polyline", { class: "gline", points: s.weeks.map((w, i) => `${x(i)},${y(w.goldstein_sum)}`).join(" ") }));
    s.weeks.forEach((w, i) => {
      const c = svg("circle", { cx: x(i), cy: y(w.goldstein_sum), r: 2.6, class: w.goldstein_sum < 0 ? "gpt neg" : "gpt pos" });
      const tip = svg("title");
      tip.textContent = `week of ${w.week}: ${w.events} events, Goldstein ${w.goldstein_sum}`;
      c.append(tip);
      chart.append(c);
    });
    for (const i of [0, n - 1]) {
      const t = svg("text", { x: x(i), y: H - 8, class: "tick", "text-anchor": i === 0 ? "start" : "end" });
      t.textContent = s.weeks[i].week;
      chart.append(t);
    }
  }
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); loadDyad(); });

  async function loadDyadList() {
    const list = $("dyad-list");
    try {
      const d = await api("/api/dyads?limit=8");
      list.replaceChildren(...d.dyads.map((r) => el("li", {},
        el("button", { type: "button", class: "linkish", onclick: () => {
          $("dyad-a").value = r.a; $("dyad-b").value = r.b; loadDyad(); } }, `${r.a}–${r.b}`),
        el("span", { class: "muted", text: ` ${r.events} events · Σ ${r.goldstein_sum.toFixed(1)}` }))));
    } catch (err) { list.replaceChildren(el("li", { text: err.message })); }
  }

  // --- alerts ----------------------------------------------------------------------------------

  async function loadAlerts() {
    try {
      const a = await api("/api/alerts");
      $("alert-count").textContent = String(a.total);
      $("alert-list").replaceChildren(...a.items.map((it) => el("li", { class: "alert" },
        el("strong", { text: it.rule || "alert" }), " ", el("span", { class: "muted", text: it.created_at || "" }),
        el("div", { text: it.summary || JSON.stringify(it) }))));
      $("alert-note").textContent = a.items.length ? "" : `No alerts. ${a.note || ""}`;
    } catch (err) { $("alert-note").textContent = err.message; }
  }

  // --- start -----------------------------------------------------------------------------------

  api("/api/health").then((h) => {
    document.title = `watchfloor · ${h.events} events`;
    $("stats").title = `${h.articles} articles, ${h.events} events in ${h.store}`;
  }).catch((err) => { $("stats").textContent = `API unavailable: ${err.message}`; });
  // A link ending in #event=ID opens that event, zoomed in far enough to see its point.
  function openFromHash() {
    const m = /^#event=([^&]+)/.exec(location.hash);
    const marker = m && state.markers && state.markers.get(decodeURIComponent(m[1]));
    if (!marker) return Promise.resolve();
    return new Promise((resolve) => cluster.zoomToShowLayer(marker, () => {
      showEvent(decodeURIComponent(m[1])).then(resolve);
    }));
  }
  window.addEventListener("hashchange", () => { if (!location.hash.endsWith(state.selected || "\u0000")) openFromHash(); });
  load().then(openFromHash).then(() => document.body.setAttribute("data-ready", "1"));
  loadDyadList();
  loadAlerts();
})();
