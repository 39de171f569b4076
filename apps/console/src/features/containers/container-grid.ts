/** One column of a container table: the guide's heading and its CSS grid track. */
interface ContainerColumn {
  key: 'name' | 'status' | 'health' | 'image' | 'port' | 'containerIp' | 'nodeIp' | 'action';
  title: string;
  track: string;
  /** The narrowest it gets; the table scrolls sideways below the sum. */
  minWidth: number;
}

/** The guide's container table: Name/ID Status Health Check Image Port Container IP Node IP Action. */
export const CONTAINER_COLUMNS: readonly ContainerColumn[] = [
  { key: 'name', title: 'Name/ID', track: 'minmax(160px, 1.4fr)', minWidth: 160 },
  { key: 'status', title: 'Status', track: '100px', minWidth: 100 },
  { key: 'health', title: 'Health Check', track: '110px', minWidth: 110 },
  { key: 'image', title: 'Image', track: 'minmax(150px, 1.3fr)', minWidth: 150 },
  { key: 'port', title: 'Port', track: 'minmax(160px, 1fr)', minWidth: 160 },
  { key: 'containerIp', title: 'Container IP', track: '112px', minWidth: 112 },
  { key: 'nodeIp', title: 'Node IP', track: '112px', minWidth: 112 },
  { key: 'action', title: 'Action', track: '176px', minWidth: 176 },
];

export const GRID_TEMPLATE = CONTAINER_COLUMNS.map((c) => c.track).join(' ');
export const GRID_MIN_WIDTH = CONTAINER_COLUMNS.reduce((sum, c) => sum + c.minWidth, 0);

/** Every row is this tall (two lines), so the virtualiser knows where row n is without measuring. */
export const ROW_HEIGHT = 56;
export const HEADER_HEIGHT = 40;
/** Rows rendered beyond each edge of the view, so a short scroll shows no blank rows. */
export const OVERSCAN = 5;
