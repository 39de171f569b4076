import { Modal, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ClusterDto } from '@cs/contracts';

type Rule = ClusterDto['status']['resources']['securityGroupRules'][number];

const COLUMNS: TableColumnsType<Rule> = [
  { title: 'Authorization Policy', dataIndex: 'policy' },
  { title: 'Protocol Type', dataIndex: 'protocol' },
  { title: 'Port Range', dataIndex: 'portRange' },
  { title: 'Authorization Type', dataIndex: 'authorizationType' },
  { title: 'Authorization Object', dataIndex: 'authorizationObject' },
  { title: 'Priority', dataIndex: 'priority' },
];

interface SecurityGroupRulesDialogProps {
  cluster: ClusterDto;
  onClose: () => void;
}

/** Security Group Rules: the rules of the cluster's security group, in the guide's columns. */
export function SecurityGroupRulesDialog({ cluster, onClose }: SecurityGroupRulesDialogProps) {
  const { securityGroupId, securityGroupRules } = cluster.status.resources;
  return (
    <Modal open title={`Security Group Rules: ${securityGroupId ?? ''}`} width={900} footer={null} onCancel={onClose}>
      <Table<Rule>
        aria-label="Security group rules"
        size="small"
        rowKey={(r) => `${r.protocol} ${r.portRange} ${r.authorizationObject}`}
        columns={COLUMNS}
        dataSource={securityGroupRules}
        pagination={false}
        locale={{ emptyText: 'The security group has no rules yet.' }}
      />
      <ul style={{ marginTop: 16, color: 'rgba(0, 0, 0, 0.65)', paddingInlineStart: 20 }}>
        <li>Port 443 and Port 80 can be opened or closed based on your own needs.</li>
        <li>
          ICMP rules are recommended to be retained for the convenience of troubleshooting. Some tools are also
          dependent on ICMP.
        </li>
        <li>
          The Container Service depends on Port 22 and Port 2376 to initialize the machine. Make sure to keep the two
          rules.
        </li>
        {cluster.spec.networkType === 'vpc' && (
          <li>The container network segment should be opened at the VPC intranet outbound/inbound.</li>
        )}
      </ul>
    </Modal>
  );
}
