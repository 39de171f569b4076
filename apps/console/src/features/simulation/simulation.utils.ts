import type { FaultDto, NodeDto, ServiceDto } from '@cs/contracts';

/** One zone of a cluster, as the Zone Down / Zone Up list shows it. */
export interface ZoneSummary {
  zone: string;
  nodes: number;
  offline: number;
}

/** The zones a cluster's nodes are in, sorted, with how many of their nodes are Offline. */
export function zonesOf(nodes: readonly Pick<NodeDto, 'spec' | 'status'>[]): ZoneSummary[] {
  const zones = new Map<string, ZoneSummary>();
  for (const node of nodes) {
    const summary = zones.get(node.spec.zone) ?? { zone: node.spec.zone, nodes: 0, offline: 0 };
    summary.nodes += 1;
    if (node.status.phase === 'Offline') summary.offline += 1;
    zones.set(node.spec.zone, summary);
  }
  return [...zones.values()].sort((a, b) => a.zone.localeCompare(b.zone));
}

/** Why a node cannot be taken down or brought up now, or undefined when it can. */
export function nodeOutageProblem(node: Pick<NodeDto, 'status'>, down: boolean): string | undefined {
  const { phase } = node.status;
  if (down) return phase === 'Normal' ? undefined : `Only a Normal node can be taken down; this one is ${phase}.`;
  return phase === 'Offline' ? undefined : `Only an Offline node can be brought up; this one is ${phase}.`;
}

/** The reference an image fault is aimed at: a tag as pulls name it (`nginx` is `nginx:latest`). */
export function imageReference(image: string): string {
  const text = image.trim();
  const lastPart = text.split('/').pop() ?? '';
  return lastPart.includes(':') || text.includes('@') ? text : `${text}:latest`;
}

/** How a service is named in pickers and in the armed faults list: `wordpress_web`. */
export function serviceLabel(service: Pick<ServiceDto, 'metadata' | 'spec'>): string {
  return `${service.spec.applicationName}_${service.metadata.name}`;
}

const STEP_WORDS: Record<string, string> = {
  Pull: 'Image pull failure',
  Probe: 'Probe failure',
  Crash: 'Container crash',
  Exit: 'Task exits with an error',
};

/** What an armed fault does, in the panel's words ("Probe failure"); other kinds by their step. */
export function faultKind(fault: Pick<FaultDto, 'spec'>): string {
  const { step, targetKind } = fault.spec;
  if (step && STEP_WORDS[step]) return STEP_WORDS[step];
  return step ? `${targetKind} ${step} failure` : `Any ${targetKind} step fails`;
}

/** What an armed fault is aimed at, named for people: the image, the service, or "Every service". */
export function faultTarget(fault: Pick<FaultDto, 'spec'>, serviceNames: ReadonlyMap<string, string>): string {
  const { targetKind, targetId } = fault.spec;
  if (targetId === null) return `Every ${targetKind}`;
  if (targetKind === 'service') return serviceNames.get(targetId) ?? targetId;
  return targetId;
}
