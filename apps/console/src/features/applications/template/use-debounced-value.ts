import { useEffect, useMemo, useState } from 'react';

/**
 * A value that follows `value` once it has stopped changing for `delayMs`: a placement preview is
 * asked for when typing pauses, not on every keystroke. Values are compared by their JSON.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const text = JSON.stringify({ value });
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text === settled) return undefined;
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, settled, delayMs]);
  return useMemo(() => (JSON.parse(settled) as { value: T }).value, [settled]);
}
