import type { LogLineDto } from '@cs/contracts';
import type { Container } from '@cs/domain';
import type { LogLine } from '@cs/simulator';

/** A log view's query, parsed: entries per container, one container by name, a start time, a search. */
export interface LogRequest {
  tail: number;
  container?: string;
  /** Unix milliseconds. */
  since?: number;
  q?: string;
}

/** A derived line and its answer form, kept together to be merged in time order. */
export interface Placed {
  line: LogLine;
  dto: LogLineDto;
}

export const toDto = (container: Container, line: LogLine): LogLineDto => ({
  containerId: container.metadata.id,
  containerName: container.metadata.name,
  time: line.timestamp,
  stream: line.stream,
  text: line.text,
});

/** Time order across containers; one moment's lines by nanoseconds, then by container. */
export function byTime(a: Placed, b: Placed): number {
  if (a.line.time !== b.line.time) return a.line.time - b.line.time;
  if (a.dto.time !== b.dto.time) return a.dto.time < b.dto.time ? -1 : 1;
  return a.dto.containerName < b.dto.containerName ? -1 : a.dto.containerName > b.dto.containerName ? 1 : 0;
}

/** Lets other requests run between two containers' derivations. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
