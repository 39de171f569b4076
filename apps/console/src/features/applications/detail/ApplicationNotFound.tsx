import { Result } from 'antd';
import { Link } from 'react-router';
import { applicationListPath } from '../application-paths.ts';

/** What an application's pages show when it does not exist (any more). */
export function ApplicationNotFound() {
  return (
    <Result
      status="404"
      title="The application does not exist."
      subTitle="It may have been deleted."
      extra={<Link to={applicationListPath()}>Back to Application List</Link>}
    />
  );
}
