import { Link } from 'react-router';
import type { AlarmInstanceRef } from '@cs/contracts';
import { alarmRulesPath } from '../alarms/alarm-paths.ts';

/** The guide's link from a container's or node's monitoring to its alarm rules and their history. */
export function AlarmRulesLink({ clusterId, instance }: { clusterId: string; instance: AlarmInstanceRef }) {
  return <Link to={alarmRulesPath(clusterId, { instance })}>View History Monitoring Data/ Set Alarm Rules</Link>;
}
