import { performance } from 'node:perf_hooks';

/** The longest the event loop was kept from a 5 ms timer while `work` ran: how long a request could wait. */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 5);
    last = now;
  }, 5);
  const result = await work();
  clearInterval(probe);
  return { result, stallMs: Math.max(stallMs, performance.now() - last - 5) };
}
