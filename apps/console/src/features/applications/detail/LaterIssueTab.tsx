import { Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';

const WHAT = {
  routes: {
    title: 'Routes are not shown here yet.',
    text: 'The domain names routed to this application (its aliyun.routing labels) and the Server Load Balancer that serves them will be listed here in a later version of the console. The routing labels already take effect: see them in the template (Update or Version History).',
  },
} as const;

/** The Routes tab, which a later issue builds: what it will show, said plainly. */
export function LaterIssueTab({ tab }: { tab: keyof typeof WHAT }) {
  return (
    <Result
      icon={<ToolOutlined aria-hidden />}
      title={WHAT[tab].title}
      subTitle={<p style={{ maxWidth: 640, margin: '0 auto' }}>{WHAT[tab].text}</p>}
    />
  );
}
