/** What a mutating route does, in the guide's words, and which path parameters name its resource. */
export interface OperationRoute {
  /** Null for a POST that changes nothing (a preview, a validation): it is not recorded. */
  action: string | null;
  kind?: string;
  /** The path parameter holding the resource's id; without one, the request's first write of `kind` names it. */
  idParam?: string;
  clusterParam?: string;
  /** Who the caller is when no one is signed in (the attach script holds a token, not a session). */
  caller?: string;
}

export type OperationRouteTable = Readonly<Record<string, OperationRoute>>;

const cluster = (action: string): OperationRoute => ({ action, kind: 'cluster', idParam: 'id', clusterParam: 'id' });
const node = (action: string): OperationRoute => ({ action, kind: 'node', idParam: 'nodeId', clusterParam: 'id' });
const of = (kind: string, action: string, idParam?: string): OperationRoute => ({
  action,
  kind,
  ...(idParam ? { idParam } : {}),
});
const NOT_A_CHANGE: OperationRoute = { action: null };
/** Data points a container's monitoring submits every period: telemetry, not an operator's operation. */
const TELEMETRY: OperationRoute = { action: null };

/** Every mutating route of the console's API, by `METHOD /path` under /api/v1. A test holds it to the app's routes. */
export const CONSOLE_OPERATIONS: OperationRouteTable = {
  'POST /session': of('session', 'Sign In'),
  'DELETE /session': of('session', 'Sign Out'),
  'POST /attach/:token': { action: 'Add Existing Instance', kind: 'cluster', caller: 'attach script' },

  'POST /clusters': of('cluster', 'Create Cluster'),
  'DELETE /clusters/:id': cluster('Delete Cluster'),
  'POST /clusters/:id/expand': cluster('Expand Cluster'),
  'POST /clusters/:id/attach': cluster('Add Existing Instance'),
  'POST /clusters/:id/upgrade-agent': cluster('Upgrade Agent'),
  'POST /clusters/:id/upgrade-docker': cluster('Upgrade Docker'),
  'POST /clusters/:id/upgrade-docker/decision': cluster('Confirm Docker Upgrade'),
  'POST /clusters/:id/upgrade-system-services': cluster('Upgrade System Services'),
  'POST /clusters/:id/clear-disk': cluster('Clear Disk'),
  'PUT /clusters/:id/root-domain': cluster('Set Domain Name'),
  'PUT /clusters/:id/load-balancer': cluster('Bind Server Load Balancer'),
  'POST /clusters/:id/tags': cluster('Add User Tag'),
  'POST /clusters/:id/tags/delete': cluster('Delete User Tag'),
  'DELETE /clusters/:id/nodes/:nodeId': node('Remove Node'),
  'POST /clusters/:id/nodes/:nodeId/reset': node('Reset Node'),
  'POST /clusters/:id/update-ram-authorization': cluster('Update RAM Authorization Information'),
  'POST /clusters/:id/node-scaling-rule': cluster('Create Auto Scaling Rule'),
  'PUT /clusters/:id/node-scaling-rule': cluster('Modify Auto Scaling Rule'),
  'DELETE /clusters/:id/node-scaling-rule': cluster('Delete Auto Scaling Rule'),
  'PUT /clusters/:id/node-scaling-alarm-rules/:direction': cluster('Enable or Disable Auto Scaling Alarm Rule'),

  'POST /templates/validate': NOT_A_CHANGE,
  'POST /templates': of('template', 'Create Template'),
  'PUT /templates/:id': of('template', 'Update Template', 'id'),
  'DELETE /templates/:id': of('template', 'Delete Template', 'id'),

  'POST /applications/preview': NOT_A_CHANGE,
  'POST /applications': of('application', 'Create Application'),
  'PUT /applications/:id': of('application', 'Update Application', 'id'),
  'DELETE /applications/:id': of('application', 'Delete Application', 'id'),
  'POST /applications/:id/redeploy': of('application', 'Redeploy Application', 'id'),
  'POST /applications/:id/stop': of('application', 'Stop Application', 'id'),
  'POST /applications/:id/start': of('application', 'Start Application', 'id'),
  'POST /applications/:id/rollback': of('application', 'Roll Back Application', 'id'),
  'POST /applications/:id/release/confirm': of('application', 'Confirm Release Completion', 'id'),
  'POST /applications/:id/release/rollback': of('application', 'Roll Back Blue-Green Release', 'id'),
  'PUT /applications/:id/routes/weights': of('application', 'Set Service Weight', 'id'),
  'POST /applications/:id/triggers': of('application', 'Create Trigger', 'id'),
  'DELETE /applications/:id/triggers/:triggerId': of('application', 'Delete Trigger', 'id'),
  'POST /clusters/:id/test-access': NOT_A_CHANGE,
  'POST /services/:id/auto-scaling/replay': NOT_A_CHANGE,

  'PUT /services/:id': of('service', 'Update Service', 'id'),
  'DELETE /services/:id': of('service', 'Delete Service', 'id'),
  'POST /services/:id/stop': of('service', 'Stop Service', 'id'),
  'POST /services/:id/start': of('service', 'Start Service', 'id'),
  'POST /services/:id/restart': of('service', 'Restart Service', 'id'),
  'POST /services/:id/reschedule': of('service', 'Reschedule Service', 'id'),

  'POST /containers/:id/stop': of('container', 'Stop Container', 'id'),
  'POST /containers/:id/start': of('container', 'Start Container', 'id'),
  'DELETE /containers/:id': of('container', 'Delete Container', 'id'),
  'POST /containers/:id/exec': of('container', 'Execute Command', 'id'),
  'POST /containers/:id/monitoring/data': TELEMETRY,

  'POST /alarm-rules': of('alarm-rule', 'New Alarm Rule'),
  'PUT /alarm-rules/:id': of('alarm-rule', 'Modify Alarm Rule', 'id'),
  'POST /alarm-rules/:id/enable': of('alarm-rule', 'Enable Alarm Rule', 'id'),
  'POST /alarm-rules/:id/disable': of('alarm-rule', 'Disable Alarm Rule', 'id'),
  'DELETE /alarm-rules/:id': of('alarm-rule', 'Delete Alarm Rule', 'id'),

  'POST /load-balancers': of('load-balancer', 'Create Server Load Balancer'),
  'PUT /load-balancers/:id': of('load-balancer', 'Edit Load Balancer Name', 'id'),
  'DELETE /load-balancers/:id': of('load-balancer', 'Delete Server Load Balancer', 'id'),
  'POST /load-balancers/:id/listeners': of('load-balancer', 'Create Listener', 'id'),
  'PUT /load-balancers/:id/listeners/:port': of('load-balancer', 'Modify Listener', 'id'),
  'DELETE /load-balancers/:id/listeners/:port': of('load-balancer', 'Delete Listener', 'id'),
  'POST /load-balancers/:id/listeners/:port/start': of('load-balancer', 'Start Listener', 'id'),
  'POST /load-balancers/:id/listeners/:port/stop': of('load-balancer', 'Stop Listener', 'id'),
  'POST /certificates': of('certificate', 'Create Certificate'),
  'DELETE /certificates/:id': of('certificate', 'Delete Certificate', 'id'),
  'POST /volumes': of('volume', 'Create Data Volume'),
  'DELETE /volumes': of('volume', 'Delete All Volumes with the Same Name'),
  'POST /oss-buckets': of('oss-bucket', 'Create Bucket'),

  'POST /simulation/faults': of('fault', 'Inject Fault'),
  'DELETE /simulation/faults/:id': of('fault', 'Delete Fault', 'id'),
  'POST /simulation/nodes/:nodeId/down': of('node', 'Power Off Node', 'nodeId'),
  'POST /simulation/nodes/:nodeId/up': of('node', 'Power On Node', 'nodeId'),
  'POST /simulation/zones/down': of('node', 'Zone Outage'),
  'POST /simulation/zones/up': of('node', 'End Zone Outage'),
  'POST /simulation/images/push': of('image', 'Push Image'),
  'POST /simulation/load-spikes': of('container', 'Inject Load Spike'),
  'PUT /simulation/ram-service': of('ram-service', 'Activate or Deactivate RAM Service'),
};

