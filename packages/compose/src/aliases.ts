import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document } from 'yaml';

/**
 * The node each alias refers to: the anchor of its name defined most recently before it in
 * document order (YAML's rule), found in one walk without recursion. The library's
 * `Alias.resolve(doc)` walks the whole document for every alias instead.
 */
export function anchorTargets(doc: Document.Parsed): Map<Alias, unknown> {
  const targets = new Map<Alias, unknown>();
  const anchors = new Map<string, unknown>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      continue;
    }
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return targets;
}
