import { Router } from 'express';
import type { ScheduleService } from '../services/timing/schedule-service.ts';

/** A timing task's schedule: `GET /applications/:id/schedule` (404 when the application has no aliyun.schedule). */
export function createScheduleRouter({ schedules }: { schedules: ScheduleService }): Router {
  const router = Router();
  router.get('/applications/:id/schedule', async (req, res) => {
    res.json(await schedules.schedule(req.params.id));
  });
  return router;
}
