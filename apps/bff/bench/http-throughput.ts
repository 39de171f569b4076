import {
  BENCH_CONNECTIONS,
  emit,
  freePort,
  measureRps,
  signIn,
  startBff,
  startScript,
  waitForHealth,
} from './bench-server.ts';
import type { RpsFigure as Figure } from './bench-server.ts';

/**
 * Requests per second of the BFF's health and session endpoints, against a bare Express handler
 * returning the same health body, measured in the same run. Prints one JSON line per figure.
 * Each also says the server's CPU time per request, and its ratio to the bare handler's
 * (`cpuRatioToBare`): the client shares the machine, so requests per second move with whatever
 * else runs, CPU per request much less.
 */
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
/** Targets are measured in turn this many times and the best run of each kept: a busy core then hurts all alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Session-checked requests should cost at most this much more than a bare handler (issue 7). */
const SESSION_AIM = 0.7;

const bff = await startBff();
const barePort = await freePort();
const bare = startScript('bare-server.ts', { PORT: String(barePort) });
try {
  await waitForHealth(barePort);
  const cookie = await signIn(bff.origin);

  const targets = {
    baseline: () => measureRps(`http://127.0.0.1:${barePort}/api/v1/health`, bare.pid),
    health: () => measureRps(`${bff.origin}/api/v1/health`, bff.pid),
    session: () => measureRps(`${bff.origin}/api/v1/session`, bff.pid, { cookie }),
  };
  const none = { rps: 0, p99Ms: 0, cpuUsPerRequest: 0 };
  const best: Record<keyof typeof targets, Figure> = { baseline: none, health: none, session: none };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      const figure = await targets[name]();
      if (figure.rps > best[name].rps) best[name] = figure;
    }
  }
  const { baseline, health, session } = best;
  const run = { connections: BENCH_CONNECTIONS, durationS: DURATION_S, rounds: ROUNDS };
  const ratios = (figure: Figure) => ({
    ratioToBare: Number((figure.rps / baseline.rps).toFixed(2)),
    cpuRatioToBare: Number((baseline.cpuUsPerRequest / figure.cpuUsPerRequest).toFixed(2)),
  });
  emit({ bench: 'bare-express.health', ...baseline, ...run });
  emit({ bench: 'bff.health', ...health, ...ratios(health), ...run });
  emit({ bench: 'bff.session', ...session, ...ratios(session), aim: SESSION_AIM, ...run });
} finally {
  bff.stop();
  bare.kill('SIGTERM');
}
