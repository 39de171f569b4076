/** `==`/`!=` are hard (must), `==~`/`!=~` soft (try to). */
export type Operator = '==' | '!=' | '==~' | '!=~';

/** `constraint:aliyun.node_index==1`, `constraint:group==1` (a user tag), `…==(1 2 3)`. */
export interface Constraint {
  key: string;
  operator: Operator;
  values: string[];
  hard: boolean;
  expression: string;
}

/** `affinity:service!=master`, `affinity:image==~redis`. */
export interface Affinity {
  kind: 'service' | 'image';
  operator: Operator;
  value: string;
  hard: boolean;
  expression: string;
}

/** `availability:az==3` (at least three zones) or `availability:az==~3` (if possible). */
export interface Availability {
  zones: number;
  hard: boolean;
}

/** `reschedule:on-node-failure` moves a failed node's containers to other nodes; `off` (the default) does not. */
export type ReschedulePolicy = 'on-node-failure' | 'off';
