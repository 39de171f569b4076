import { Router } from 'express';
import {
  NodeScalingAlarmToggleSchema,
  NodeScalingDirectionParamSchema,
  NodeScalingRuleRequestSchema,
  NodeScalingRuleUpdateSchema,
  RamServiceSchema,
  RdsInstanceListQuerySchema,
} from '@cs/contracts';
import type { NodeScalingRuleDto } from '@cs/contracts';
import type { NodeScalingRule } from '@cs/domain';
import { parseInput } from '../http/parse.ts';
import type { NodeScalingServices } from '../services/scaling/nodes/node-scaling-services.ts';

const toDto = (rule: NodeScalingRule): NodeScalingRuleDto => rule;

/** Node Scaling of Clusters > Manage, its alarm rules, More > Update RAM Authorization Information, the RDS instances. */
export function createNodeScalingRouter({ rules, ram }: Pick<NodeScalingServices, 'rules' | 'ram'>): Router {
  const router = Router();
  const rulePath = '/clusters/:id/node-scaling-rule';

  router.get(rulePath, async (req, res) => {
    const rule = await rules.get(req.params.id);
    res.json({ rule: rule && toDto(rule) });
  });

  router.post(rulePath, async (req, res) => {
    const input = parseInput(NodeScalingRuleRequestSchema, req.body);
    res.status(201).json(toDto(await rules.create(req.params.id, input)));
  });

  router.put(rulePath, async (req, res) => {
    const { rule, resourceVersion } = parseInput(NodeScalingRuleUpdateSchema, req.body);
    res.json(toDto(await rules.update(req.params.id, rule, resourceVersion)));
  });

  router.delete(rulePath, async (req, res) => {
    await rules.delete(req.params.id);
    res.status(204).end();
  });

  router.get('/clusters/:id/node-scaling-prerequisites', async (req, res) => {
    res.json(await rules.prerequisites(req.params.id));
  });

  router.get('/clusters/:id/node-scaling-alarm-rules', async (req, res) => {
    res.json(await rules.alarmRules(req.params.id));
  });

  router.put('/clusters/:id/node-scaling-alarm-rules/:direction', async (req, res) => {
    const direction = parseInput(NodeScalingDirectionParamSchema, req.params.direction);
    const { enabled, resourceVersion } = parseInput(NodeScalingAlarmToggleSchema, req.body);
    res.json(await rules.toggleAlarm(req.params.id, direction, enabled, resourceVersion));
  });

  router.post('/clusters/:id/update-ram-authorization', async (req, res) => {
    res.json(await ram.update(req.params.id));
  });

  router.get('/simulation/ram-service', async (_req, res) => {
    res.json({ activated: await ram.activated() });
  });

  router.put('/simulation/ram-service', async (req, res) => {
    const { activated } = parseInput(RamServiceSchema, req.body);
    res.json({ activated: await ram.setActivated(activated) });
  });

  router.get('/rds-instances', async (req, res) => {
    const { region } = parseInput(RdsInstanceListQuerySchema, req.query);
    res.json(await rules.rdsInstances(region));
  });

  return router;
}
