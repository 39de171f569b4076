import { randomInt } from '../random.ts';
import type { Random } from '../random.ts';
import { clientAddress } from './client-addresses.ts';
import type { ImageLines } from './image-lines.ts';
import type { LogStream } from './log-line.ts';
import type { Run } from './run.ts';
import { plainLine } from './script.ts';
import type { ScriptLine } from './script.ts';
import { mariadbTime, mysqlTime, postgresTime, redisTime } from './timestamps.ts';
import type { Instant } from './timestamps.ts';

/** How one MySQL server names itself and stamps its error log (stderr). */
interface MysqlFlavour {
  /** What comes before the level: the time and a thread id. */
  prefix(at: Instant): string;
  version: string;
  innodb: string;
  distribution: string;
}

function mysql(flavour: MysqlFlavour): ImageLines {
  const say = (gapMs: number, level: string, message: string): ScriptLine => ({
    gapMs,
    stream: 'stderr',
    text: (at) => `${flavour.prefix(at)} [${level}] ${message}`,
  });
  const note = (gapMs: number, message: string) => say(gapMs, 'Note', message);
  const logSequence = (run: Run) => 2_500_000 + (run.serial % 10_000_000);
  return {
    startup: (run) => [
      note(0, `mysqld (mysqld ${flavour.version}) starting as process 1 ...`),
      note(20, 'InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M'),
      note(30, 'InnoDB: Completed initialization of buffer pool'),
      ...(run.afterCrash
        ? [note(40, 'InnoDB: Database was not shutdown normally!'), note(1, 'InnoDB: Starting crash recovery.')]
        : []),
      note(120, `InnoDB: ${flavour.innodb} started; log sequence number ${logSequence(run)}`),
      note(20, "Server hostname (bind-address): '*'; port: 3306"),
      note(10, 'Event Scheduler: Loaded 0 events'),
      note(4, 'mysqld: ready for connections.'),
      plainLine(
        1,
        'stderr',
        `Version: '${flavour.version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  ${flavour.distribution}`,
      ),
    ],
    shutdown: (run) => [
      note(0, 'Giving 0 client threads a chance to die gracefully'),
      note(1, 'Shutting down slave threads'),
      note(1, 'Forcefully disconnecting 0 remaining clients'),
      note(2, 'Binlog end'),
      note(10, 'InnoDB: Starting shutdown...'),
      note(400, `InnoDB: Shutdown completed; log sequence number ${logSequence(run) + 1_000 + (run.serial % 90_000)}`),
      note(5, 'mysqld: Shutdown complete'),
    ],
    crash: () => say(0, 'ERROR', 'mysqld: Out of memory (Needed 16777216 bytes)'),
    unhealthy: (at) =>
      `${flavour.prefix(at)} [ERROR] Can't create a new thread (errno 11); if you are not out of available memory, you can consult the manual for a possible OS-dependent bug`,
    occasional: {
      chancePerBucket: 1 / 120,
      script: (run, random) => [
        note(
          0,
          `Aborted connection ${randomInt(random, 5, 5_000)} to db: 'unconnected' user: 'root' host: '${clientAddress(run.subject.id, random)}' (Got timeout reading communication packets)`,
        ),
      ],
    },
  };
}

export const MYSQL = mysql({
  prefix: (at) => `${mysqlTime(at)} 0`,
  version: '5.7.17',
  innodb: '5.7.17',
  distribution: 'MySQL Community Server (GPL)',
});

export const MARIADB = mysql({
  prefix: (at) => `${mariadbTime(at)} 140234567890304`,
  version: '10.1.22-MariaDB-1~jessie',
  innodb: 'Percona XtraDB (http://www.percona.com) 5.6.35-80.0',
  distribution: 'mariadb.org binary distribution',
});

const REDIS_VERSION = '5.0.14';

/** Redis's log (stdout): `pid:role 01 Dec 2026 10:00:00.123 * message`, role C for a child, M for the master. */
const redis = (
  gapMs: number,
  process: string,
  mark: '*' | '#',
  message: string,
  stream: LogStream = 'stdout',
): ScriptLine => ({
  gapMs,
  stream,
  text: (at) => `${process} ${redisTime(at)} ${mark} ${message}`,
});

