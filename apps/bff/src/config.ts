import { resolve } from 'node:path';
import { DEFAULT_QUOTAS, MAX_QUOTA_NODES_PER_CLUSTER } from '@cs/domain';
import type { Quotas } from '@cs/domain';
import { z } from 'zod';
import { parsePublicUrl } from './http/public-url.ts';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const parsed = parsePublicUrl(value);
      if ('origin' in parsed) return parsed.origin;
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    }),
  DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().url().optional(),
  SIM_SPEED: z.coerce.number().positive().default(1),
  SIM_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  SIM_SEED: z.string().default('container-service'),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD must be at least 8 characters.').optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  CONSOLE_DIST: z.string().optional(),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  DOCKER_ENDPOINTS: z.enum(['on', 'off']).default('on'),
  SLB_LISTENERS: z.enum(['on', 'off']).default('on'),
  DOCKER_HOST_ADDRESS: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}$/, 'DOCKER_HOST_ADDRESS must be an IPv4 address or a host name.')
    .default('127.0.0.1'),
  QUOTA_CLUSTERS: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_QUOTAS.clusters),
  QUOTA_NODES_PER_CLUSTER: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_QUOTA_NODES_PER_CLUSTER)
    .default(DEFAULT_QUOTAS.nodesPerCluster),
});

export interface Config {
  port: number;
  host: string;
  /** The origin users and instances reach the console at: the manual attach command is built from it. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  simSpeed: number;
  simFailureRate: number;
  simSeed: string;
  adminPassword: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  consoleDist: string;
  secureCookies: boolean;
  /** The account's quotas: the guide's by default, raised to hold 2,000 nodes in one account. */
  quotas: Quotas;
  /** Each cluster's Docker endpoint (mutual TLS): whether to serve them, and on which address. */
  docker: { enabled: boolean; host: string };
  /** Each cluster's Server Load Balancer as a real HTTP listener, on the Docker endpoints' address. */
  slbListeners: boolean;
}

/** Reads the environment of DESIGN.md, naming every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    simSpeed: e.SIM_SPEED,
    simFailureRate: e.SIM_FAILURE_RATE,
    simSeed: e.SIM_SEED,
    adminPassword: e.ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    consoleDist: resolve(e.CONSOLE_DIST ?? resolve(import.meta.dirname, '../../console/dist')),
    secureCookies: e.SECURE_COOKIES === 'true',
    quotas: { clusters: e.QUOTA_CLUSTERS, nodesPerCluster: e.QUOTA_NODES_PER_CLUSTER },
    docker: { enabled: e.DOCKER_ENDPOINTS === 'on', host: e.DOCKER_HOST_ADDRESS },
    slbListeners: e.SLB_LISTENERS === 'on',
  };
}
