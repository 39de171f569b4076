import type { ImageCategory, ImageDto } from '@cs/contracts';

/** The tab in the URL (`?tab=official`); Popular when absent or unknown. */
export function imageTab(value: string | null): ImageCategory {
  return value === 'official' ? 'official' : 'popular';
}

/** What the Source column says for each source, spelled out in its tooltip. */
export const SOURCE_NAMES: Record<ImageDto['source'], string> = {
  DOCKER_HUB: 'Docker Hub',
  ALIYUN_HUB: 'Alibaba Cloud Container Hub',
};

const AVATAR_COLOURS = ['#1677ff', '#13a8a8', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#2f54eb', '#a0d911'];

/** A stable colour and the initials that stand for an image (`acs/proxy` → PR). */
export function imageBadge(name: string): { initials: string; colour: string } {
  const last = name.split('/').pop() ?? name;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return {
    initials:
      last
        .replace(/[^a-zA-Z0-9]/g, '')
        .slice(0, 2)
        .toUpperCase() || '?',
    colour: AVATAR_COLOURS[hash % AVATAR_COLOURS.length] ?? '#1677ff',
  };
}

/** `repository:tag` as a template's `image:` names it. */
export function imageReference(repository: string, tag: string): string {
  return tag ? `${repository}:${tag}` : repository;
}
