/**
 * buildFamilyGraph: corporate family trees from entities and ownership/control relationships,
 * with the faults found, and the queries a credit team asks (ultimates, members, related
 * customers, prospects, integrated ownership). Registry-scale work runs on the compact core;
 * graphology graphs are built per family on demand for traversal and export.
 */
import Graph from "graphology";
import { bfsFromNode } from "graphology-traversal";
import { type FamilyCore, type Link, type RejectedRow, buildCore } from "./core.js";
import { type FamilyEdgeAttributes, type FamilyGraph, type FamilyNodeAttributes, type FamilyTreeNode, toDot, toJsonTree, toMermaid, toSerialized } from "./export.js";
import { type OwnershipGraph, integratedHoldings, ownershipGraphOf } from "./integrated-ownership.js";
import { type FamilyEntity, type FamilyEntityInput, type FamilyIssue, type FamilyOptions, type RelationshipInput, UnknownEntityError, familyOptionsSchema } from "./schema.js";
import { validate } from "../match/schema.js";

/** A member of a family as the queries return it. */
export interface FamilyMember {
  id: string;
  name: string;
  country: string | undefined;
  kind: "legalEntity" | "branch";
  /** 0 for the global ultimate, 1 for its direct subsidiaries... */
  level: number;
  parent: string | null;
  /** Share the controlling parent holds (percent), where known. */
  share: number | undefined;
  /** How the controlling parent was decided: the relationship type, or "aggregated". */
  linkType: string | undefined;
}

export interface RelatedGroup {
  ultimate: string;
  ids: string[];
  /** For each id of the group, its path to the shared top: [id, parent, ..., ultimate]. */
  paths: Record<string, string[]>;
  /** Whether the group is linked through secondary (non-controlling) parents only. */
  viaSecondary: boolean;
}

export interface Prospect {
  id: string;
  name: string;
  country: string | undefined;
  /** Links between the prospect and the nearest customer in the family (parent/child steps). */
  distance: number;
  nearestCustomer: string;
  path: string[];
}

export interface FamilyGraphInput {
  entities: Iterable<FamilyEntityInput | unknown>;
  relationships: Iterable<RelationshipInput | unknown>;
}

/**
 * The built family graph and its queries.
 *
 * @example
 * const families = buildFamilyGraph({ entities, relationships }); families.globalUltimate("ACME-DE") //=> "ACME-HOLDING"
 */
export class CorporateFamilies {
  /** Data faults found, each with the resolution applied. */
  readonly issues: FamilyIssue[];
  /** Rows that failed validation, with their issues. */
  readonly rejected: RejectedRow[];
  private ownershipGraph: OwnershipGraph | undefined;

  constructor(private readonly core: FamilyCore) {
    this.issues = core.issues;
    this.rejected = core.rejected;
  }

  /** Number of entities. */
  get size(): number {
    return this.core.ids.length;
  }

  private num(id: string): number {
    const n = this.core.numberOf.get(String(id));
    if (n === undefined) throw new UnknownEntityError(String(id));
    return n;
  }

  private member(n: number): FamilyMember {
    const c = this.core;
    const e = c.entities[n] as FamilyEntity;
    const p = c.parent[n] as number;
    const link = c.parentLink[n];
    return {
      id: e.id, name: e.name, country: e.country, kind: c.isBranch[n] ? "branch" : "legalEntity", level: c.level[n] as number,
      parent: p >= 0 ? (c.ids[p] as string) : null, share: link?.votes ?? link?.share, linkType: link?.type,
    };
  }

  /** Whether an id is known. */
  has(id: string): boolean {
    return this.core.numberOf.has(String(id));
  }

  /** The entity as given. @example families.entity("acme-br").name //=> "Acme Brasil Ltda" */
  entity(id: string): FamilyMember {
    return this.member(this.num(id));
  }

  /** The global ultimate: top of the chain of controlling parents. @example families.globalUltimate("acme-br") //=> "acme-holdings" */
  globalUltimate(id: string): string {
    return this.core.ids[this.core.ultimate[this.num(id)] as number] as string;
  }

  /** The highest member of the chain in the entity's own country. @example families.domesticUltimate("acme-br") //=> "acme-br" */
  domesticUltimate(id: string): string {
    return this.core.ids[this.core.domestic[this.num(id)] as number] as string;
  }

