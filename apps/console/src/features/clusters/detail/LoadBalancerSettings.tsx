import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex } from 'antd';
import { Link } from 'react-router';
import type { ClusterDto } from '@cs/contracts';
import { useClusterLoadBalancerMutation } from '../../../data/clusters/cluster-load-balancer-mutation.ts';
import { useClusterRootDomainMutation } from '../../../data/clusters/cluster-root-domain-mutation.ts';
import { failureMessage } from '../../../forms/api-failure.ts';
import { defaultRootDomain } from '../clusters.utils.ts';
import { loadBalancerPath } from '../../load-balancers/load-balancers.utils.ts';
import { BindLoadBalancerDialog } from './BindLoadBalancerDialog.tsx';
import { SetDomainNameDialog } from './SetDomainNameDialog.tsx';

const hint = { margin: 0, color: 'rgba(0, 0, 0, 0.65)' };

/** Load Balancer Settings: the bound Server Load Balancer and the cluster's root domain name. */
export function LoadBalancerSettings({ cluster }: { cluster: ClusterDto }) {
  const { modal, message } = App.useApp();
  const [dialog, setDialog] = useState<'bind' | 'domain' | undefined>();
  const bind = useClusterLoadBalancerMutation();
  const rootDomain = useClusterRootDomainMutation();
  // The one bound in these settings replaces the one created with the cluster.
  const slbId = cluster.spec.boundSlbId ?? cluster.status.resources.slbId;
  const { id, name } = cluster.metadata;
  const defaultDomain = defaultRootDomain(cluster);

  const unbind = () =>
    modal.confirm({
      title: 'Unbind Server Load Balancer',
      content: `Unbind ${slbId ?? ''} from ${name}? Applications of the cluster are no longer reachable through it; the instance stays in your account.`,
      okText: 'Unbind',
      okButtonProps: { danger: true },
      onOk: () =>
        bind
          .mutateAsync({ id, slbId: null })
          .then(() => void message.success(`${slbId ?? ''} is unbound.`))
          .catch((error: unknown) => void message.error(failureMessage(error))),
    });

  const restoreDefaultDomain = () =>
    rootDomain.mutate(
      { id, rootDomain: null },
      {
        onSuccess: () => void message.success(`Service domain names of ${name} end in ${defaultDomain} again.`),
        onError: (error) => void message.error(failureMessage(error)),
      },
    );

  return (
    <Flex vertical gap={16}>
      <Card title="Server Load Balancer">
        <Descriptions
          column={1}
          items={[{ key: 'slb', label: 'Bound Server Load Balancer', children: slbId ?? 'None bound' }]}
        />
        <Flex gap={8} align="center" style={{ margin: '8px 0 16px' }}>
          <Button type="primary" onClick={() => setDialog('bind')}>
            {slbId ? 'Bind Another' : 'Bind'}
          </Button>
          <Button danger disabled={!slbId} loading={bind.isPending} onClick={unbind}>
            Unbind
          </Button>
          {slbId && <Link to={loadBalancerPath(slbId)}>Go to Server Load Balancer Console</Link>}
        </Flex>
        <p style={hint}>
          If no Server Load Balancer instance is bound, log on to the Server Load Balancer console and create a Server
          Load Balancer instance; and then, return to this page and bind it. A Server Load Balancer instance bound with
          an intranet is supported.
        </p>
      </Card>
      <Card title="Domain Name">
        <Descriptions
          column={1}
          items={[
            {
              key: 'domain',
              label: 'Root domain name',
              children: cluster.spec.rootDomain ?? `${defaultDomain} (default)`,
            },
          ]}
        />
        <Flex gap={8} style={{ margin: '8px 0 16px' }}>
          <Button type="primary" onClick={() => setDialog('domain')}>
            Set Domain Name
          </Button>
          {cluster.spec.rootDomain && (
            <Button loading={rootDomain.isPending} onClick={restoreDefaultDomain}>
              Use Default Domain Name
            </Button>
          )}
        </Flex>
        <Flex vertical gap={8}>
          <p style={hint}>
            When you set the web routing rules of a service, you only enter the prefix of the domain name, such as
            nginx, and obtain the domain name <code>nginx.$cluster_id.$region_id.alicontainer.com</code> — here{' '}
            <code>nginx.{defaultDomain}</code>. You can replace it by setting a root domain name of the cluster
            (example.com in this example): when you redeploy the service nginx, its domain name changes to{' '}
            <code>nginx.example.com</code>, which makes it convenient for you to access the cluster applications with
            your own root domain name.
          </p>
          <p style={hint}>
            Then ask your DNS resolver service provider to resolve your domain (<code>*.example.com</code> in this
            example) to the VIP address of the bound Server Load Balancer instance, and redeploy your application: the
            web service access endpoint under the application changes to <code>$your_domain_prefix.example.com</code>.
            Upgrade the Agent to the latest version first.
          </p>
        </Flex>
      </Card>
      {dialog === 'bind' && <BindLoadBalancerDialog cluster={cluster} onClose={() => setDialog(undefined)} />}
      {dialog === 'domain' && <SetDomainNameDialog cluster={cluster} onClose={() => setDialog(undefined)} />}
    </Flex>
  );
}
