import { Button, Popover } from 'antd';

const HELP = (
  <div style={{ maxWidth: 420 }}>
    <p>
      OSSFS data volumes package OSS buckets as data volumes: the Container Service creates one on every node of the
      cluster under the same name, so containers keep their data when they move between nodes. Local data volumes are
      named node_name/volume_name.
    </p>
    <p>
      Prerequisites: the cluster Agent is version 0.6 or higher, and the acsvolumedriver application is deployed
      (upgrade the system services to deploy it).
    </p>
    <p>
      Use a data volume by its name in an application of the same cluster, for example volumes: - test:/testvolume:rw.
      If the container path exists in the image, add nocopy (test:/data:nocopy), or the container fails with chown
      /mnt/acs_mnt/ossfs/test: input/output error.
    </p>
  </div>
);

/** "Help: Data volume guide" beside the page title: the guide's essentials. */
export function VolumeGuideHelp() {
  return (
    <Popover title="Data volume guide" content={HELP} trigger="click">
      <Button type="link">Help: Data volume guide</Button>
    </Popover>
  );
}
