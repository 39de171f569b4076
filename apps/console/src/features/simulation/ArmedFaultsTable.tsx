import { App, Button, Table } from 'antd';
import type { FaultDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useFaultDisarmMutation } from '../../data/simulation/fault-disarm-mutation.ts';
import { useFaultsQuery } from '../../data/simulation/faults-query.ts';
import { failureMessage } from '../../forms/api-failure.ts';
import { faultKind, faultTarget } from './simulation.utils.ts';

/** The armed faults, of every kind (cluster and node faults too), each with Remove. */
export function ArmedFaultsTable({ serviceNames }: { serviceNames: ReadonlyMap<string, string> }) {
  const { message } = App.useApp();
  const faults = useFaultsQuery();
  const disarm = useFaultDisarmMutation();
  const remove = (fault: FaultDto) =>
    disarm.mutate(fault.metadata.id, {
      onSuccess: () => void message.success(`${faultKind(fault)} removed.`),
      onError: (error) => void message.error(failureMessage(error)),
    });

  return (
    <>
      {faults.isError && (
        <LoadFailureAlert what="The armed faults" error={faults.error} onRetry={() => void faults.refetch()} />
      )}
      <Table<FaultDto>
        aria-label="Armed faults"
        size="small"
        rowKey={(f) => f.metadata.id}
        dataSource={faults.data}
        loading={faults.isPending}
        pagination={false}
        locale={{ emptyText: 'No faults are armed: the simulated cloud runs without failures.' }}
        columns={[
          { title: 'Fault', key: 'kind', render: (_, f) => faultKind(f) },
          { title: 'Target', key: 'target', render: (_, f) => faultTarget(f, serviceNames) },
          { title: 'Message', key: 'message', render: (_, f) => f.spec.message || <em>(default)</em> },
          { title: 'Remaining', key: 'count', align: 'right', render: (_, f) => f.spec.count },
          {
            title: 'Action',
            key: 'action',
            render: (_, f) => (
              <Button
                type="link"
                size="small"
                danger
                style={{ padding: 0 }}
                loading={disarm.isPending && disarm.variables === f.metadata.id}
                aria-label={`Remove ${faultKind(f)} of ${faultTarget(f, serviceNames)}`}
                onClick={() => remove(f)}
              >
                Remove
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
