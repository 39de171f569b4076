import { APPLICATION_NAME_RULE, isValidApplicationName } from '@cs/domain';
import { DockerRequestError, fieldPath } from './request-error.ts';
import { map, text } from './schema-parts.ts';

export const COMPOSE_LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  number: 'com.docker.compose.container-number',
  oneoff: 'com.docker.compose.oneoff',
  configHash: 'com.docker.compose.config-hash',
  version: 'com.docker.compose.version',
} as const;

/** Labels that differ per container and are therefore not part of the service definition. */
export const PER_CONTAINER_LABELS: readonly string[] = [
  COMPOSE_LABELS.project,
  COMPOSE_LABELS.service,
  COMPOSE_LABELS.number,
  COMPOSE_LABELS.oneoff,
];

export const labelsSchema = map(text);
type Labels = Readonly<Record<string, string>>;

export const SERVICE_NAME_RULE =
  'A service name is 1-64 characters: letters, digits, periods (.), underscores (_) and hyphens (-), starting with a letter or a digit.';
// Compose's own rule (`^[a-zA-Z0-9._-]+$`, which the template engine applies too), bounded like an application name.
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_CONTAINER_NUMBER = 10_000;
const CONTAINER_NUMBER = /^[1-9]\d{0,4}$/;

/** Which container of which compose service a create body is for. */
export interface ComposeIdentity {
  project: string;
  service: string;
  number: number;
  oneoff: boolean;
}

function refuse(label: string, problem: string): never {
  const field = fieldPath(['Labels', label]);
  throw new DockerRequestError(`${field} ${problem}`, field);
}

function required(labels: Labels, label: string): string {
  return labels[label] ?? refuse(label, 'is required on a docker-compose container');
}

/** The compose labels of a container, checked; null when the body is not from docker-compose. */
export function readComposeIdentity(labels: Labels): ComposeIdentity | null {
  if (labels[COMPOSE_LABELS.project] === undefined && labels[COMPOSE_LABELS.service] === undefined) return null;
  const project = required(labels, COMPOSE_LABELS.project);
  if (!isValidApplicationName(project))
    refuse(COMPOSE_LABELS.project, `is not a valid application name: ${APPLICATION_NAME_RULE}`);
  const service = required(labels, COMPOSE_LABELS.service);
  if (!SERVICE_NAME.test(service)) refuse(COMPOSE_LABELS.service, `is not a valid service name: ${SERVICE_NAME_RULE}`);
  const numberText = required(labels, COMPOSE_LABELS.number);
  const number = Number(numberText);
  if (!CONTAINER_NUMBER.test(numberText) || number > MAX_CONTAINER_NUMBER)
    refuse(COMPOSE_LABELS.number, `must be a whole number from 1 to ${MAX_CONTAINER_NUMBER}`);
  const oneoffText = required(labels, COMPOSE_LABELS.oneoff);
  if (oneoffText !== 'True' && oneoffText !== 'False') refuse(COMPOSE_LABELS.oneoff, 'must be "True" or "False"');
  return { project, service, number, oneoff: oneoffText === 'True' };
}

/** The labels the service definition keeps: all but the per-container ones. */
export function serviceLabels(labels: Labels): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !PER_CONTAINER_LABELS.includes(key)));
}
