import { randomBytes } from 'node:crypto';
import { ConflictError, findRegion } from '@cs/domain';
import type { Certificate, CertificateType, LoadBalancer } from '@cs/domain';
import type { CertificateDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';
import { listenersUsing } from './listener-service.ts';
import { readCertificate } from './read-certificate.ts';
import { toCertificateDto } from './load-balancer-views.ts';

const newCertificateId = () => `cert-${randomBytes(10).toString('hex')}`;

/** Certificates: uploaded PEM, checked by Node's X.509 parser, used by HTTPS listeners of their region. */
export class CertificateService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  async create(upload: {
    region: string;
    name: string;
    type: CertificateType;
    certificate: string;
    privateKey: string | null;
  }): Promise<CertificateDto> {
    const spec = readCertificate(upload, this.now());
    const created = await this.store.resources.create<Certificate['spec'], Certificate['status']>(
      'certificate',
      {
        id: newCertificateId(),
        name: upload.name,
        scope: upload.region,
        spec,
        status: {
          phase: 'Normal',
          phaseSince: new Date(this.now()).toISOString(),
          observedGeneration: 1,
          conditions: [],
        },
      },
      {
        nameTaken: `A certificate named ${upload.name} already exists in ${findRegion(upload.region)?.name ?? upload.region}.`,
      },
    );
    return toCertificateDto(created);
  }

  async list(query: { region?: string; page: number; pageSize: number }) {
    const { items, total } = await this.store.resources.list<Certificate>('certificate', {
      scope: query.region,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: items.map(toCertificateDto), total };
  }

  async get(id: string): Promise<CertificateDto> {
    return toCertificateDto(await this.store.resources.get<Certificate>('certificate', id));
  }

  /** Refused while a listener of its region uses it. */
  async delete(id: string): Promise<void> {
    const certificate = await this.store.resources.get<Certificate>('certificate', id);
    const loadBalancers = await this.store.resources.listInScope<LoadBalancer>(
      'load-balancer',
      certificate.spec.region,
    );
    const users = listenersUsing(id, loadBalancers);
    if (users.length > 0)
      throw new ConflictError(
        `Certificate ${certificate.metadata.name} is used by the listener(s) ${users.join(', ')}: change or delete them first.`,
      );
    await this.store.resources.applyChanges({
      removes: [{ kind: 'certificate', id, expectedVersion: certificate.metadata.resourceVersion }],
      events: [],
    });
  }
}
