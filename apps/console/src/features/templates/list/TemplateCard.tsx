import { Button, Card, Tag, theme } from 'antd';
import { useNavigate } from 'react-router';
import type { TemplateSummary } from '@cs/contracts';
import { CreateApplicationLink } from '../../../components/CreateApplicationLink.tsx';
import { ImageAvatar } from '../../images/ImageAvatar.tsx';
import { applicationCreatePath } from '../../applications/application-paths.ts';
import { templateDetailPath } from '../templates.utils.ts';

const SHOWN_SERVICES = 3;

/** One template in the list: its name, description and services, with Details and Create Application. */
export function TemplateCard({ template }: { template: TemplateSummary }) {
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { id, name } = template.metadata;
  const services = template.status.services;

  return (
    <Card
      size="small"
      role="article"
      aria-label={name}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8, flex: 1 } }}
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      actions={[
        <Button
          key="details"
          type="link"
          size="small"
          aria-label={`Details of ${name}`}
          onClick={() => void navigate(templateDetailPath(id))}
        >
          Details
        </Button>,
        <CreateApplicationLink
          key="create"
          to={applicationCreatePath({ templateId: id })}
          ariaLabel={`Create Application from ${name}`}
        />,
      ]}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <ImageAvatar name={name} size={40} />
        <div style={{ minWidth: 0 }}>
          <h3 style={{ margin: 0, fontSize: 15, fontWeight: 600, wordBreak: 'break-all' }}>{name}</h3>
          <span style={{ fontSize: 12, color: token.colorTextSecondary }}>
            Compose {template.status.format === 'v2' ? 'version 2' : 'version 1'} · {services.length}{' '}
            {services.length === 1 ? 'service' : 'services'}
          </span>
        </div>
      </div>
      <p
        style={{
          margin: 0,
          color: token.colorTextSecondary,
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          minHeight: 44,
        }}
        title={template.spec.description}
      >
        {template.spec.description || 'No description.'}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {services.slice(0, SHOWN_SERVICES).map((s) => (
          <Tag key={s.name} title={s.image ?? undefined} style={{ marginInlineEnd: 0 }}>
            {s.name}
          </Tag>
        ))}
        {services.length > SHOWN_SERVICES && (
          <Tag style={{ marginInlineEnd: 0 }}>+{services.length - SHOWN_SERVICES}</Tag>
        )}
      </div>
    </Card>
  );
}
