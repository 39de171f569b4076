import { InputError, NotFoundError, listenerLabel, listenerProblems } from '@cs/domain';
import type { Certificate, Listener, LoadBalancer } from '@cs/domain';
import type { LoadBalancerDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';
import { toLoadBalancerDto } from './load-balancer-views.ts';

export type PortFamily = 'tcp' | 'udp';

const familyOf = (l: Listener): PortFamily => (l.frontendProtocol === 'udp' ? 'udp' : 'tcp');

/** Listening: add, change, start, stop and delete the listeners of an instance. */
export class ListenerService {
  constructor(private readonly store: Store) {}

  /** The index of the listener on front `port` (of `family` when given); 404 when none, 400 when it is ambiguous. */
  private indexOf(lb: LoadBalancer, port: number, family: PortFamily | undefined): number {
    const matches = lb.spec.listeners.flatMap((l, i) =>
      l.frontendPort === port && (!family || familyOf(l) === family) ? [i] : [],
    );
    if (matches.length === 0) throw new NotFoundError('listener', `${lb.metadata.name}:${port}`);
    if (matches.length > 1)
      throw new InputError([
        {
          field: 'protocol',
          message: `Port ${port} has a TCP and a UDP listener: say which with ?protocol=tcp or udp.`,
        },
      ]);
    return matches[0]!;
  }

  private async assertValid(lb: LoadBalancer, listener: Listener, others: readonly Listener[]): Promise<void> {
    const certificate = listener.certificateId
      ? await this.store.resources.find<Certificate>('certificate', listener.certificateId)
      : undefined;
    const problems = listenerProblems(
      listener,
      others,
      lb.spec.region,
      certificate && { id: certificate.metadata.id, region: certificate.spec.region, type: certificate.spec.type },
    );
    if (problems.length > 0) throw new InputError(problems);
  }

  private async write(lb: LoadBalancer, listeners: Listener[]): Promise<LoadBalancerDto> {
    const updated = await this.store.resources.update<LoadBalancer>(
      'load-balancer',
      lb.metadata.id,
      lb.metadata.resourceVersion,
      (current) => ({ spec: { ...current.spec, listeners } }),
    );
    return toLoadBalancerDto(updated);
  }

  async add(id: string, listener: Listener): Promise<LoadBalancerDto> {
    const lb = await this.store.resources.get<LoadBalancer>('load-balancer', id);
    await this.assertValid(lb, listener, lb.spec.listeners);
    return this.write(lb, [...lb.spec.listeners, listener]);
  }

  async update(id: string, port: number, family: PortFamily | undefined, listener: Listener): Promise<LoadBalancerDto> {
    const lb = await this.store.resources.get<LoadBalancer>('load-balancer', id);
    const index = this.indexOf(lb, port, family);
    const others = lb.spec.listeners.filter((_, i) => i !== index);
    await this.assertValid(lb, listener, others);
    return this.write(
      lb,
      lb.spec.listeners.map((l, i) => (i === index ? listener : l)),
    );
  }

  async setStatus(id: string, port: number, family: PortFamily | undefined, status: Listener['status']) {
    const lb = await this.store.resources.get<LoadBalancer>('load-balancer', id);
    const index = this.indexOf(lb, port, family);
    return this.write(
      lb,
      lb.spec.listeners.map((l, i) => (i === index ? { ...l, status } : l)),
    );
  }

  async remove(id: string, port: number, family: PortFamily | undefined): Promise<LoadBalancerDto> {
    const lb = await this.store.resources.get<LoadBalancer>('load-balancer', id);
    const index = this.indexOf(lb, port, family);
    return this.write(
      lb,
      lb.spec.listeners.filter((_, i) => i !== index),
    );
  }
}

/** Where the listeners using a certificate are, `lb-name (HTTPS:443)`, for a refusal to delete it. */
export function listenersUsing(certificateId: string, loadBalancers: readonly LoadBalancer[]): string[] {
  return loadBalancers.flatMap((lb) =>
    lb.spec.listeners
      .filter((l) => l.certificateId === certificateId)
      .map((l) => `${lb.metadata.name} (${listenerLabel(l)})`),
  );
}
