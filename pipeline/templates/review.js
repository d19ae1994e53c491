(() => {
  "use strict";
  // Everything taken from the page is read with getAttribute and written with textContent/value:
  // no document text ever reaches innerHTML.
  const body = document.body;
  const docId = body.getAttribute("data-doc") || "";
  const KEY = "policy-pipeline-review:" + body.getAttribute("data-report");
  const COLS = ["mention_id", "decision", "field", "corrected_value", "note", "reviewer", "decided_at"];
  const $ = (id) => document.getElementById(id);
  const all = (sel) => Array.from(document.querySelectorAll(sel));
  let memory = {};
  let current = "";

  const load = () => {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return memory; }
  };
  const save = (state) => {
    memory = state;
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: memory only */ }
  };
  const statusOf = (d) => (!d ? "" : d.decision === "reject" ? "rejected"
    : Object.keys(d.fields || {}).length ? "corrected" : "accepted");

  const rows = all("table.sortable tbody tr");
  const rowOf = new Map(rows.map((r) => [r.getAttribute("data-mid"), r]));
  const marks = new Map();
  all(".hl[data-mid], .box[data-mid]").forEach((el) => {
    const mid = el.getAttribute("data-mid");
    if (!marks.has(mid)) marks.set(mid, []);
    marks.get(mid).push(el);
  });

  function refresh() {
    const decisions = load().decisions || {};
    rows.forEach((r) => {
      const mid = r.getAttribute("data-mid");
      const status = statusOf(decisions[mid]) || r.getAttribute("data-stored");
      r.setAttribute("data-status", status);
      r.querySelector("td.st").textContent = status;
      (marks.get(mid) || []).forEach((el) => {
        el.classList.remove("s-unreviewed", "s-accepted", "s-rejected", "s-corrected");
        el.classList.add("s-" + status);
      });
    });
    if (current && rowOf.has(current)) $("sel-status").textContent = rowOf.get(current).getAttribute("data-status");
    const n = Object.keys(decisions).length;
    if ($("local-count")) $("local-count").textContent = n ? n + " decision(s) in this browser, not yet exported" : "";
    all("tr[data-doc][data-total]").forEach((r) => {
      const k = Object.values(decisions).filter((d) => d.doc === r.getAttribute("data-doc")).length;
      r.querySelector(".local").textContent = k ? "(+" + k + " in this browser)" : "";
    });
    const reviewer = load().reviewer || "";
    if ($("reviewer") && document.activeElement !== $("reviewer")) $("reviewer").value = reviewer;
  }

  function select(mid, scrollTo) {
    const row = rowOf.get(mid);
    if (!row) return;
    current = mid;
    all("tr.selected").forEach((r) => { r.classList.remove("selected"); r.removeAttribute("aria-selected"); });
    row.classList.add("selected");
    row.setAttribute("aria-selected", "true");
    all(".flash").forEach((el) => el.classList.remove("flash"));
    (marks.get(mid) || []).forEach((el) => { void el.offsetWidth; el.classList.add("flash"); });
    $("sel-none").hidden = true;
    $("sel").hidden = false;
    $("sel-text").textContent = row.getAttribute("data-text");
    $("sel-label").textContent = row.getAttribute("data-label");
    $("sel-norm").textContent = row.getAttribute("data-norm");
    $("sel-status").textContent = row.getAttribute("data-status");
    const field = $("fix-field");
    field.textContent = "";
    row.getAttribute("data-fields").split(" ").forEach((f) => {
      const o = document.createElement("option");
      o.value = f; o.textContent = f; field.appendChild(o);
    });
    if (scrollTo === "text") {
      const mark = $("m-" + mid) || (marks.get(mid) || [])[0];
      if (mark) {
        mark.scrollIntoView({ block: "center" });
        mark.focus({ preventScroll: true });
      }
    } else {
      row.hidden = false;
      row.scrollIntoView({ block: "nearest" });
    }
  }

  function decide(act, field, value, note) {
    if (!current) return;
    const state = load();
    state.decisions = state.decisions || {};
    const now = new Date().toISOString().slice(0, 19) + "+00:00";
    if (act === "undo") {
      delete state.decisions[current];
    } else {
      const d = state.decisions[current] || { fields: {} };
      d.doc = docId; d.decided_at = now; d.note = note || d.note || "";
      if (act === "correct") { d.decision = "correct"; d.fields = Object.assign({}, d.fields, { [field]: value }); }
      else { d.decision = act; d.fields = {}; }
      state.decisions[current] = d;
    }
    save(state);
    refresh();
  }

  const cell = (v) => { v = String(v == null ? "" : v); return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
  function exportCsv() {
    const state = load();
    const who = state.reviewer || "";
    const lines = [COLS.join(",")];
    Object.keys(state.decisions || {}).sort().forEach((mid) => {
      const d = state.decisions[mid];
      const fields = Object.keys(d.fields || {}).sort();
      if (d.decision === "correct" && fields.length) {
        fields.forEach((f) => lines.push([mid, "correct", f, d.fields[f], d.note, who, d.decided_at].map(cell).join(",")));
      } else {
        lines.push([mid, d.decision, "", "", d.note, who, d.decided_at].map(cell).join(","));
      }
    });
    const csv = lines.join("\n") + "\n";
    $("export").value = csv;
    const link = $("export-link");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
    link.hidden = false;
    return csv;
  }
  window.reviewDecisionsCsv = exportCsv;

  function filter() {
    const v = (id) => ($(id) ? $(id).value : "");
    const t = v("f-table"), k = v("f-kind"), m = v("f-method"), s = v("f-status");
    const c = parseFloat(v("f-conf")) || 0, q = v("f-q").toLowerCase();
    let shown = 0;
    rows.forEach((r) => {
      const ok = (!t || r.getAttribute("data-table") === t) && (!k || r.getAttribute("data-kind") === k)
        && (!m || r.getAttribute("data-method") === m) && (!s || r.getAttribute("data-status") === s)
        && (parseFloat(r.getAttribute("data-conf")) || 0) >= c && (!q || r.textContent.toLowerCase().includes(q));
      r.hidden = !ok;
      shown += ok;
      (marks.get(r.getAttribute("data-mid")) || []).forEach((el) => el.classList.toggle("dim", !ok));
    });
    if ($("f-count")) $("f-count").textContent = shown + " of " + rows.length + " rows shown";
  }

  function sort(th) {
    const table = th.closest("table"), tbody = table.tBodies[0];
    const i = Array.from(th.parentNode.children).indexOf(th);
    const asc = th.getAttribute("aria-sort") !== "ascending";
    const num = th.getAttribute("data-type") === "num";
    const key = (r) => { const x = r.children[i].textContent.trim(); return num ? (parseFloat(x) || 0) : x.toLowerCase(); };
    const sorted = Array.from(tbody.rows).sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1); });
    all("th[aria-sort]").forEach((h) => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    sorted.forEach((r) => tbody.appendChild(r));
  }

  const tip = $("tip");
  function showTip(el) {
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    const rect = el.getBoundingClientRect();
    tip.style.left = Math.max(4, rect.left + window.scrollX) + "px";
    tip.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }
  const tipTarget = (e) => (e.target.closest ? e.target.closest(".hl[data-mid], .box[data-mid]") : null);
  document.addEventListener("mouseover", (e) => { const el = tipTarget(e); if (el) showTip(el); });
  document.addEventListener("focusin", (e) => { const el = tipTarget(e); if (el) showTip(el); });
  document.addEventListener("mouseout", (e) => { if (tipTarget(e)) tip.hidden = true; });
  document.addEventListener("focusout", (e) => { if (tipTarget(e)) tip.hidden = true; });

  function activate(e) {
    const t = e.target;
    const act = t.closest("button[data-act]");
    if (act) { decide(act.getAttribute("data-act")); return; }
    const th = t.closest("table.sortable th");
    if (th) { sort(th); return; }
    const hl = tipTarget(e);
    if (hl) { select(hl.getAttribute("data-mid"), "row"); return; }
    const tr = t.closest("table.sortable tbody tr");
    if (tr) select(tr.getAttribute("data-mid"), "text");
  }
  document.addEventListener("click", activate);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.target.closest && e.target.closest("tbody tr, .hl[data-mid]")) activate(e);
  });
  if ($("fix")) {
    $("fix").addEventListener("submit", (e) => {
      e.preventDefault();
      decide("correct", $("fix-field").value, $("fix-value").value, $("fix-note").value);
    });
  }
  ["f-table", "f-kind", "f-method", "f-status", "f-conf", "f-q"].forEach((id) => {
    if ($(id)) { $(id).addEventListener("input", filter); $(id).addEventListener("change", filter); }
  });
  if ($("export-btn")) {
    $("export-btn").addEventListener("click", () => { exportCsv(); $("export-link").click(); });
    $("clear-btn").addEventListener("click", () => { const s = load(); s.decisions = {}; save(s); refresh(); });
    $("reviewer").addEventListener("input", () => { const s = load(); s.reviewer = $("reviewer").value; save(s); refresh(); });
  }
  refresh();
  filter();
})();
