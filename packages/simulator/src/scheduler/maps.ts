/** Adds `by` to a count kept in a map; a count that reaches zero is deleted, so `has` means "some". */
export function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  const next = (map.get(key) ?? 0) + by;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

/** Appends to the list kept under `key`, starting it when needed. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
