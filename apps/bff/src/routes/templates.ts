import { Router } from 'express';
import {
  TemplateCreateRequestSchema,
  TemplateListQuerySchema,
  TemplateUpdateRequestSchema,
  TemplateValidateRequestSchema,
} from '@cs/contracts';
import { parseInput } from '../http/parse.ts';
import type { TemplateService } from '../services/template-service.ts';
import { withScheduleRuns } from '../services/timing/schedule-analysis.ts';

export function createTemplatesRouter({ templates, now }: { templates: TemplateService; now: () => number }): Router {
  const router = Router();

  router.post('/templates/validate', async (req, res) => {
    const { content, variables } = parseInput(TemplateValidateRequestSchema, req.body);
    res.json(withScheduleRuns(await templates.analyze(content, variables), now()));
  });

  router.get('/templates', async (req, res) => {
    res.json(await templates.list(parseInput(TemplateListQuerySchema, req.query)));
  });

  router.post('/templates', async (req, res) => {
    const created = await templates.create(parseInput(TemplateCreateRequestSchema, req.body));
    res.status(201).location(`${req.baseUrl}/templates/${created.metadata.id}`).json(created);
  });

  router.get('/templates/:id', async (req, res) => {
    res.json(await templates.get(req.params.id));
  });

  router.put('/templates/:id', async (req, res) => {
    res.json(await templates.update(req.params.id, parseInput(TemplateUpdateRequestSchema, req.body)));
  });

  router.delete('/templates/:id', async (req, res) => {
    await templates.delete(req.params.id);
    res.status(204).end();
  });

  // The guide: "Download ... a template file with the suffix of .yml".
  router.get('/templates/:id/download', async (req, res) => {
    const template = await templates.get(req.params.id);
    res.attachment(`${template.metadata.name}.yml`).type('application/yaml; charset=utf-8').send(template.spec.content);
  });

  return router;
}
