import type { FigureUnit } from '../types';
import { passageOf, round } from './collect';
import type { ArticleFigure, CheckArticle, PassageRef, SameQuantityCheck } from './types';

// Two exact statements further apart than this are a disagreement, not rounding.
const AGREEMENT_PERCENT = 0.5;
// Amounts further apart than this ratio are not the same quantity, however similar their words.
const MAX_RATIO = 1.25;
const MIN_AMOUNT = 1e6;
const STOPWORDS = new Set(
  'diese dieser dieses einer eines einem seine seiner seinen ihrer ihren nicht durch sowie zwischen gegen bereits insgesamt sollen werden wurde wurden haben hatte milliarden milliarde millionen million dollar us-dollar prozent unternehmen konzern rund etwa knapp über unter damit diesem soll'.split(
    ' ',
  ),
);

function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(
    words.filter((word) => word.length >= 5 && !STOPWORDS.has(word)).map((word) => word.slice(0, 6)),
  );
}

function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const stem of small) if (large.has(stem)) count += 1;
  return count;
}

// Whether only white space and at most one opening bracket stand between `from` and `to` ("53 Mrd. USD (ca.
// 380 Mrd. Yuan)"). Read in place, so the far-apart amounts of a long article cost one character each.
function isRightBeside(text: readonly string[], from: number, to: number): boolean {
  let hasBracket = false;
  for (let index = from; index < to; index += 1) {
    const char = text[index] ?? '';
    if (/\s/u.test(char)) continue;
    if ((char === '(' || char === '[') && !hasBracket) hasBracket = true;
    else return false;
  }
  return true;
}

interface Node {
  item: ArticleFigure;
  context: Set<string>;
  /** An amount in another currency stated right beside it ("53 Mrd. USD (ca. 380 Mrd. Yuan)"). */
  companion: ArticleFigure | null;
}

function companionOf(
  item: ArticleFigure,
  sameArticle: readonly ArticleFigure[],
  text: readonly string[],
): ArticleFigure | null {
  return (
    sameArticle.find((other) => {
      if (other === item || other.figure.unit === item.figure.unit) return false;
      const [first, second] =
        other.figure.startCodePoints > item.figure.startCodePoints ? [item, other] : [other, item];
      return isRightBeside(text, first.figure.endCodePoints, second.figure.startCodePoints);
    }) ?? null
  );
}

function close(a: number, b: number, ratio: number): boolean {
  const [low, high] = a < b ? [a, b] : [b, a];
  return low > 0 && high / low <= ratio;
}

function linked(a: Node, b: Node): boolean {
  const fa = a.item.figure;
  const fb = b.item.figure;
  if (fa.unit !== fb.unit || !close(fa.value, fb.value, MAX_RATIO)) return false;
  const companionsAgree =
    a.companion !== null &&
    b.companion !== null &&
    a.companion.figure.unit === b.companion.figure.unit &&
    close(a.companion.figure.value, b.companion.figure.value, 1 + AGREEMENT_PERCENT / 100);
  if (companionsAgree) return true;
  const overlap = shared(a.context, b.context);
  const equal = close(fa.value, fb.value, 1 + AGREEMENT_PERCENT / 100);
  return overlap >= 3 || (equal && overlap >= 2);
}

/** A group of amounts taken for one quantity, and the pairs in it that were linked directly. */
interface Cluster {
  nodes: Node[];
  links: [Node, Node][];
}

function clusters(nodes: Node[]): Cluster[] {
  const parent = nodes.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] ?? index] ?? index;
    return index;
  };
  // Each group's smallest and largest value (at its root): two groups join only while all their values stay
  // within MAX_RATIO. Without that bound, links chain amounts of a large library across orders of magnitude
  // into one group of thousands, every pair of which would read as a disagreement.
  const low = nodes.map((node) => node.item.figure.value);
  const high = [...low];
  const links: [number, number][] = [];
  // Only amounts of one unit within MAX_RATIO of each other can be linked: sorted by unit and value, each
  // node is compared with the few that follow it in that window instead of with every other node (a
  // library of a thousand articles has tens of thousands of amounts). The sort makes groups deterministic.
  const order = nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node.item.figure.value > 0)
    .sort((a, b) =>
      a.node.item.figure.unit === b.node.item.figure.unit
        ? a.node.item.figure.value - b.node.item.figure.value
        : a.node.item.figure.unit < b.node.item.figure.unit
          ? -1
          : 1,
    );
  for (let i = 0; i < order.length; i += 1) {
    const a = order[i]!;
    const limit = a.node.item.figure.value * MAX_RATIO;
    for (let j = i + 1; j < order.length; j += 1) {
      const b = order[j]!;
      if (b.node.item.figure.unit !== a.node.item.figure.unit || b.node.item.figure.value > limit) break;
      if (!linked(a.node, b.node)) continue;
      const [rootA, rootB] = [find(a.index), find(b.index)];
      if (rootA !== rootB) {
        const groupLow = Math.min(low[rootA]!, low[rootB]!);
        const groupHigh = Math.max(high[rootA]!, high[rootB]!);
        if (!close(groupLow, groupHigh, MAX_RATIO)) continue;
        const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
        parent[child] = root;
        low[root] = groupLow;
        high[root] = groupHigh;
      }
      links.push([a.index, b.index]);
    }
  }
  const groups = new Map<number, Cluster>();
  const groupOf = (index: number): Cluster => {
    const root = find(index);
    let group = groups.get(root);
    if (!group) {
      group = { nodes: [], links: [] };
      groups.set(root, group);
    }
    return group;
  };
  nodes.forEach((node, index) => groupOf(index).nodes.push(node));
  for (const [a, b] of links) groupOf(a).links.push([nodes[a]!, nodes[b]!]);
  return [...groups.values()];
}

