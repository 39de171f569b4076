import type { Service as ComposeService, TemplateAnalysis } from '@cs/compose';
import type { ScalingPolicy, ServiceDefinition, ServiceProbe, ServiceVolume } from '@cs/domain';

function probeOf(service: ComposeService): ServiceProbe | null {
  const probe = service.aliyun.probe;
  if (!probe) return null;
  const target =
    probe.kind === 'cmd'
      ? probe.command
      : probe.kind === 'tcp'
        ? `tcp://container:${probe.port}`
        : `http://container:${probe.port}${probe.path}`;
  return {
    kind: probe.kind,
    target,
    timeoutSeconds: probe.timeoutSeconds ?? null,
    initialDelaySeconds: probe.initialDelaySeconds ?? null,
  };
}

/**
 * `aliyun.auto_scaling.*` as the scaler reads it. A metric given only one bound never crosses the
 * other: no upper limit is 100 %, no lower limit 0 %.
 */
function scalingPolicyOf(labels: NonNullable<ComposeService['aliyun']['autoScaling']>): ScalingPolicy {
  const bounds: ScalingPolicy['bounds'] = {};
  for (const metric of ['cpu', 'memory'] as const) {
    const given = labels[metric];
    if (given) bounds[metric] = { expansion: given.expansion ?? 100, contraction: given.contraction ?? 0 };
  }
  return {
    bounds,
    step: labels.step,
    contractionStep: labels.step,
    min: labels.minInstances,
    max: labels.maxInstances,
  };
}

/**
 * A named volume's driver is its top-level declaration's, else the service's `volume_driver`; a
 * volume of any driver but `local` (OSSFS) keeps its data off the node, so it moves with the container.
 */
function volumesOf(service: ComposeService, analysis: TemplateAnalysis): ServiceVolume[] {
  const drivers = new Map(analysis.volumes.map((v) => [v.name, v.driver]));
  return service.volumes.map((mount) => {
    if (mount.kind !== 'volume' || !mount.source) return { ...mount, local: true };
    const driver = drivers.get(mount.source) ?? service.volumeDriver;
    return { ...mount, local: !driver || driver === 'local', ...(driver ? { driver } : {}) };
  });
}

/** A service of an analysed template as the deploy engine runs it (`@cs/compose` → `@cs/domain`). */
export function toServiceDefinition(service: ComposeService, analysis: TemplateAnalysis): ServiceDefinition {
  return {
    image: service.image ?? null,
    scale: service.scale,
    global: service.global,
    ports: service.ports.map((p) => ({ ...p })),
    expose: service.expose.map((e) => ({ ...e })),
    environment: { ...service.environment },
    labels: { ...service.labels },
    links: service.links.map((l) => ({ ...l })),
    externalLinks: service.externalLinks.map((l) => ({ ...l })),
    volumes: volumesOf(service, analysis),
    command: service.command ?? null,
    entrypoint: service.entrypoint ?? null,
    restart: analysis.job.type === 'batch' ? 'no' : (service.restart ?? 'no'),
    cpuShares: service.cpuShares ?? null,
    memLimit: service.memLimit ?? null,
    networkMode: service.networkMode ?? null,
    hostname: service.hostname ?? null,
    containerName: service.containerName ?? null,
    dnsOptions: [...service.dnsOptions],
    external: service.external ? { host: service.external.host ?? '', ports: [...service.external.ports] } : null,
    dependsOn: [...service.dependsOn],
    constraints: service.constraints.map((c) => ({ ...c, values: [...c.values] })),
    affinities: service.affinities.map((a) => ({ ...a })),
    availability: service.availability ? { ...service.availability } : null,
    reschedule: service.reschedule ?? null,
    rollingUpdates: service.aliyun.rollingUpdates,
    parallelism: service.aliyun.parallelism,
    probe: probeOf(service),
    ...(service.aliyun.autoScaling ? { autoScaling: scalingPolicyOf(service.aliyun.autoScaling) } : {}),
    ...(analysis.job.type === 'batch' && service.aliyun.task ? { task: { ...service.aliyun.task } } : {}),
  };
}

/** Whether two definitions differ in more than their scale (a scale change alone recreates nothing). */
export function changedBeyondScale(a: ServiceDefinition, b: ServiceDefinition): boolean {
  return JSON.stringify({ ...a, scale: 0 }) !== JSON.stringify({ ...b, scale: 0 });
}
