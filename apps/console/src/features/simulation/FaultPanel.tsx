import { Card, Col, Row } from 'antd';
import type { ServiceDto } from '@cs/contracts';
import { ArmedFaultsTable } from './ArmedFaultsTable.tsx';
import { ArmFaultForm } from './ArmFaultForm.tsx';
import { serviceLabel } from './simulation.utils.ts';

interface FaultPanelProps {
  services: readonly ServiceDto[];
  servicesLoading: boolean;
}

/** Faults: arm image pull failures, probe failures and container crashes; see and remove what is armed. */
export function FaultPanel({ services, servicesLoading }: FaultPanelProps) {
  const options = services.map((s) => ({ value: s.metadata.id, label: serviceLabel(s) }));
  const names = new Map(options.map((o) => [o.value, o.label]));
  return (
    <Card title="Faults">
      <p style={{ marginTop: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
        A fault fails the next runs of a step of the simulated cloud, as many times as you say, then is used up.
      </p>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={8}>
          <ArmFaultForm fault="pull" services={options} />
        </Col>
        <Col xs={24} lg={8}>
          <ArmFaultForm fault="probe" services={options} servicesLoading={servicesLoading} />
        </Col>
        <Col xs={24} lg={8}>
          <ArmFaultForm fault="crash" services={options} servicesLoading={servicesLoading} />
        </Col>
        <Col xs={24} lg={8}>
          <ArmFaultForm fault="exit" services={options} servicesLoading={servicesLoading} />
        </Col>
        <Col span={24}>
          <h3 style={{ margin: '0 0 8px', fontSize: 15 }}>Armed faults</h3>
          <ArmedFaultsTable serviceNames={names} />
        </Col>
      </Row>
    </Card>
  );
}
