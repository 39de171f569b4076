import { DockerError } from '../api/docker-errors.ts';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*(?::\\d{1,5})?/)?';
const TAG = '[\\w][\\w.-]{0,127}';
const REFERENCE = new RegExp(`^${DOMAIN}${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@sha256:[0-9a-f]{64})?$`);

/** Docker's reference grammar, bounded (a reference is at most 255 characters). */
export function isImageReference(name: string): boolean {
  return name.length <= 255 && REFERENCE.test(name);
}

/** Docker Hub's images by their familiar names: `docker.io/library/busybox` is `busybox`. */
function familiar(name: string): string {
  return name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(?:library\/)?/, '');
}

/** `fromImage` and `tag` of a pull as one reference (`nginx` + `latest` → `nginx:latest`), or 400 as Docker says it. */
export function pullReference(fromImage: unknown, tag: unknown): string {
  if (typeof fromImage !== 'string' || fromImage === '')
    throw new DockerError(400, 'fromImage is required: name the image to pull.');
  const image = familiar(fromImage);
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const hasTag = lastSegment.includes(':') || lastSegment.includes('@');
  const tagText = typeof tag === 'string' && tag !== '' ? tag : undefined;
  const reference = hasTag
    ? image
    : !tagText
      ? `${image}:latest`
      : `${image}${tagText.startsWith('sha256:') ? '@' : ':'}${tagText}`;
  if (!isImageReference(reference)) throw new DockerError(400, `invalid reference format: ${reference.slice(0, 300)}`);
  return reference;
}