/**
 * Finds amounts that are the same quantity stated in several places (same unit and magnitude, and the
 * same companion amount or enough shared context words) and reports where their values disagree.
 */
export function checkSameQuantities(
  figures: readonly ArticleFigure[],
  articles: readonly CheckArticle[],
): SameQuantityCheck[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  // Each article's text as code points, split once (not once per amount).
  const codePoints = new Map<string, string[]>();
  const codePointsOf = (id: string): string[] => {
    let text = codePoints.get(id);
    if (!text) {
      text = Array.from(byId.get(id)?.text ?? '');
      codePoints.set(id, text);
    }
    return text;
  };
  const amounts = figures.filter(
    (item) => item.figure.kind === 'amount' && Math.abs(item.figure.value) >= MIN_AMOUNT,
  );
  const amountsByArticle = new Map<string, ArticleFigure[]>();
  for (const item of amounts) {
    const list = amountsByArticle.get(item.articleId);
    if (list) list.push(item);
    else amountsByArticle.set(item.articleId, [item]);
  }
  const nodes: Node[] = amounts.map((item) => {
    const text = codePointsOf(item.articleId);
    const sentence = text
      .slice(item.figure.sentenceStartCodePoints, item.figure.sentenceEndCodePoints)
      .join('');
    const context = stems(`${byId.get(item.articleId)?.title ?? ''} ${sentence}`);
    const companion = companionOf(item, amountsByArticle.get(item.articleId) ?? [], text);
    return { item, context, companion };
  });
  return clusters(nodes)
    .filter((group) => new Set(group.nodes.map((node) => node.item.articleId)).size >= 2)
    .map((group) => describeCluster(group));
}

// "über 50 Mrd." is kept by 53 and 54; "fast 30" by 29. Rounding within AGREEMENT_PERCENT is allowed.
function keepsBound(bound: 'at_least' | 'at_most', limit: number, value: number): boolean {
  const slack = Math.abs(limit) * (AGREEMENT_PERCENT / 100);
  return bound === 'at_least' ? value >= limit - slack : value <= limit + slack;
}

// Disagreements are reported between amounts linked directly (same words or companion), not between every
// pair of a group: two amounts can share a group through a third without being about the same thing.
function describeCluster({ nodes: group, links }: Cluster): SameQuantityCheck {
  const unit: FigureUnit = group[0]?.item.figure.unit ?? 'other';
  const exact = group.filter(({ item }) => item.figure.qualifiers.bound === null);
  const breaksBound = (bounded: ArticleFigure, other: ArticleFigure): boolean => {
    const bound = bounded.figure.qualifiers.bound;
    return (
      bound !== null &&
      other.figure.qualifiers.bound === null &&
      !keepsBound(bound, bounded.figure.value, other.figure.value)
    );
  };
  const brokenBounds = new Set<ArticleFigure>();
  for (const [a, b] of links) {
    if (breaksBound(a.item, b.item)) brokenBounds.add(a.item);
    if (breaksBound(b.item, a.item)) brokenBounds.add(b.item);
  }
  const members = group.map(({ item }) => ({
    ...passageOf(item),
    value: item.figure.value,
    publishedOn: item.publishedOn,
    bound: item.figure.qualifiers.bound,
    isBoundMet: item.figure.qualifiers.bound === null ? null : !brokenBounds.has(item),
  }));
  const conflicts: SameQuantityCheck['conflicts'] = [];
  const seen = new Set<string>();
  for (const [first, second] of links) {
    const [a, b] = first.item.figure.value <= second.item.figure.value ? [first, second] : [second, first];
    const [va, vb] = [a.item.figure.value, b.item.figure.value];
    if (a.item.figure.qualifiers.bound === null && b.item.figure.qualifiers.bound === null) {
      if (va === vb || close(va, vb, 1 + AGREEMENT_PERCENT / 100)) continue;
      const key = `${va}|${vb}`;
      if (!seen.has(key)) {
        seen.add(key);
        conflicts.push({ a: passageOf(a.item), b: passageOf(b.item), valueA: va, valueB: vb });
      }
      continue;
    }
    for (const [bounded, other] of [
      [first, second],
      [second, first],
    ] as const) {
      if (!breaksBound(bounded.item, other.item)) continue;
      conflicts.push({
        a: passageOf(bounded.item),
        b: passageOf(other.item),
        valueA: bounded.item.figure.value,
        valueB: other.item.figure.value,
      });
    }
  }
  const values = exact.map(({ item }) => item.figure.value);
  const spreadPercent =
    values.length > 0 ? ((Math.max(...values) - Math.min(...values)) / Math.min(...values)) * 100 : 0;
  return {
    type: 'same_quantity',
    unit,
    members,
    isDisagreement: conflicts.length > 0,
    conflicts,
    spreadPercent,
    summary: summarize(unit, members, conflicts, spreadPercent),
  };
}

function summarize(
  unit: FigureUnit,
  members: (PassageRef & { value: number })[],
  conflicts: SameQuantityCheck['conflicts'],
  spreadPercent: number,
): string {
  const stated = [...new Set(members.map((member) => `"${member.surface}"`))].join(', ');
  if (conflicts.length === 0) return `The same amount in ${unit} is stated consistently: ${stated}.`;
  return `The same amount in ${unit} is stated differently (${round(spreadPercent, 1)} % apart): ${stated}.`;
}
