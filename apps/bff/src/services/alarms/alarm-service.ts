import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError } from '@cs/domain';
import type { Cluster, Node } from '@cs/domain';
import type {
  AlarmCondition,
  AlarmContact,
  AlarmHistoryList,
  AlarmInstanceRef,
  AlarmRuleDto,
  AlarmRuleList,
} from '@cs/contracts';
import type { AlarmStore, AlarmRuleWrite } from '../../store/alarm-store.ts';
import type { Store } from '../../store/store.ts';
import { nextDueAt } from './alarm-evaluation.ts';
import { parseSpec, toAlarmRule, toHistoryEntry } from './alarm-rules.ts';
import type { StoredAlarmInstance, StoredAlarmSpec } from './alarm-rules.ts';

interface RuleInput {
  name: string;
  instances: AlarmInstanceRef[];
  conditions: AlarmCondition[];
  contacts: AlarmContact[];
}

const newRuleId = () => `ar${randomBytes(10).toString('hex')}`;

/** Alarm rules: New Alarm Rule, the list with status, Modify, Enable/Disable, Delete, and the alarm history. */
export class AlarmService {
  constructor(
    private readonly store: Store,
    private readonly alarms: AlarmStore,
    private readonly now: () => number,
  ) {}

  async list(query: {
    clusterId?: string;
    instanceId?: string;
    page: number;
    pageSize: number;
  }): Promise<AlarmRuleList> {
    const { rows, total } = await this.alarms.list(query);
    return { items: rows.map(toAlarmRule), total };
  }

  async get(id: string): Promise<AlarmRuleDto> {
    const row = await this.alarms.find(id);
    if (!row) throw new NotFoundError('Alarm rule', id);
    return toAlarmRule(row);
  }

  async create(input: RuleInput & { clusterId: string; enabled: boolean }): Promise<AlarmRuleDto> {
    const cluster = await this.store.resources.find<Cluster>('cluster', input.clusterId);
    if (!cluster) throw new NotFoundError('Cluster', input.clusterId);
    const instances = await this.resolveInstances(input.clusterId, input.instances);
    const row = await this.alarms.create(newRuleId(), input.clusterId, this.fresh(input, instances, input.enabled));
    return toAlarmRule(row);
  }

  /** Modify: the rule starts over from its new conditions. */
  async update(id: string, input: RuleInput & { resourceVersion: number }): Promise<AlarmRuleDto> {
    const current = await this.get(id);
    const instances = await this.resolveInstances(current.spec.clusterId, input.instances);
    const row = await this.alarms.update(id, input.resourceVersion, (r) =>
      this.fresh(input, instances, r.enabled === 1),
    );
    return toAlarmRule(row);
  }

  async setEnabled(id: string, enabled: boolean): Promise<AlarmRuleDto> {
    const row = await this.alarms.update(id, undefined, (r) => {
      const spec = parseSpec(r);
      return this.fresh({ ...spec, name: r.name }, spec.instances, enabled);
    });
    return toAlarmRule(row);
  }

  delete(id: string): Promise<void> {
    return this.alarms.delete(id);
  }

  async history(query: {
    clusterId?: string;
    ruleId?: string;
    page: number;
    pageSize: number;
  }): Promise<AlarmHistoryList> {
    if (query.ruleId) await this.get(query.ruleId);
    const { rows, total } = await this.alarms.history(query);
    return { items: rows.map(toHistoryEntry), total };
  }

  /** A rule as written anew: no evaluation yet, due at the end of its shortest period. */
  private fresh(input: RuleInput, instances: StoredAlarmInstance[], enabled: boolean): AlarmRuleWrite {
    const spec: StoredAlarmSpec = { instances, conditions: input.conditions, contacts: input.contacts };
    return {
      name: input.name,
      enabled,
      phase: enabled ? 'Insufficient Data' : 'Disabled',
      spec: JSON.stringify(spec),
      state: '{}',
      instanceIds: instances.map((i) => i.id),
      nextDueAt: enabled ? new Date(nextDueAt(input.conditions, this.now())).toISOString() : null,
    };
  }

  /** Each instance must be a container or node of the rule's cluster; bad ones are field errors. */
  private async resolveInstances(clusterId: string, refs: readonly AlarmInstanceRef[]): Promise<StoredAlarmInstance[]> {
    const errors: { field: string; message: string }[] = [];
    const resolved: StoredAlarmInstance[] = [];
    const seen = new Set<string>();
    for (const [index, ref] of refs.entries()) {
      const field = `instances.${index}.id`;
      if (seen.has(ref.id)) {
        errors.push({ field, message: `The instance ${ref.id} is selected twice.` });
        continue;
      }
      seen.add(ref.id);
      const instance = await this.findInstance(clusterId, ref);
      if (instance) resolved.push(instance);
      else errors.push({ field, message: `The cluster has no ${ref.kind} ${ref.id}.` });
    }
    if (errors.length > 0) throw new InputError(errors);
    return resolved;
  }

  private async findInstance(clusterId: string, ref: AlarmInstanceRef): Promise<StoredAlarmInstance | undefined> {
    if (ref.kind === 'container') {
      const c = await this.store.containers.find(ref.id);
      if (!c || c.spec.clusterId !== clusterId) return undefined;
      const { applicationId, serviceId } = c.spec;
      return { kind: 'container', id: c.metadata.id, name: c.metadata.name, applicationId, serviceId };
    }
    const node = await this.store.resources.find<Node>('node', ref.id);
    if (!node || node.spec.clusterId !== clusterId) return undefined;
    return { kind: 'node', id: node.metadata.id, name: node.metadata.name };
  }
}