export const REDIS: ImageLines = {
  startup: (run) => [
    redis(0, '1:C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    redis(1, '1:C', '#', `Redis version=${REDIS_VERSION}, bits=64, commit=00000000, modified=0, pid=1, just started`),
    redis(
      1,
      '1:C',
      '#',
      'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
    ),
    redis(2, '1:M', '*', 'Running mode=standalone, port=6379.'),
    redis(2, '1:M', '#', 'Server initialized'),
    ...(run.afterCrash ? [redis(3, '1:M', '*', 'DB loaded from disk: 0.002 seconds')] : []),
    redis(1, '1:M', '*', 'Ready to accept connections'),
  ],
  shutdown: () => [
    {
      gapMs: 0,
      stream: 'stdout',
      text: (at) => `1:signal-handler (${Math.floor(at.ms / 1_000)}) Received SIGTERM scheduling shutdown...`,
    },
    redis(80, '1:M', '#', 'User requested shutdown...'),
    redis(1, '1:M', '*', 'Saving the final RDB snapshot before exiting.'),
    redis(6, '1:M', '*', 'DB saved on disk'),
    redis(1, '1:M', '#', 'Redis is now ready to exit, bye bye...'),
  ],
  crash: () => redis(0, '1:M', '#', `Redis ${REDIS_VERSION} crashed by signal: 11`, 'stderr'),
  unhealthy: (at) => `1:M ${redisTime(at)} # Can't save in background: fork: Cannot allocate memory`,
  // `save 300 10`: a snapshot every five minutes or so while clients write.
  occasional: {
    chancePerBucket: 1 / 30,
    script: (_run, random) => {
      const pid = randomInt(random, 20, 30_000);
      return [
        redis(0, '1:M', '*', `${randomInt(random, 10, 900)} changes in 300 seconds. Saving...`),
        redis(1, '1:M', '*', `Background saving started by pid ${pid}`),
        redis(30, `${pid}:C`, '*', 'DB saved on disk'),
        redis(1, `${pid}:C`, '*', 'RDB: 0 MB of memory used by copy-on-write'),
        redis(100, '1:M', '*', 'Background saving terminated with success'),
      ];
    },
  },
};

/** PostgreSQL 9.6 logs to stderr with no prefix: `LOG:  message`. */
const postgres = (gapMs: number, message: string) => plainLine(gapMs, 'stderr', `LOG:  ${message}`);

/** A write-ahead log position, `0/14EE7D0`. */
const walPosition = (value: number) => `0/${value.toString(16).toUpperCase()}`;

export const POSTGRES: ImageLines = {
  startup: (run) => {
    const lastUp = postgresTime(run.start - (60 + (run.serial % 3_600)) * 1_000);
    const redo = 0x1_400_000 + (run.serial % 0x100_000);
    const recovery = [
      postgres(0, `database system was interrupted; last known up at ${lastUp}`),
      postgres(10, 'database system was not properly shut down; automatic recovery in progress'),
      postgres(2, `redo starts at ${walPosition(redo)}`),
      postgres(2, `redo done at ${walPosition(redo + 0xa8)}`),
    ];
    return [
      ...(run.afterCrash ? recovery : [postgres(0, `database system was shut down at ${lastUp}`)]),
      postgres(10, 'MultiXact member wraparound protections are now enabled'),
      postgres(3, 'database system is ready to accept connections'),
      postgres(2, 'autovacuum launcher started'),
    ];
  },
  shutdown: () => [
    postgres(0, 'received smart shutdown request'),
    postgres(2, 'autovacuum launcher shutting down'),
    postgres(20, 'shutting down'),
    postgres(30, 'database system is shut down'),
  ],
  crash: (run) => postgres(0, `server process (PID ${100 + (run.serial % 900)}) was terminated by signal 9: Killed`),
  unhealthy: () => 'FATAL:  sorry, too many clients already',
  occasional: { chancePerBucket: 1 / 30, script: (_run, random) => checkpoint(random) },
};

function checkpoint(random: Random): ScriptLine[] {
  const buffers = randomInt(random, 1, 400);
  const write = (buffers * 0.004 + random.next() * 0.2).toFixed(3);
  const files = randomInt(random, 1, Math.min(buffers, 40));
  const distance = buffers * 8;
  const complete =
    `checkpoint complete: wrote ${buffers} buffers (${((buffers / 16_384) * 100).toFixed(1)}%); ` +
    `0 transaction log file(s) added, 0 removed, 0 recycled; write=${write} s, sync=0.002 s, total=${write} s; ` +
    `sync files=${files}, longest=0.002 s, average=0.001 s; distance=${distance} kB, estimate=${distance} kB`;
  return [postgres(0, 'checkpoint starting: time'), postgres(Math.round(Number(write) * 1_000) + 2, complete)];
}
