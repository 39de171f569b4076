/** A region of the simulated cloud and the zones an operator can pick in it. */
export interface Region {
  id: string;
  name: string;
  zones: string[];
}

export const REGIONS: readonly Region[] = [
  { id: 'cn-hangzhou', name: 'China East 1 (Hangzhou)', zones: ['cn-hangzhou-b', 'cn-hangzhou-d', 'cn-hangzhou-e'] },
  { id: 'cn-shanghai', name: 'China East 2 (Shanghai)', zones: ['cn-shanghai-a', 'cn-shanghai-b'] },
  { id: 'cn-qingdao', name: 'China North 1 (Qingdao)', zones: ['cn-qingdao-b', 'cn-qingdao-c'] },
  { id: 'cn-beijing', name: 'China North 2 (Beijing)', zones: ['cn-beijing-a', 'cn-beijing-b', 'cn-beijing-c'] },
  { id: 'cn-shenzhen', name: 'China South 1 (Shenzhen)', zones: ['cn-shenzhen-a', 'cn-shenzhen-b'] },
  { id: 'cn-hongkong', name: 'Hong Kong', zones: ['cn-hongkong-b', 'cn-hongkong-c'] },
  { id: 'ap-southeast-1', name: 'Asia Pacific SE 1 (Singapore)', zones: ['ap-southeast-1a', 'ap-southeast-1b'] },
  { id: 'us-west-1', name: 'US West 1 (Silicon Valley)', zones: ['us-west-1a', 'us-west-1b'] },
];

export function findRegion(id: string): Region | undefined {
  return REGIONS.find((r) => r.id === id);
}