  /** The controlling parent, or null at the top. @example families.parent("acme-br")?.id //=> "acme-holdings" */
  parent(id: string): FamilyMember | null {
    const p = this.core.parent[this.num(id)] as number;
    return p >= 0 ? this.member(p) : null;
  }

  /** Direct controlled children. @example families.children("acme-holdings").map((m) => m.id) //=> ["acme-br", "acme-de"] */
  children(id: string): FamilyMember[] {
    const n = this.num(id);
    const out: FamilyMember[] = [];
    for (let k = this.core.childStart[n] as number; k < (this.core.childStart[n + 1] as number); k++) out.push(this.member(this.core.childList[k] as number));
    return out;
  }

  private descendantNumbers(n: number): number[] {
    const c = this.core;
    const out: number[] = [];
    const queue = [n];
    for (let head = 0; head < queue.length; head++) {
      const x = queue[head] as number;
      for (let k = c.childStart[x] as number; k < (c.childStart[x + 1] as number); k++) {
        const y = c.childList[k] as number;
        out.push(y);
        queue.push(y);
      }
    }
    return out;
  }

  /** Every entity below, breadth first. @example families.descendants("acme-holdings") //=> ["acme-br", "acme-de", "acme-de-log"] */
  descendants(id: string): string[] {
    return this.descendantNumbers(this.num(id)).map((x) => this.core.ids[x] as string);
  }

  /** From the entity up to its global ultimate. @example families.pathToUltimate("acme-de-log") //=> ["acme-de-log", "acme-de", "acme-holdings"] */
  pathToUltimate(id: string): string[] {
    const out: string[] = [];
    for (let x = this.num(id); x >= 0; x = this.core.parent[x] as number) out.push(this.core.ids[x] as string);
    return out;
  }

  /** Other children of the same controlling parent. @example families.siblings("acme-br") //=> ["acme-de"] */
  siblings(id: string): string[] {
    const n = this.num(id);
    const p = this.core.parent[n] as number;
    if (p < 0) return [];
    return this.children(this.core.ids[p] as string).map((m) => m.id).filter((x) => x !== String(id));
  }

  /** The whole family of an entity: its global ultimate and every member, top first. @example families.familyOf("acme-br").ultimate //=> "acme-holdings" */
  familyOf(id: string): { ultimate: string; members: FamilyMember[] } {
    const top = this.core.ultimate[this.num(id)] as number;
    return { ultimate: this.core.ids[top] as string, members: [top, ...this.descendantNumbers(top)].map((x) => this.member(x)) };
  }

  /** Members of the family headed by `ultimateId`, optionally of one country. @example families.members("acme-holdings", { country: "DE" }) */
  members(ultimateId: string, options: { country?: string } = {}): FamilyMember[] {
    const top = this.num(ultimateId);
    const all = [top, ...this.descendantNumbers(top)].map((x) => this.member(x));
    const country = options.country?.toUpperCase();
    return country ? all.filter((m) => m.country === country) : all;
  }

  /** Joint owners of a joint venture (empty when it has none). */
  jointOwners(id: string): string[] {
    return (this.core.jointOwners.get(this.num(id)) ?? []).map((x) => this.core.ids[x] as string);
  }

  /** Parents that do not control: other candidates, minority and joint owners, links that closed a cycle. */
  secondaryParents(id: string): { parent: string; type: string; share: number | undefined }[] {
    const n = this.num(id);
    return this.core.secondary.filter((l) => l.child === n).map((l) => ({ parent: this.core.ids[l.parent] as string, type: l.type, share: l.votes ?? l.share }));
  }

  /** The declared ultimate parent, where the data gave one. */
  declaredUltimate(id: string): string | undefined {
    const d = this.core.declaredUltimate.get(this.num(id));
    return d === undefined ? undefined : (this.core.ids[d] as string);
  }

  private ownershipOf(): OwnershipGraph {
    this.ownershipGraph ??= ownershipGraphOf(this.core.ownership);
    return this.ownershipGraph;
  }

