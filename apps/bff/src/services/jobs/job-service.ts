import { ConflictError } from '@cs/domain';
import type { Application, Service } from '@cs/domain';
import type { JobStatusDto } from '@cs/contracts';
import type { Store } from '../../store/store.ts';
import { toJobStatus } from './job-status.ts';

/** Offline jobs' status, for the console and O&M automation (the guide: "retrieved through the API"). */
export class JobService {
  constructor(private readonly store: Store) {}

  async status(applicationId: string, page: { limit: number; offset: number }): Promise<JobStatusDto> {
    const application = await this.store.resources.get<Application>('application', applicationId);
    if (application.spec.category !== 'batch')
      throw new ConflictError(
        `Application ${application.metadata.name} is an online application: only an offline job (aliyun.project_type: batch) has a job status.`,
      );
    const services = await this.store.resources.listInScope<Service>('service', applicationId);
    return toJobStatus(application, services, page);
  }
}