/** Every mutating route of a cluster's Docker endpoint (its caller: a Docker client with the cluster's certificate). */
export const DOCKER_OPERATIONS: OperationRouteTable = {
  'POST /containers/create': of('container', 'Create Container'),
  'POST /containers/:id/start': of('container', 'Start Container'),
  'POST /containers/:id/stop': of('container', 'Stop Container'),
  'POST /containers/:id/restart': of('container', 'Restart Container'),
  'POST /containers/:id/rename': of('container', 'Rename Container'),
  'DELETE /containers/:id': of('container', 'Delete Container'),
  'POST /networks/create': of('network', 'Create Network'),
  'DELETE /networks/:id': of('network', 'Delete Network'),
  'POST /networks/:id/connect': of('network', 'Connect Network'),
  'POST /networks/:id/disconnect': of('network', 'Disconnect Network'),
  'POST /images/create': of('image', 'Pull Image'),
};

/** What a path parameter may be to name a resource: the ids this product issues, and names. */
const ID_LIKE = /^[\w.-]{1,128}$/;

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  params: string[];
  route: OperationRoute;
}

export interface MatchedOperation {
  route: OperationRoute;
  params: Record<string, string>;
}

/** Finds the entry of a request by its method and path (a path parameter matches one segment). */
export function operationMatcher(
  table: OperationRouteTable,
): (method: string, path: string) => MatchedOperation | undefined {
  const compiled: CompiledRoute[] = Object.entries(table).map(([key, route]) => {
    const [method = '', path = ''] = key.split(' ');
    const params: string[] = [];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      params.push(name);
      return '([^/]+)';
    });
    return { method, pattern: new RegExp(`^${source}/?$`), params, route };
  });
  return (method, path) => {
    for (const entry of compiled) {
      if (entry.method !== method) continue;
      const match = entry.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      entry.params.forEach((name, i) => {
        const value = safeDecode(match[i + 1] ?? '');
        // Not an id of ours: the record names no resource rather than looking up what cannot be one.
        if (ID_LIKE.test(value)) params[name] = value;
      });
      return { route: entry.route, params };
    }
    return undefined;
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
