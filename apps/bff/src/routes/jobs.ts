import { Router } from 'express';
import { JobStatusQuerySchema } from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { JobService } from '../services/jobs/job-service.ts';

/** `/applications/:id/job`: an offline job's status, its tasks' and their containers'. */
export function createJobsRouter({ jobs }: { jobs: JobService }): Router {
  const router = Router();

  router.get('/applications/:id/job', async (req, res) => {
    res.json(await jobs.status(req.params.id, parseInput(JobStatusQuerySchema, req.query)));
  });

  return router;
}
