import type { FieldError } from '../errors.ts';
import type { Listener, ListenerProtocol } from './load-balancer.ts';

const LABEL: Record<ListenerProtocol, string> = { tcp: 'TCP', udp: 'UDP', http: 'HTTP', https: 'HTTPS' };

/** The protocol a front protocol forwards to: HTTP for HTTP and HTTPS (the guide), itself for TCP and UDP. */
export function backendProtocolFor(frontend: ListenerProtocol): ListenerProtocol {
  return frontend === 'https' || frontend === 'http' ? 'http' : frontend;
}

/** TCP, HTTP and HTTPS listeners share the TCP ports of an instance; UDP has its own. */
const portFamily = (protocol: ListenerProtocol) => (protocol === 'udp' ? 'udp' : 'tcp');

/** What a listener's server certificate is, as far as the rules need it. */
export interface ListenerCertificate {
  id: string;
  region: string;
  type: 'server' | 'ca';
}

/**
 * Why a listener cannot be added to (or kept on) an instance of `region` beside `others`, as field
 * errors in the guide's words; empty when it can. `certificate` is the stored one `certificateId` names.
 */
export function listenerProblems(
  listener: Listener,
  others: readonly Listener[],
  region: string,
  certificate: ListenerCertificate | undefined,
): FieldError[] {
  const problems: FieldError[] = [];
  const front = listener.frontendProtocol;
  const expected = backendProtocolFor(front);
  if (listener.backendProtocol !== expected) {
    problems.push({
      field: 'backendProtocol',
      message: `When the frontend protocol is ${LABEL[front]}, the backend protocol is ${LABEL[expected]}.`,
    });
  }
  const clash = others.find(
    (o) => o.frontendPort === listener.frontendPort && portFamily(o.frontendProtocol) === portFamily(front),
  );
  if (clash) {
    problems.push({
      field: 'frontendPort',
      message: `Port ${listener.frontendPort} is already used by the ${LABEL[clash.frontendProtocol]} listener of this instance.`,
    });
  }
  if (front === 'https') {
    if (!listener.certificateId) problems.push({ field: 'certificateId', message: 'Select a server certificate.' });
    else if (!certificate || certificate.region !== region)
      problems.push({
        field: 'certificateId',
        message: `Certificate ${listener.certificateId} does not exist in the region of this instance (${region}).`,
      });
    else if (certificate.type !== 'server')
      problems.push({
        field: 'certificateId',
        message: 'An HTTPS listener needs a Server Certificate, not a CA Certificate.',
      });
  } else if (listener.certificateId) {
    problems.push({ field: 'certificateId', message: 'Only an HTTPS listener has a server certificate.' });
  }
  if (listener.healthCheck.enabled && (front === 'http' || front === 'https')) {
    if (listener.healthCheck.statusCodes.length === 0)
      problems.push({ field: 'healthCheck.statusCodes', message: 'Select at least one normal status code.' });
  }
  return problems;
}

/** How the Listening tab names a listener: `HTTPS:443`. */
export const listenerLabel = (l: Pick<Listener, 'frontendProtocol' | 'frontendPort'>) =>
  `${LABEL[l.frontendProtocol]}:${l.frontendPort}`;
