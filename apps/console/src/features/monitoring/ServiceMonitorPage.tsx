import { Link, useParams } from 'react-router';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useServiceQuery } from '../../data/services/service-query.ts';
import { serviceDetailPath, serviceListPath } from '../services/service-paths.ts';
import { serviceLabel } from '../simulation/simulation.utils.ts';
import { MonitorPageFrame } from './MonitorPageFrame.tsx';
import { ServiceComparison } from './ServiceComparison.tsx';

/** A service's monitoring (Service List > Monitor): its containers compared item by item. */
export function ServiceMonitorPage() {
  const { id = '' } = useParams();
  const { data: service, isError, error } = useServiceQuery({ id });
  return (
    <MonitorPageFrame
      crumbs={[
        <Link to={service ? serviceListPath(service.spec.clusterId) : '/services'}>Service List</Link>,
        <Link to={serviceDetailPath(id)}>{service?.metadata.name ?? id}</Link>,
      ]}
      title={`Service Monitor: ${service ? serviceLabel(service) : id}`}
      notice={isError && <LoadFailureAlert what="The service" error={error} />}
    >
      <ServiceComparison serviceId={id} />
    </MonitorPageFrame>
  );
}
