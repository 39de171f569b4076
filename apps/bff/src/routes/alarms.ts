import { Router } from 'express';
import {
  AlarmHistoryQuerySchema,
  AlarmRuleCreateRequestSchema,
  AlarmRuleListQuerySchema,
  AlarmRuleUpdateRequestSchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { AlarmService } from '../services/alarms/alarm-service.ts';

export function createAlarmsRouter({ alarms }: { alarms: AlarmService }): Router {
  const router = Router();

  router.get('/alarm-rules', async (req, res) => {
    res.json(await alarms.list(parseInput(AlarmRuleListQuerySchema, req.query)));
  });

  router.post('/alarm-rules', async (req, res) => {
    const created = await alarms.create(parseInput(AlarmRuleCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/alarm-rules/${created.metadata.id}`).json(created);
  });

  router.get('/alarm-rules/:id', async (req, res) => {
    res.json(await alarms.get(req.params.id));
  });

  router.put('/alarm-rules/:id', async (req, res) => {
    res.json(await alarms.update(req.params.id, parseInput(AlarmRuleUpdateRequestSchema, req.body)));
  });

  router.post('/alarm-rules/:id/enable', async (req, res) => {
    res.json(await alarms.setEnabled(req.params.id, true));
  });

  router.post('/alarm-rules/:id/disable', async (req, res) => {
    res.json(await alarms.setEnabled(req.params.id, false));
  });

  router.delete('/alarm-rules/:id', async (req, res) => {
    await alarms.delete(req.params.id);
    res.status(204).end();
  });

  router.get('/alarm-history', async (req, res) => {
    res.json(await alarms.history(parseInput(AlarmHistoryQuerySchema, req.query)));
  });

  return router;
}
