import { describe, expect, it } from 'vitest';
import { PROBE_INTERVAL_MS } from '../deploy/container-lifecycle.ts';
import { makeContainerCreation } from '../testing/make-workload.ts';
import { containerLogLines, logSubjectOf, MAX_LOG_LINES } from './container-logs.ts';
import type { LogLine, LogSubject } from './container-logs.ts';
import { STARTUP_SPAN_MS } from './log-plan.ts';
import { exitedSubject, HOUR, LICENSE_PROBE, runningSubject, SECOND, STARTED, YEAR } from './subjects.fixture.ts';

const WORDPRESS = 'registry.aliyuncs.com/acs-sample/wordpress:4.5';
const all = (subject: LogSubject, from: number, to: number) => containerLogLines(subject, { from, to }, MAX_LOG_LINES);
const texts = (lines: LogLine[]) => lines.map((line) => line.text);

describe('containerLogLines', () => {
  const busy = runningSubject(WORDPRESS, { probe: LICENSE_PROBE });

  it('gives the same lines for the same subject and window', () => {
    const window = { from: STARTED, to: STARTED + HOUR };
    expect(containerLogLines(busy, window, 500)).toEqual(containerLogLines({ ...busy }, { ...window }, 500));
    expect(containerLogLines(busy, window, 500).length).toBe(500);
  });

  it('gives a window the lines of its two halves, wherever it is cut', () => {
    const stopped = { ...exitedSubject('nginx', 10 * 60 * SECOND, 0), probe: LICENSE_PROBE };
    const from = STARTED - SECOND;
    const to = STARTED + 11 * 60 * SECOND;
    const whole = all(stopped, from, to);
    expect(whole.length).toBeGreaterThan(300);
    for (const cut of [STARTED + 1, STARTED + 777, STARTED + 12_345, STARTED + 60 * SECOND, STARTED + 599_500]) {
      expect([...all(stopped, from, cut), ...all(stopped, cut, to)]).toEqual(whole);
    }
  });

  it('gives the last `limit` lines, in time order', () => {
    const window = { from: STARTED, to: STARTED + 10 * 60 * SECOND };
    const whole = containerLogLines(busy, window, MAX_LOG_LINES);
    expect(containerLogLines(busy, window, 25)).toEqual(whole.slice(-25));
    for (let i = 1; i < whole.length; i++) {
      expect(whole[i]!.time).toBeGreaterThanOrEqual(whole[i - 1]!.time);
      expect(whole[i]!.timestamp >= whole[i - 1]!.timestamp).toBe(true);
    }
  });

  it('writes nothing before the start or after the container stopped, and says it is going last', () => {
    const runMs = 30 * 60 * SECOND;
    const lines = all(exitedSubject('nginx:1.19', runMs, 0), 0, STARTED + YEAR);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.time >= STARTED && line.time < STARTED + runMs)).toBe(true);
    expect(lines.at(-1)!.text).toMatch(/shutting down$/);
    expect(all(busy, 0, STARTED)).toEqual([]);
  });

  it('leaves an error on stderr before the shutdown lines of a container that died', () => {
    const lines = all(exitedSubject('busybox', HOUR, 137), STARTED + HOUR - 2 * SECOND, STARTED + HOUR);
    expect(lines.map((line) => [line.stream, line.text])).toEqual([
      ['stderr', 'busybox: fatal error, exiting with code 137'],
      ['stdout', 'Received SIGTERM, shutting down busybox'],
    ]);
  });

  it('writes nothing for a container that never started', () => {
    expect(all(runningSubject('nginx', { startedAt: null, phase: 'pulling' }), 0, STARTED + YEAR)).toEqual([]);
  });

  it('logs the http health check every two seconds from the node, as Go-http-client/1.1', () => {
    const delayed = runningSubject(WORDPRESS, { probe: { ...LICENSE_PROBE, initialDelaySeconds: 5 } });
    const checks = all(delayed, STARTED, STARTED + 60 * SECOND).filter((line) => line.text.includes('Go-http-client'));
    expect(checks.length).toBe(27);
    expect(checks[0]!.time).toBeGreaterThanOrEqual(STARTED + 5 * SECOND + PROBE_INTERVAL_MS);
    for (const line of checks) {
      expect(line.stream).toBe('stdout');
      expect(line.text).toMatch(
        /^172\.17\.0\.1 - - \[01\/Dec\/2026:10:\d\d:\d\d \+0000\] "GET \/license\.txt HTTP\/1\.1" 200 7603 "-" "Go-http-client\/1\.1"$/,
      );
    }
    for (let i = 1; i < checks.length; i++) {
      expect(Math.abs(checks[i]!.time - checks[i - 1]!.time - PROBE_INTERVAL_MS)).toBeLessThan(50);
    }
  });

  it('gives a WordPress container the Apache start-up and combined access lines', () => {
    const lines = texts(all(busy, STARTED, STARTED + 10 * 60 * SECOND));
    expect(lines[0]).toBe('WordPress not found in /var/www/html - copying now...');
    expect(lines).toContain(
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.18.1.7. Set the 'ServerName' directive globally to suppress this message",
    );
    expect(
      lines.some((text) => text.endsWith('Apache/2.4.10 (Debian) PHP/5.6.30 configured -- resuming normal operations')),
    ).toBe(true);
    const visits = lines.filter((text) => !text.includes('Go-http-client') && text.includes('HTTP/1.1"'));
    expect(visits.length).toBeGreaterThan(10);
    for (const text of visits) {
      expect(text).toMatch(
        /^(10|172)\.\d+\.\d+\.\d+ - - \[[^\]]+\] "(GET|HEAD|POST) \/\S* HTTP\/1\.1" \d{3} \d+ "[^"]*" "[^"]+"$/,
      );
    }
  });

  it.each([
    ['nginx:latest', '[notice] 1#1: start worker process'],
    ['registry.aliyuncs.com/acs-sample/mysql:5.7', '[Note] mysqld: ready for connections.'],
    ['mariadb:10.1', '[Note] mysqld: ready for connections.'],
    ['redis:5', '* Ready to accept connections'],
    ['postgres:9.6', 'LOG:  database system is ready to accept connections'],
    ['php:5.6-apache', 'configured -- resuming normal operations'],
    ['httpd:2.4', 'Apache/2.4.25 (Unix) configured -- resuming normal operations'],
    ['tomcat:8.5', 'org.apache.catalina.startup.Catalina.start Server startup in'],
    ['example/unknown:1', 'unknown started (pid 1)'],
  ])('starts %s within the start-up span', (image, ready) => {
    const startup = texts(all(runningSubject(image), STARTED, STARTED + STARTUP_SPAN_MS));
    expect(startup.some((text) => text.includes(ready))).toBe(true);
  });

  it('tells of the crash before a restart', () => {
    const restarted = runningSubject('mysql:5.7', { restartCount: 2 });
    expect(texts(all(restarted, STARTED, STARTED + STARTUP_SPAN_MS)).join('\n')).toContain(
      'InnoDB: Database was not shutdown normally!',
    );
    expect(texts(all(runningSubject('mysql:5.7'), STARTED, STARTED + STARTUP_SPAN_MS)).join('\n')).not.toContain(
      'not shutdown normally',
    );
  });

  it('writes an error on stderr at every failed check once unhealthy, and the failed requests', () => {
    const unhealthySince = STARTED + 20 * SECOND;
    const unhealthy = runningSubject(WORDPRESS, {
      probe: LICENSE_PROBE,
      health: 'Unhealthy',
      phaseSince: new Date(unhealthySince).toISOString(),
    });
    const lines = all(unhealthy, STARTED, STARTED + 60 * SECOND);
    const errors = lines.filter((line) => line.stream === 'stderr' && line.time > STARTED + STARTUP_SPAN_MS);
    expect(errors.length).toBe(20);
    expect(errors.every((line) => line.time >= unhealthySince && line.text.includes('PHP Warning:'))).toBe(true);
    const checks = lines.filter((line) => line.text.includes('Go-http-client'));
    expect(checks.filter((line) => line.text.includes('" 500 ')).length).toBe(20);
    expect(checks.filter((line) => line.text.includes('" 200 ')).every((line) => line.time < unhealthySince)).toBe(
      true,
    );
  });

  it('returns 100 lines of a year-long window', () => {
    const yearOld = runningSubject(WORDPRESS, { probe: LICENSE_PROBE });
    const lines = containerLogLines(yearOld, { from: 0, to: STARTED + YEAR }, 100);
    expect(lines.length).toBe(100);
    expect(lines[0]!.time).toBeGreaterThan(STARTED + YEAR - HOUR);
  });

  it('clamps the limit and answers an empty window or limit with nothing', () => {
    const window = { from: STARTED, to: STARTED + 2 * 24 * HOUR };
    expect(containerLogLines(busy, window, 1_000_000).length).toBe(MAX_LOG_LINES);
    expect(containerLogLines(busy, window, Infinity).length).toBe(MAX_LOG_LINES);
    expect(containerLogLines(busy, window, 0)).toEqual([]);
    expect(containerLogLines(busy, window, -5)).toEqual([]);
    expect(containerLogLines(busy, { from: STARTED + HOUR, to: STARTED + HOUR }, 10)).toEqual([]);
    expect(containerLogLines(busy, { from: STARTED + HOUR, to: STARTED }, 10)).toEqual([]);
  });

  it('stamps every line with nine fractional digits that agree with its time', () => {
    const lines = [...all(busy, STARTED, STARTED + HOUR), ...all(exitedSubject('redis', HOUR, 1), 0, STARTED + YEAR)];
    for (const line of lines) {
      expect(line.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
      expect(Date.parse(line.timestamp)).toBe(line.time);
    }
    expect(new Set(lines.map((line) => line.timestamp.slice(23, 29))).size).toBeGreaterThan(lines.length / 2);
  });
});

describe('logSubjectOf', () => {
  it('takes what the logs need from the container and its service probe', () => {
    const creation = makeContainerCreation(2, {
      spec: { image: WORDPRESS },
      status: { exitCode: 137, restartCount: 3, phase: 'restarting', health: null },
    });
    const meta = { generation: 1, resourceVersion: 1, createdAt: '', updatedAt: '' };
    const container = {
      metadata: { id: creation.id, name: creation.name, ...meta },
      spec: creation.spec,
      status: creation.status,
    };
    expect(logSubjectOf(container, LICENSE_PROBE)).toEqual({
      id: creation.id,
      name: 'wordpress_web_2',
      image: WORDPRESS,
      startedAt: creation.status.startedAt,
      phase: 'restarting',
      phaseSince: creation.status.phaseSince,
      exitCode: 137,
      restartCount: 3,
      health: null,
      probe: LICENSE_PROBE,
      containerIp: '172.18.1.3',
    });
  });
});
