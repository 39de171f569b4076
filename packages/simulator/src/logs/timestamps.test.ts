import { describe, expect, it } from 'vitest';
import {
  accessLogTime,
  apacheErrorTime,
  mariadbTime,
  mysqlTime,
  nginxErrorTime,
  postgresTime,
  redisTime,
  rfc3339Nano,
  tomcatTime,
} from './timestamps.ts';

const at = { ms: Date.UTC(2017, 3, 1, 8, 36, 55, 519), nanos: 678_131 };

describe('timestamps', () => {
  it("prints Docker's nine fractional digits", () => {
    expect(rfc3339Nano(at)).toBe('2017-04-01T08:36:55.519678131Z');
    expect(rfc3339Nano({ ms: Date.UTC(2017, 0, 1), nanos: 5 })).toBe('2017-01-01T00:00:00.000000005Z');
  });

  it('prints each server its own way', () => {
    expect(accessLogTime(at)).toBe('01/Apr/2017:08:36:55 +0000');
    expect(apacheErrorTime(at)).toBe('Sat Apr 01 08:36:55.519678 2017');
    expect(nginxErrorTime(at)).toBe('2017/04/01 08:36:55');
    expect(mysqlTime(at)).toBe('2017-04-01T08:36:55.519678Z');
    expect(mariadbTime(at)).toBe('2017-04-01  8:36:55');
    expect(redisTime(at)).toBe('01 Apr 2017 08:36:55.519');
    expect(tomcatTime(at)).toBe('01-Apr-2017 08:36:55.519');
    expect(postgresTime(at.ms)).toBe('2017-04-01 08:36:55 UTC');
  });
});
