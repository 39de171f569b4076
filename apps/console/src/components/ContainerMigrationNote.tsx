import { Alert } from 'antd';

/** The guide's "Container Migration" notes, shown wherever Migrate Containers can be chosen. */
export function ContainerMigrationNote() {
  return (
    <Alert
      type="warning"
      showIcon
      title="Container Migration"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          <li>
            If you select Migrate Containers, all containers on the node are migrated to other machines in the cluster.
          </li>
          <li>
            Container migration causes loss of the data in local volumes. Back up the data before container migration.
          </li>
          <li>
            The node reset process stops if container migration fails. In this case, you must manually reset the node
            again. During the second reset, you can deselect Migrate Containers to forcibly reset the node.
          </li>
          <li>You can click Clusters &gt; Manage &gt; Events to view the container migration log.</li>
        </ul>
      }
    />
  );
}
