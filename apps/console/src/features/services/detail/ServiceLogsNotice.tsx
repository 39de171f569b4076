import { Result } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';

/** Logs: the service-level log view comes with a later issue; say so where the guide has it. */
export function ServiceLogsNotice() {
  return (
    <Result
      icon={<FileTextOutlined aria-hidden />}
      title="Service logs come with a later version of the console."
      subTitle="They will show the newest entries of each container of the service, filtered by container name and start time, with a download."
    />
  );
}
