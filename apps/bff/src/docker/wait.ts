const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads until `done` holds or the budget (real milliseconds) runs out, and answers the last read.
 * Docker's requests block until the daemon has acted; the simulated cloud acts on its own clock.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  budgetMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await pause(intervalMs);
    value = await read();
  }
  return value;
}
