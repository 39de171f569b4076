import { describe, expect, it } from 'vitest';
import { AlarmRuleCreateRequestSchema } from '@cs/contracts';
import type { AlarmRuleDto } from '@cs/contracts';
import { alarmRulesPath, parseInstanceParam } from './alarm-paths.ts';
import { initialAlarmValues, settingForText, toCreateRequest, toUpdateRequest } from './alarm-form.utils.ts';

describe('alarm rule form', () => {
  it('says whom the rules are set for in the guide’s words', () => {
    expect(settingForText([{ id: 'cec76ef60906a1b2c3' }, { id: 'x' }])).toBe(
      'You are setting alarm rules for cec76ef60906... instance and other 1 Instances',
    );
    expect(settingForText([{ id: 'short' }])).toBe('You are setting alarm rules for short instance');
  });

  it('sends thresholds in the contract’s units and round-trips a rule for Modify', () => {
    const request = toCreateRequest(
      {
        name: 'db-memory',
        instances: ['container:c1', 'node:n1', 'bogus'],
        conditions: [
          { item: 'memory', periodMinutes: 15, method: 'Max', comparison: '>=', threshold: 512, consecutivePeriods: 2 },
        ],
        contacts: [{ name: 'Ops', email: 'ops@example.com' }],
      },
      'cl1',
    );
    expect(AlarmRuleCreateRequestSchema.parse(request)).toMatchObject({
      instances: [
        { kind: 'container', id: 'c1' },
        { kind: 'node', id: 'n1' },
      ],
      conditions: [{ threshold: 512 * 1024 * 1024 }],
    });
    const rule = {
      metadata: { id: 'ar1', name: 'db-memory', resourceVersion: 3, createdAt: '', updatedAt: '' },
      spec: {
        clusterId: 'cl1',
        instances: [{ kind: 'container', id: 'c1', name: 'db_1' }],
        conditions: request.conditions,
        contacts: request.contacts,
        enabled: true,
      },
      status: { phase: 'OK', evaluatedAt: null },
    } as AlarmRuleDto;
    const values = initialAlarmValues(rule, undefined);
    expect(values.conditions[0]!.threshold).toBe(512);
    expect(toUpdateRequest(values, 3)).toMatchObject({ resourceVersion: 3, conditions: request.conditions });
  });

  it('keeps the page’s state in its address', () => {
    const path = alarmRulesPath('cl 1', { instance: { kind: 'container', id: 'c1' }, create: true });
    expect(path).toBe('/alarms?clusterId=cl+1&instance=container%3Ac1&new=1');
    expect(parseInstanceParam('node:n1')).toEqual({ kind: 'node', id: 'n1' });
    expect(parseInstanceParam('pod:x')).toBeUndefined();
  });
});