  /**
   * The share (percent, 0-100) `owner` holds in `owned` through all paths, cross-holdings and cycles included.
   *
   * @example
   * families.integratedOwnership("X", "C") //=> 31.11 (X 80% of A, A 50% of B, B 20% of A and 70% of C)
   */
  integratedOwnership(owner: string, owned: string): number {
    const holdings = integratedHoldings(this.ownershipOf(), this.num(owner));
    return 100 * (holdings.get(this.num(owned)) ?? 0);
  }

  /** Every integrated holding of `owner` (percent), e.g. of a family's ultimate in all its members. */
  integratedOwnershipOf(owner: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [n, t] of integratedHoldings(this.ownershipOf(), this.num(owner))) out.set(this.core.ids[n] as string, 100 * t);
    return out;
  }

  /**
   * Which of the given ids share a family: groups of two or more, with each member's path to the
   * shared top. Secondary (non-controlling) parents link families here too, flagged `viaSecondary`.
   *
   * @example
   * families.related(["acme-br", "acme-de", "other"]) //=> [{ ultimate: "acme-holdings", ids: ["acme-br", "acme-de"], ... }]
   */
  related(ids: Iterable<string>): RelatedGroup[] {
    const c = this.core;
    const known = [...new Set([...ids].map(String))].filter((id) => c.numberOf.has(id));
    // union of families through secondary links
    const top = (n: number): number => c.ultimate[n] as number;
    const link = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (link.has(r) && link.get(r) !== r) r = link.get(r) as number;
      let y = x;
      while (y !== r) {
        const next = link.get(y) as number;
        link.set(y, r);
        y = next;
      }
      return r;
    };
    const wanted = new Set(known.map((id) => top(c.numberOf.get(id) as number)));
    for (const l of c.secondary) {
      const a = top(l.child);
      const b = top(l.parent);
      if (a !== b && (wanted.has(a) || wanted.has(b))) {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) link.set(ra, rb);
      }
    }
    const groups = new Map<number, string[]>();
    for (const id of known) {
      const g = find(top(c.numberOf.get(id) as number));
      const list = groups.get(g);
      if (list) list.push(id);
      else groups.set(g, [id]);
    }
    const out: RelatedGroup[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const tops = new Set(members.map((id) => top(c.numberOf.get(id) as number)));
      // own properties however the ids read ("__proto__" is an id like any other)
      const paths: Record<string, string[]> = Object.fromEntries(members.map((id) => [id, this.pathToUltimate(id)]));
      out.push({ ultimate: this.globalUltimate(members[0] as string), ids: members.sort(), paths, viaSecondary: tops.size > 1 });
    }
    return out.sort((a, b) => b.ids.length - a.ids.length || (a.ultimate < b.ultimate ? -1 : 1));
  }

  /**
   * Members of the customers' families that are not customers, nearest first (steps along parent
   * and child links from the nearest customer), then by level and id.
   *
   * @example
   * families.prospects(["acme-de"]) //=> [{ id: "acme-holdings", distance: 1, nearestCustomer: "acme-de", ... }, ...]
   */
  prospects(customerIds: Iterable<string>, options: { limit?: number } = {}): Prospect[] {
    const customers = new Set([...customerIds].map(String).filter((id) => this.has(id)));
    const byFamily = new Map<number, string[]>();
    for (const id of customers) {
      const t = this.core.ultimate[this.core.numberOf.get(id) as number] as number;
      const list = byFamily.get(t);
      if (list) list.push(id);
      else byFamily.set(t, [id]);
    }
    const out: Prospect[] = [];
    for (const [topNumber] of byFamily) {
      const graph = this.familyGraphOf(topNumber);
      // multi-source breadth-first search from every customer of the family, over parent and child links
      const best = new Map<string, { distance: number; from: string; via: string | null }>();
      for (const id of byFamily.get(topNumber) ?? []) {
        const start = this.keyOf(id);
        bfsFromNode(graph, start, (key, _attrs, depth) => {
          const known = best.get(key);
          if (known && known.distance <= depth) return true;
          best.set(key, { distance: depth, from: id, via: null });
          return false;
        }, { mode: "directed" });
      }
      for (const [key, b] of best) {
        const a = graph.getNodeAttributes(key);
        if (customers.has(a.id)) continue;
        out.push({ id: a.id, name: a.name, country: a.country, distance: b.distance, nearestCustomer: b.from, path: this.pathBetween(a.id, b.from) });
      }
    }
    out.sort((a, b) => a.distance - b.distance || this.entity(a.id).level - this.entity(b.id).level || (a.id < b.id ? -1 : 1));
    return options.limit !== undefined ? out.slice(0, options.limit) : out;
  }

  /** The path between two members of one family through their lowest common ancestor. */
  private pathBetween(a: string, b: string): string[] {
    const up = this.pathToUltimate(a);
    const other = this.pathToUltimate(b);
    const onOther = new Map(other.map((id, i) => [id, i]));
    const meet = up.findIndex((id) => onOther.has(id));
    if (meet < 0) return [];
    return [...up.slice(0, meet + 1), ...other.slice(0, onOther.get(up[meet] as string)).reverse()];
  }

  private keyOf(id: string): string {
    return `e${this.num(id)}`;
  }

  private familyGraphOf(top: number): FamilyGraph {
    const c = this.core;
    const graph: FamilyGraph = new Graph<FamilyNodeAttributes, FamilyEdgeAttributes>({ type: "directed", multi: false, allowSelfLoops: false });
    const numbers = [top, ...this.descendantNumbers(top)];
    for (const x of numbers) {
      const m = this.member(x);
      const attrs: FamilyNodeAttributes = { id: m.id, name: m.name, kind: m.kind, level: m.level };
      if (m.country) attrs.country = m.country;
      graph.addNode(`e${x}`, attrs);
    }
    for (const x of numbers) {
      const p = c.parent[x] as number;
      if (p < 0 || x === top) continue;
      const link = c.parentLink[x] as Link;
      const attrs: FamilyEdgeAttributes = { type: link.type };
      const share = link.votes ?? link.share;
      if (share !== undefined) attrs.share = share;
      graph.addDirectedEdge(`e${p}`, `e${x}`, attrs);
    }
    return graph;
  }

  /**
   * The family of an entity as a graphology graph (keys "e" + internal number; the user id is the
   * `id` attribute, so ids such as "__proto__" are safe).
   */
  familyGraph(id: string): FamilyGraph {
    return this.familyGraphOf(this.core.ultimate[this.num(id)] as number);
  }

  /** The family as a nested JSON tree. @example families.toJsonTree("acme-br").children[0].id //=> "acme-br" */
  toJsonTree(id: string): FamilyTreeNode {
    const top = this.core.ultimate[this.num(id)] as number;
    return toJsonTree(this.familyGraphOf(top), `e${top}`);
  }

  /** The family as Mermaid flowchart text. */
  toMermaid(id: string): string {
    return toMermaid(this.familyGraph(id));
  }

  /** The family as Graphviz DOT text. */
  toDot(id: string): string {
    return toDot(this.familyGraph(id));
  }

  /** The family as graphology's serialized graph. */
  toSerialized(id: string): ReturnType<typeof toSerialized> {
    return toSerialized(this.familyGraph(id));
  }

  /** All global ultimates (tops of families with at least `minMembers` members), largest first. */
  ultimates(options: { minMembers?: number } = {}): { id: string; members: number }[] {
    const c = this.core;
    const counts = new Map<number, number>();
    for (let i = 0; i < c.ids.length; i++) counts.set(c.ultimate[i] as number, (counts.get(c.ultimate[i] as number) ?? 0) + 1);
    const min = options.minMembers ?? 1;
    return [...counts].filter(([, k]) => k >= min).map(([t, k]) => ({ id: c.ids[t] as string, members: k })).sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1));
  }

  /** Internal numbers for the exposure roll-up: parent array, ultimates, children (read-only views). */
  get compact(): Readonly<Pick<FamilyCore, "ids" | "numberOf" | "parent" | "ultimate" | "level" | "childStart" | "childList">> {
    return this.core;
  }
}

/**
 * Builds corporate family trees from entities and relationships. Never throws on bad rows:
 * they are in `rejected`, data faults in `issues` (each with its resolution).
 *
 * @example
 * const families = buildFamilyGraph({ entities, relationships }, { controlThreshold: 50 });
 * families.globalUltimate("acme-br") //=> "acme-holdings"
 */
export function buildFamilyGraph(input: FamilyGraphInput, options: FamilyOptions = {}): CorporateFamilies {
  const o = validate(familyOptionsSchema, "family options", options);
  return new CorporateFamilies(buildCore(input.entities, input.relationships, o));
}
