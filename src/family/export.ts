/** Exports of one family: a nested JSON tree, Mermaid and DOT text, graphology's serialized graph. */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";

/** A node of the JSON tree. */
export interface FamilyTreeNode {
  id: string;
  name: string;
  country?: string;
  kind: "legalEntity" | "branch";
  level: number;
  /** Share the parent holds (percent), where known. */
  share?: number;
  children: FamilyTreeNode[];
}

/** Node attributes of a family graph. Graph keys are internal ("e" + number), never user ids. */
export interface FamilyNodeAttributes {
  id: string;
  name: string;
  country?: string;
  kind: "legalEntity" | "branch";
  level: number;
}
export interface FamilyEdgeAttributes {
  type: string;
  share?: number;
}
export type FamilyGraph = Graph<FamilyNodeAttributes, FamilyEdgeAttributes>;

/**
 * The family as a nested tree, built without recursion.
 *
 * @example
 * toJsonTree(graph, "e0") //=> { id: "acme-holdings", children: [{ id: "acme-brasil", ... }], ... }
 */
export function toJsonTree(graph: FamilyGraph, rootKey: string): FamilyTreeNode {
  const make = (key: string): FamilyTreeNode => {
    const a = graph.getNodeAttributes(key);
    const node: FamilyTreeNode = { id: a.id, name: a.name, kind: a.kind, level: a.level, children: [] };
    if (a.country) node.country = a.country;
    return node;
  };
  const root = make(rootKey);
  const stack: [string, FamilyTreeNode][] = [[rootKey, root]];
  while (stack.length > 0) {
    const [key, node] = stack.pop() as [string, FamilyTreeNode];
    graph.forEachOutEdge(key, (_edge, attrs, _source, target) => {
      const child = make(target);
      if (attrs.share !== undefined) child.share = attrs.share;
      node.children.push(child);
      stack.push([target, child]);
    });
    node.children.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return root;
}

function mermaidText(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;")).replace(/[\r\n]+/g, " ");
}

/**
 * Mermaid flowchart text (top-down), parents above children, shares on the edges.
 *
 * @example
 * toMermaid(graph) //=> 'flowchart TD\n  e0["Acme Holdings Inc. (US)"]\n  e0 -->|100%| e1 ...'
 */
export function toMermaid(graph: FamilyGraph): string {
  const lines = ["flowchart TD"];
  graph.forEachNode((key, a) => lines.push(`  ${key}["${mermaidText(a.name)}${a.country ? ` (${a.country})` : ""}"]${a.kind === "branch" ? ":::branch" : ""}`));
  graph.forEachEdge((_e, attrs, source, target) => lines.push(`  ${source} -->${attrs.share !== undefined ? `|${attrs.share}%|` : ""} ${target}`));
  lines.push("  classDef branch stroke-dasharray: 5 5");
  return lines.join("\n");
}

function dotText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ");
}

/**
 * Graphviz DOT text.
 *
 * @example
 * toDot(graph) //=> 'digraph family {\n  "e0" [label="Acme Holdings Inc.\\nUS"];\n  "e0" -> "e1" [label="100%"];\n}'
 */
export function toDot(graph: FamilyGraph): string {
  const lines = ["digraph family {", "  rankdir=TB;", "  node [shape=box];"];
  graph.forEachNode((key, a) => lines.push(`  "${key}" [label="${dotText(a.name)}${a.country ? `\\n${a.country}` : ""}"${a.kind === "branch" ? ", style=dashed" : ""}];`));
  graph.forEachEdge((_e, attrs, source, target) => lines.push(`  "${source}" -> "${target}"${attrs.share !== undefined ? ` [label="${attrs.share}%"]` : ""};`));
  lines.push("}");
  return lines.join("\n");
}

/**
 * graphology's own serialization of the family graph (graph.export()).
 *
 * @example
 * toSerialized(families.familyGraph("ACME-HOLDING")).nodes.length //=> the family's members
 */
export function toSerialized(graph: FamilyGraph): SerializedGraph<FamilyNodeAttributes, FamilyEdgeAttributes> {
  return graph.export();
}
