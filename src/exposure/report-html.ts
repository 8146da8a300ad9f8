/**
 * The credit report: one self-contained HTML file (no network at view time) with the portfolio
 * summary, the families ranked by exposure, and an interactive tree per family.
 */
import type { CorporateFamilies } from "../family/index.js";
import type { ExposureView, NodeFigures } from "./roll-up.js";

interface TreeNode {
  id: string;
  name: string;
  country: string;
  own: number;
  subtree: number;
  limit: number | null;
  utilization: number | null;
  breach: boolean;
  overdueShare: number;
  children: TreeNode[];
}

/** Builds the tree of one family for the page, without recursion. */
function familyTree(view: ExposureView, families: CorporateFamilies, ultimateId: string, breached: Set<string>): TreeNode {
  const node = (id: string): TreeNode => {
    const f: NodeFigures = view.get(id);
    const e = families.entity(id);
    return { id, name: e.name, country: e.country ?? "", own: f.ownExposure, subtree: f.subtreeExposure, limit: f.limit ?? null, utilization: f.utilization ?? null, breach: breached.has(id), overdueShare: f.overdueShare, children: [] };
  };
  const root = node(ultimateId);
  const stack: TreeNode[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop() as TreeNode;
    for (const child of families.children(parent.id)) {
      const c = node(child.id);
      parent.children.push(c);
      stack.push(c);
    }
    parent.children.sort((a, b) => b.subtree - a.subtree || (a.id < b.id ? -1 : 1));
  }
  return root;
}

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d2733;background:#f6f7f9}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 14px;min-width:150px}
.card b{display:block;font-size:20px}
table{border-collapse:collapse;background:#fff;width:100%;margin-top:6px}td,th{border-bottom:1px solid #e5e8ec;padding:5px 8px;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.family{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:10px 0;padding:8px 12px}
.family>h3{margin:4px 0;font-size:15px}
ul.tree{list-style:none;padding-left:18px;margin:2px 0}ul.tree.root{padding-left:0}
.row{display:grid;grid-template-columns:22px minmax(220px,1fr) 130px 130px 160px 70px;align-items:center;gap:6px;padding:2px 0}
.toggle{cursor:pointer;border:1px solid #b8c0c9;background:#fff;border-radius:4px;width:18px;height:18px;line-height:14px;padding:0;font-size:12px}
.bar{height:10px;background:#e7ebf0;border-radius:5px;overflow:hidden}.bar>span{display:block;height:100%;background:#3b82c4}
.bar.util>span{background:#2e9d63}.bar.util.warn>span{background:#e0a31f}.bar.util.over>span{background:#d64545}
.breach{color:#b42318;font-weight:600}.muted{color:#6b7785}.collapsed>ul{display:none}
`;

const SCRIPT = `
const data = JSON.parse(document.getElementById("report-data").textContent);
const fmt = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (n) => (n * 100).toFixed(1) + "%";
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}
function renderNode(node, max, depth) {
  const li = el("li", { "data-entity": node.id, class: depth >= 1 && node.children.length ? "collapsed" : "" });
  const toggle = node.children.length ? el("button", { class: "toggle", "aria-label": "expand or collapse" }, depth >= 1 ? "+" : "−") : el("span", {});
  if (node.children.length) toggle.addEventListener("click", () => { li.classList.toggle("collapsed"); toggle.textContent = li.classList.contains("collapsed") ? "+" : "−"; });
  const exposureBar = el("div", { class: "bar", title: "subtree exposure" }, el("span", { style: "width:" + Math.max(1, 100 * node.subtree / (max || 1)).toFixed(1) + "%" }));
  const u = node.utilization;
  const utilBar = u === null ? el("span", { class: "muted" }, "no limit") : el("div", { class: "bar util" + (u > 1 ? " over" : u >= 0.9 ? " warn" : ""), title: "utilization " + pct(u) }, el("span", { style: "width:" + Math.min(100, 100 * u).toFixed(1) + "%" }));
  const name = el("span", {}, node.name + " ", el("span", { class: "muted" }, node.country), node.breach ? el("span", { class: "breach", title: "limit breached" }, " ▲ breach") : "");
  li.append(el("div", { class: "row" }, toggle, name, el("span", { class: "num subtree", "data-value": node.subtree }, fmt(node.subtree)), exposureBar, utilBar, el("span", { class: "num util" }, u === null ? "" : pct(u))));
  if (node.children.length) {
    const ul = el("ul", { class: "tree" });
    for (const c of node.children) ul.append(renderNode(c, max, depth + 1));
    li.append(ul);
  }
  return li;
}
const families = document.getElementById("families");
for (const f of data.families) {
  const box = el("section", { class: "family", "data-family": f.tree.id });
  box.append(el("h3", {}, f.tree.name + " — ", el("span", { class: "num family-total", "data-value": f.tree.subtree }, fmt(f.tree.subtree)), " " + data.currency + " (" + pct(f.share) + " of the portfolio)"));
  box.append(el("div", { class: "row muted" }, el("span"), el("span", {}, "entity"), el("span", { class: "num" }, "exposure"), el("span", {}, ""), el("span", {}, "limit use"), el("span", {}, "")));
  box.append(el("ul", { class: "tree root" }, renderNode(f.tree, f.tree.subtree, 0)));
  families.append(box);
}
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/**
 * The report as one HTML document. Data is embedded as JSON (with "<" escaped); scripts and
 * styles are inline, so the file opens offline.
 *
 * @example
 * writeFileSync("report.html", renderReport(view, families, { title: "Credit exposure" }));
 */
export function renderReport(view: ExposureView, families: CorporateFamilies, options: { title?: string; maxFamilies?: number } = {}): string {
  const c = view.concentration(options.maxFamilies ?? 50);
  const breached = new Set(view.breaches.map((b) => b.entityId));
  const data = {
    currency: view.reportingCurrency,
    families: c.families.map((f) => ({ share: f.share, tree: familyTree(view, families, f.ultimateId, breached) })),
  };
  const money = (n: number): string => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rows = (items: string[][]): string => items.map((r) => `<tr>${r.map((cell, i) => `<td${i > 0 && /^[-\d.,%]+$/.test(cell) ? ' class="num"' : ""}>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("");
  const connections = view.connections();
  const near = view.nearOrOverLimit().slice(0, 15);
  const under = view.underUsedLimits().slice(0, 15);
  const prospects = view.prospects({ limit: 15 });
  const title = escapeHtml(options.title ?? "firmograph credit exposure report");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body>
<h1>${title}</h1>
<p class="muted">Reporting currency ${escapeHtml(view.reportingCurrency)} · mode ${view.mode} · limit model ${view.limitModel}</p>
<div class="cards" id="summary">
<div class="card">Total exposure<b id="total-exposure" data-value="${c.total}">${money(c.total)}</b></div>
<div class="card">Customers<b id="customer-count">${view.customers().length}</b></div>
<div class="card">Families with exposure<b>${data.families.length}</b></div>
<div class="card">Limit breaches<b id="breach-count">${view.breaches.length}</b></div>
<div class="card">Concentration (HHI)<b>${c.hhi.toFixed(3)}</b></div>
<div class="card">Top 5 families' share<b>${(100 * c.families.slice(0, 5).reduce((s, f) => s + f.share, 0)).toFixed(1)}%</b></div>
</div>
<h2>Families by exposure</h2>
<table id="family-table"><thead><tr><th>global ultimate</th><th class="num">exposure</th><th class="num">share</th></tr></thead><tbody>
${rows(c.families.map((f) => [families.entity(f.ultimateId).name, money(f.exposure), `${(100 * f.share).toFixed(1)}%`]))}
</tbody></table>
<h2>Limit breaches</h2>
<table id="breaches"><thead><tr><th>entity</th><th>scope</th><th class="num">limit</th><th class="num">used</th><th class="num">excess</th></tr></thead><tbody>
${rows(view.breaches.map((b) => [families.entity(b.entityId).name, b.scope, money(b.limit), money(b.used), money(b.excess)]))}
</tbody></table>
<h2>Customers that share a family</h2>
<table><tbody>${rows(connections.map((g) => [families.entity(g.ultimate).name, g.ids.map((id) => families.entity(id).name).join(", ")]))}</tbody></table>
<h2>Near or over limit (order release at risk)</h2>
<table><tbody>${rows(near.map((f) => [families.entity(f.entityId).name, money(f.ownExposure), `${(100 * Math.max(...f.limits.map((l) => l.utilization))).toFixed(1)}%`]))}</tbody></table>
<h2>Room to sell (low risk, limits under-used)</h2>
<table><tbody>${rows(under.map((f) => [families.entity(f.entityId).name, money(f.availableCredit ?? 0)]))}</tbody></table>
<h2>Prospects: family members of top customers that are not customers</h2>
<table><tbody>${rows(prospects.map((p) => [p.name, p.country ?? "", `near ${families.entity(p.nearestCustomer).name}`]))}</tbody></table>
<h2>Family trees</h2>
<div id="families"></div>
<script type="application/json" id="report-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
