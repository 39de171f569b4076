import { describe, expect, it } from 'vitest';
import { workloadProfile } from './profiles.ts';

describe('workloadProfile', () => {
  it('gives a database more memory than a web server, whatever the registry', () => {
    const db = workloadProfile('registry.aliyuncs.com/acs-sample/mysql:5.7', 'a');
    const web = workloadProfile('nginx:latest', 'a');
    expect(db.memoryBytes).toBeGreaterThan(web.memoryBytes * 5);
  });

  it('varies by container, the same every time for one container', () => {
    expect(workloadProfile('nginx', 'one')).toEqual(workloadProfile('nginx', 'one'));
    expect(workloadProfile('nginx', 'one').cpu).not.toBe(workloadProfile('nginx', 'two').cpu);
    const cpu = workloadProfile('nginx', 'three').cpu;
    expect(cpu).toBeGreaterThanOrEqual(0.04);
    expect(cpu).toBeLessThanOrEqual(0.06);
  });

  it('gives unknown images a generic profile', () => {
    expect(workloadProfile('example/unknown:1', 'x').cpu).toBeGreaterThan(0.07);
  });
});
